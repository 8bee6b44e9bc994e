/**
 * The JavaScript/TypeScript side of function problems, the sandbox's `/work/main.mjs`. Same protocol
 * as the Python harness: arguments in on stdin, one nonce line per test out on the original stdout,
 * the learner's own output diverted to stderr. The solution (JavaScript; TypeScript is compiled in the
 * sandbox first) always comes in the payload's `source`: the harness writes it to the sandbox's private
 * /tmp and imports it. So one read-only harness directory serves every submission, and a warm-pool run
 * (started before the submission was known) is exactly a cold one.
 */
export const javascriptHarness = String.raw`
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

// Deep recursion is normal in tree and DFS solutions (the Python harness raises its recursion limit):
// the solution runs in a worker thread with a 64 MiB stack, several hundred thousand calls deep,
// where Node's main thread stops near 10 000. 64 MiB also keeps a runaway recursion a RangeError
// (Run Time Error) within any memory limit. The main thread only relays the results.
const STACK_MIB = 64;

class ListNode { constructor(val = 0, next = null) { this.val = val; this.next = next; } }
class TreeNode { constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; } }
globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
const MAX_NODES = 1e6;

function toNative(value, t) {
  switch (t.kind) {
    case 'linked_list': {
      let head = null;
      for (let i = value.length - 1; i >= 0; i -= 1) head = new ListNode(value[i], head);
      return head;
    }
    case 'binary_tree': {
      if (value.length === 0 || value[0] === null) return null;
      const root = new TreeNode(value[0]);
      const queue = [root];
      let i = 1;
      for (let q = 0; q < queue.length && i < value.length; q += 1) {
        const node = queue[q];
        if (i < value.length && value[i] !== null) queue.push((node.left = new TreeNode(value[i])));
        i += 1;
        if (i < value.length && value[i] !== null) queue.push((node.right = new TreeNode(value[i])));
        i += 1;
      }
      return root;
    }
    case 'list':
      return value.map((v) => toNative(v, t.of));
    case 'map':
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNative(v, t.of)]));
    default:
      return value;
  }
}

class BadReturn extends Error {}
const show = (value) => { try { return JSON.stringify(value) ?? String(value); } catch { return String(value); } };

function toJson(value, t) {
  switch (t.kind) {
    case 'linked_list': {
      const out = [];
      for (let node = value; node !== null && node !== undefined; node = node.next) {
        if (out.length >= MAX_NODES) throw new BadReturn('the returned linked list has a cycle or more than a million nodes');
        out.push(node.val);
      }
      return out;
    }
    case 'binary_tree': {
      const out = [];
      const queue = [value ?? null];
      for (let q = 0; q < queue.length; q += 1) {
        if (out.length >= 2 * MAX_NODES) throw new BadReturn('the returned tree is too large or not a tree');
        const node = queue[q];
        if (node === null || node === undefined) out.push(null);
        else { out.push(node.val); queue.push(node.left ?? null, node.right ?? null); }
      }
      while (out.length > 0 && out[out.length - 1] === null) out.pop();
      return out;
    }
    case 'list':
      if (!Array.isArray(value)) throw new BadReturn('returned ' + show(value) + ' where a list was expected');
      return value.map((v) => toJson(v, t.of));
    case 'map':
      if (value instanceof Map) value = Object.fromEntries(value);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadReturn('returned ' + show(value) + ' where an object was expected');
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v, t.of)]));
    case 'int':
      if (typeof value === 'bigint') return Number(value);
      if (!Number.isInteger(value)) throw new BadReturn('returned ' + show(value) + ' where an integer was expected');
      return value;
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new BadReturn('returned ' + show(value) + ', which is not a finite number');
      return value;
    case 'string':
      if (typeof value !== 'string') throw new BadReturn('returned ' + show(value) + ' where a string was expected');
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw new BadReturn('returned ' + show(value) + ' where true or false was expected');
      return value;
  }
  throw new BadReturn('unknown type ' + t.kind);
}

function errorText(error) {
  if (!(error instanceof Error)) return 'threw ' + show(error);
  const line = /solution\.mjs:(\d+)/.exec(error.stack ?? '')?.[1];
  return error.name + ': ' + error.message + (line ? ' (solution line ' + line + ')' : '');
}

// A class problem: each test is a list of calls [name, ...args] on one instance, the constructor
// first; every call's result is reported (null for the constructor and methods returning nothing).
async function runClass(solution, spec, payload, emit) {
  const Class = solution[spec.name];
  if (typeof Class !== 'function') {
    emit({ load: false, error: 'the solution defines no class ' + spec.name });
    return;
  }
  emit({ load: true });
  for (const [index, calls] of payload.tests.entries()) {
    const values = [];
    let elapsed = 0;
    try {
      let instance;
      for (const [k, call] of calls.entries()) {
        const method = k === 0 ? undefined : spec.methods[call[0]];
        const params = k === 0 ? spec.params : method.params;
        const args = call.slice(1).map((a, i) => toNative(a, params[i]));
        const start = performance.now();
        let value;
        if (k === 0) value = instance = new Class(...args);
        else {
          if (typeof instance[call[0]] !== 'function') throw new TypeError(spec.name + ' has no method ' + call[0]);
          value = instance[call[0]](...args);
          // Awaited only when it is a promise: a microtask per call would cost tens of ms over 10^5 calls.
          if (value instanceof Promise) value = await value;
        }
        elapsed += performance.now() - start;
        values.push(k === 0 || method.returns === undefined ? null : toJson(value, method.returns));
      }
      emit({ i: index, ok: true, values, ms: Math.round(elapsed * 1000) / 1000 });
    } catch (error) {
      emit({ i: index, ok: false, values, error: errorText(error) });
    }
  }
}

async function runTests(payload, emit) {
  let solution;
  try {
    solution = await import('file://' + payload.solutionFile);
  } catch (error) {
    emit({ load: false, error: errorText(error) });
    return;
  }
  if (payload.class !== undefined) return runClass(solution, payload.class, payload, emit);
  const solve = solution[payload.function];
  if (typeof solve !== 'function') {
    emit({ load: false, error: 'the solution defines no function ' + payload.function + '(...)' });
    return;
  }
  emit({ load: true });
  for (const [index, args] of payload.tests.entries()) {
    try {
      const converted = args.map((a, i) => toNative(a, payload.params[i]));
      const start = performance.now();
      const value = await solve(...converted);
      const ms = performance.now() - start;
      emit({ i: index, ok: true, value: toJson(value, payload.returns), ms: Math.round(ms * 1000) / 1000 });
    } catch (error) {
      emit({ i: index, ok: false, error: errorText(error) });
    }
  }
}

if (isMainThread) {
  const payload = JSON.parse(readFileSync(0, 'utf8'));
  const nonce = payload.nonce;
  delete payload.nonce;
  // The sandbox's TMPDIR is its private /tmp; a test running the harness bare gives it a directory.
  payload.solutionFile = tmpdir() + '/solution.mjs';
  writeFileSync(payload.solutionFile, payload.source);
  delete payload.source;
  // process.stdout, not fs.writeSync(1): a large result fills the pipe, and writeSync on a full pipe
  // fails with EAGAIN where the stream waits (pipes are synchronous streams on Linux).
  const writeResult = process.stdout.write.bind(process.stdout);
  const emit = (record) => writeResult(nonce + ' ' + JSON.stringify(record) + '\n');
  // console.log and process.stdout.write now land on stderr, never in the results channel.
  process.stdout.write = process.stderr.write.bind(process.stderr);
  const worker = new Worker(new URL(import.meta.url), {
    workerData: payload,
    resourceLimits: { stackSizeMb: STACK_MIB },
    stdout: true,
    stderr: true,
  });
  // The solution's own prints, from the worker's stdout and stderr, land on stderr.
  worker.stdout.pipe(process.stderr);
  worker.stderr.pipe(process.stderr);
  worker.on('message', emit);
  // process.exit(code) in the solution ends only the worker: the process ends with its code.
  worker.on('exit', (code) => {
    if (code !== 0 && process.exitCode === undefined) process.exitCode = code;
  });
  worker.on('error', (error) => {
    // The heap cap (--max-old-space-size) holds in the worker too: say so as Node's main thread
    // would, so the judge reports Memory Limit Exceeded rather than a crash.
    const outOfMemory = error?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    process.stderr.write(outOfMemory ? 'FATAL ERROR: JavaScript heap out of memory\n' : errorText(error) + '\n');
    process.exitCode = outOfMemory ? 134 : 1;
  });
} else {
  await runTests(workerData, (record) => parentPort.postMessage(record));
}
`;

/**
 * The learner writes `function solve(...)` (or `class LRUCache`) as in a statement; the module system needs it exported.
 * Adds the export unless the source already has one, so both styles work.
 */
export function exportFunction(source: string, name: string): string {
  const exported = new RegExp(
    `export\\s+(async\\s+)?(function\\*?|const|let|var|class)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b`,
  );
  return exported.test(source) ? source : `${source}\nexport { ${name} };\n`;
}
