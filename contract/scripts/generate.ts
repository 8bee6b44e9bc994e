/**
 * `npm run contract:generate` writes the contract's generated files; with `--check` it writes
 * nothing and fails, naming the stale files, when a checked-in one differs from what the sources
 * give now (CI runs this through the unit test next to it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderContract } from './render.js';

const contractDir = fileURLToPath(new URL('..', import.meta.url));

/** Paths (relative to contract/) whose checked-in content differs from `rendered`. */
export async function staleFiles(rendered: Map<string, string>): Promise<string[]> {
  const stale: string[] = [];
  for (const [file, content] of rendered) {
    const current = await readFile(path.join(contractDir, file), 'utf8').catch(() => undefined);
    if (current !== content) stale.push(file);
  }
  return stale;
}

async function main(check: boolean) {
  const rendered = await renderContract();
  if (check) {
    const stale = await staleFiles(rendered);
    if (stale.length > 0) {
      console.error(
        `The API contract is out of date: ${stale.map((file) => `contract/${file}`).join(', ')}. Run \`npm run contract:generate\` and commit the result.`,
      );
      process.exitCode = 1;
    }
    return;
  }
  for (const [file, content] of rendered) {
    await mkdir(path.dirname(path.join(contractDir, file)), { recursive: true });
    await writeFile(path.join(contractDir, file), content);
    console.log(`wrote contract/${file}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.includes('--check'));
