/**
 * A warm pool of sandboxes started before their submission is known, so a verdict does not wait for
 * the interpreter's start-up. Each pooled sandbox is one {@link StartedRun}: a harness blocked reading
 * stdin. It serves exactly ONE submission (fed the payload, then it exits and its cgroups are removed)
 * and is never reused, so two submissions never share a process, a /tmp or a cgroup.
 *
 * Everything fixed when a sandbox starts (command, /work, limits — the memory limit is a cgroup
 * setting, the CPU limit an rlimit) makes a class: a request is served only by a sandbox started with
 * exactly the same request. A class is created on its first request (which is a miss: the caller runs
 * cold) and kept warm while it is used; sandboxes idle longer than `maxIdleMs` are recycled, and a
 * class unused for that long drains.
 *
 * The function-problem harnesses are pooled (Python; JavaScript, which TypeScript also uses once
 * compiled): a harness file is the same for every submission, so pooled runs share one read-only /work
 * per language holding only the harness, and the solution comes in the payload.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { javascriptHarness } from '../function/javascript-harness.js';
import { pythonHarness } from '../function/python-harness.js';
import type { Sandbox, SandboxRequest, StartedRun } from '../sandbox/run.js';

export interface WarmPoolOptions {
  /** Started sandboxes kept waiting per class (default 2). */
  size?: number;
  /** A sandbox idle this long is replaced; a class unused this long drains (default 60 s). */
  maxIdleMs?: number;
  /** Most classes kept at once; the least recently used is dropped beyond it (default 4). */
  maxClasses?: number;
}

/** The harness files, each alone in its directory: pooled runs' read-only /work. */
export interface HarnessDirs {
  /** Holds only `main.py`, the Python function harness. */
  readonly python: string;
  /** Holds only `main.mjs`, the JavaScript function harness (TypeScript too, once compiled). */
  readonly javascript: string;
}

export interface WarmPool {
  readonly harnessDirs: HarnessDirs;
  /**
   * A started, never-used sandbox for exactly this request (which must not have `stdin`), or
   * undefined (the caller runs cold). Either way the request's class is refilled for next time. The
   * caller must feed (or dispose) what it gets.
   */
  take(request: SandboxRequest): StartedRun | undefined;
  /** Sandboxes waiting, over all classes. */
  idleCount(): number;
  /** Kills every pooled sandbox and resolves when all are gone (processes and cgroups). */
  close(): Promise<void>;
}

interface Entry {
  run: StartedRun;
  timer: NodeJS.Timeout;
}

interface PoolClass {
  request: SandboxRequest;
  idle: Entry[];
  lastUsed: number;
}

const classKey = (request: SandboxRequest) =>
  JSON.stringify([
    request.command,
    request.workDir,
    request.outputDir ?? null,
    request.readOnlyBinds ?? [],
    request.limits,
    request.outOfMemoryPattern === undefined
      ? null
      : [request.outOfMemoryPattern.source, request.outOfMemoryPattern.flags],
  ]);

export function createWarmPool(sandbox: Sandbox, options: WarmPoolOptions = {}): WarmPool {
  const size = options.size ?? 2;
  const maxIdleMs = options.maxIdleMs ?? 60_000;
  const maxClasses = options.maxClasses ?? 4;
  const harnessRoot = mkdtempSync(path.join(tmpdir(), 'winterarc-warm-'));
  chmodSync(harnessRoot, 0o755);
  const harnessDir = (name: string, file: string, content: string) => {
    const dir = path.join(harnessRoot, name);
    mkdirSync(dir, { mode: 0o755 });
    writeFileSync(path.join(dir, file), content, { mode: 0o644 });
    return dir;
  };
  const harnessDirs: HarnessDirs = {
    python: harnessDir('python', 'main.py', pythonHarness),
    javascript: harnessDir('javascript', 'main.mjs', javascriptHarness),
  };

  const classes = new Map<string, PoolClass>();
  /** Every run started and not yet cleaned up, idle or taken: close() waits for all of them. */
  const live = new Set<StartedRun>();
  let closed = false;

  const drop = (cls: PoolClass, entry: Entry) => {
    const index = cls.idle.indexOf(entry);
    if (index >= 0) cls.idle.splice(index, 1);
    clearTimeout(entry.timer);
  };

  const startOne = (key: string, cls: PoolClass) => {
    const run = sandbox.start(cls.request);
    live.add(run);
    const entry: Entry = {
      run,
      timer: setTimeout(() => {
        // Recycled: a long-idle process is replaced (if its class is still in use) by a fresh one.
        drop(cls, entry);
        run.dispose();
        if (performance.now() - cls.lastUsed < maxIdleMs) refill(key, cls);
        else if (cls.idle.length === 0 && classes.get(key) === cls) classes.delete(key);
      }, maxIdleMs),
    };
    entry.timer.unref();
    cls.idle.push(entry);
    const over = () => {
      live.delete(run);
      // Ended while idle (it should wait for stdin): not refilled here, so a broken class cannot
      // spin; the next take() refills it.
      drop(cls, entry);
    };
    void run.done.then(over, over);
  };

  function refill(key: string, cls: PoolClass) {
    if (closed || classes.get(key) !== cls) return;
    while (cls.idle.length < size) startOne(key, cls);
  }

  const dropClass = (key: string, cls: PoolClass) => {
    classes.delete(key);
    for (const entry of [...cls.idle]) {
      drop(cls, entry);
      entry.run.dispose();
    }
  };

  return {
    harnessDirs,

    take(request) {
      if (closed) return undefined;
      if (request.stdin !== undefined) throw new TypeError('a pooled run takes its stdin when fed');
      const key = classKey(request);
      let cls = classes.get(key);
      if (cls === undefined) {
        if (classes.size >= maxClasses) {
          const [oldestKey, oldest] = [...classes.entries()].reduce((a, b) =>
            b[1].lastUsed < a[1].lastUsed ? b : a,
          );
          dropClass(oldestKey, oldest);
        }
        cls = { request: { ...request }, idle: [], lastUsed: performance.now() };
        classes.set(key, cls);
      }
      cls.lastUsed = performance.now();
      let taken: StartedRun | undefined;
      while (taken === undefined && cls.idle.length > 0) {
        const entry = cls.idle.shift()!;
        clearTimeout(entry.timer);
        if (entry.run.ended) continue;
        taken = entry.run;
      }
      const target = cls;
      if (taken === undefined) {
        // A miss: warm the class now, while the caller runs cold.
        setImmediate(() => refill(key, target));
      } else {
        // Refilled once the taken run is over, so the new interpreters' start-up does not compete
        // with it for the CPU (the other pooled sandboxes serve requests meanwhile).
        const later = () => setImmediate(() => refill(key, target));
        void taken.done.then(later, later);
      }
      return taken;
    },

    idleCount() {
      let count = 0;
      for (const cls of classes.values()) count += cls.idle.length;
      return count;
    },

    async close() {
      closed = true;
      for (const [key, cls] of [...classes.entries()]) dropClass(key, cls);
      // A taken run is being fed (dispose does nothing then) or was never fed (then it is killed).
      for (const run of live) run.dispose();
      await Promise.allSettled([...live].map((run) => run.done));
      rmSync(harnessRoot, { recursive: true, force: true });
    },
  };
}
