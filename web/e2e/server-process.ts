/**
 * Starts the built platform (`winterarc serve`, embedded defaults, a fresh data directory, a free
 * port) for browser tests, and stops it. Needs `npm run build` first, as scripts/test.sh does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(repoRoot, 'server/dist/cli/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
}

export async function startBuiltServer(): Promise<RunningServer> {
  for (const built of [cli, path.join(repoRoot, 'web/dist/index.html')]) {
    if (!existsSync(built))
      throw new Error(`${built} is missing: run \`npm run build\` before the browser tests`);
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'winterarc-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [cli, 'serve'], {
    env: { PATH: process.env.PATH ?? '', WINTERARC_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`winterarc serve exited with code ${child.exitCode}`);
    const ready = await fetch(`${origin}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
