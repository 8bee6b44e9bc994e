/**
 * The JavaScript/TypeScript side of test-suite problems: `/work/main.mjs` imports the learner's
 * module (`/work/solution.mjs`; TypeScript compiled to it first) and then every node:test file of the
 * hidden suite (`/work/suite/**\/*.test.mjs`), in THIS process. Node is started with
 * `--test-reporter=/work/reporter.mjs`: the reporter receives every test's result and writes one
 * nonce line per test through the stdout writer the runner kept before sending the learner's prints to
 * stderr. Test names are the suite's, nested ones joined with " > " ("stack > pops in order").
 */
export const javascriptSuiteRunner = String.raw`
import { readFileSync } from 'node:fs';

const payload = JSON.parse(readFileSync(0, 'utf8'));
const write = process.stdout.write.bind(process.stdout);
const emit = (record) => write(payload.nonce + ' ' + JSON.stringify(record) + '\n');
globalThis[Symbol.for('winterarc.suite.emit')] = emit;
process.stdout.write = process.stderr.write.bind(process.stderr);

const errorText = (error) =>
  error instanceof Error ? error.name + ': ' + error.message : 'threw ' + String(error);
try {
  await import('/work/solution.mjs');
} catch (error) {
  emit({ load: false, error: errorText(error) });
  process.exit(0);
}
emit({ load: true });
for (const file of payload.suiteFiles) await import('/work/suite/' + file);
`;

export const javascriptSuiteReporter = `
export default async function* report(source) {
  const emit = globalThis[Symbol.for('winterarc.suite.emit')];
  const names = [];
  for await (const event of source) {
    if (event.type === 'test:start') names[event.data.nesting] = event.data.name;
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const name = [...names.slice(0, event.data.nesting), event.data.name].join(' > ');
    const ms = Math.round((event.data.details?.duration_ms ?? 0) * 1000) / 1000;
    if (event.type === 'test:pass') {
      emit({ test: name, ok: true, ms });
      continue;
    }
    const error = event.data.details?.error;
    const cause = error?.cause ?? error;
    const assertion = cause?.code === 'ERR_ASSERTION' || cause?.name === 'AssertionError';
    const message = cause instanceof Error
      ? (assertion ? cause.message : cause.name + ': ' + cause.message)
      : String(cause);
    emit({ test: name, ok: false, kind: assertion ? 'failure' : 'error', message, ms });
  }
}
`;
