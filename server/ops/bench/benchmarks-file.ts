/**
 * Keeps docs/benchmarks.md: each benchmark owns one section between markers and rewrites only that,
 * so benchmarks can run separately and the file keeps every latest result.
 */
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
const header = `# Benchmarks

Figures written by the \`npm run bench:*\` scripts; each section says the machine, the command and when
it ran. Re-run a script to refresh its section. Numbers from a noisy 2-core VM: compare orders of
magnitude and trends, not single milliseconds.
`;

export function machineLine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export async function writeSection(name: string, body: string): Promise<void> {
  let current = header;
  try {
    current = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current)
    ? current.replace(pattern, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(file, next);
}
