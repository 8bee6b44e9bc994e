/**
 * PostgreSQL's own dump tools, run as child processes: the `pg_dump`/`pg_restore` whose major version
 * is at least the server's (an older pg_dump refuses a newer server), found by asking each candidate
 * its version. Connection settings go through the libpq environment (PGHOST, PGPASSWORD, …), never
 * the command line, where `ps` would show a password to every user of the host.
 * @see https://www.postgresql.org/docs/current/app-pgdump.html
 * @see https://www.postgresql.org/docs/current/libpq-envars.html
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export type PgTool = 'pg_dump' | 'pg_restore';

export class PgToolsMissingError extends Error {}

/** Where to look: a directory the operator names, Debian's and RHEL's versioned paths, then PATH. */
function candidateDirs(serverMajor: number, env: NodeJS.ProcessEnv): string[] {
  return [
    ...(env.WINTERARC_PG_BIN_DIR ? [env.WINTERARC_PG_BIN_DIR] : []),
    `/usr/lib/postgresql/${serverMajor}/bin`,
    `/usr/pgsql-${serverMajor}/bin`,
    ...(env.PATH ?? '').split(path.delimiter).filter((dir) => dir !== ''),
  ];
}

function majorOf(binary: string): number | undefined {
  const run = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(run.stdout ?? '');
  return match === null ? undefined : Number(match[1]);
}

/** The path of `tool` able to talk to a server of `serverMajor`; the closest version wins. */
export function findPgTool(tool: PgTool, serverMajor: number, env: NodeJS.ProcessEnv = process.env): string {
  let best: { binary: string; major: number } | undefined;
  const seen: string[] = [];
  for (const dir of candidateDirs(serverMajor, env)) {
    const binary = path.join(dir, tool);
    if (!existsSync(binary)) continue;
    const major = majorOf(binary);
    if (major === undefined) continue;
    seen.push(`${binary} (${major})`);
    if (major >= serverMajor && (best === undefined || major < best.major)) best = { binary, major };
  }
  if (best !== undefined) return best.binary;
  throw new PgToolsMissingError(
    `no ${tool} of version ${serverMajor} or newer was found for this PostgreSQL ${serverMajor} server` +
      (seen.length > 0 ? ` (found: ${seen.join(', ')})` : '') +
      `: install the PostgreSQL ${serverMajor} client tools (Debian: postgresql-client-${serverMajor}) or set WINTERARC_PG_BIN_DIR.`,
  );
}

/** libpq environment variables for a `postgres://` URL. */
export function libpqEnv(url: string): Record<string, string> {
  const parsed = new URL(url);
  const env: Record<string, string> = {};
  const host = parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname);
  if (host !== '') env.PGHOST = host;
  if (parsed.port !== '') env.PGPORT = parsed.port;
  if (parsed.username !== '') env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password !== '') env.PGPASSWORD = decodeURIComponent(parsed.password);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (database !== '') env.PGDATABASE = database;
  const params: Record<string, string> = {
    sslmode: 'PGSSLMODE',
    sslrootcert: 'PGSSLROOTCERT',
    sslcert: 'PGSSLCERT',
    sslkey: 'PGSSLKEY',
  };
  for (const [param, variable] of Object.entries(params)) {
    const value = parsed.searchParams.get(param);
    if (value !== null) env[variable] = value;
  }
  return env;
}

/**
 * Runs a tool to completion with the database's libpq environment; each stderr line goes to `onLine`
 * (the verbose output the progress line is made of). Rejects with the tool's last lines on failure.
 */
export function runPgTool(
  binary: string,
  args: string[],
  url: string,
  onLine: (line: string) => void = () => undefined,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...libpqEnv(url) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const tail: string[] = [];
    let partial = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 8) tail.shift();
        onLine(line);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `${path.basename(binary)} failed (exit ${code}):\n${tail.filter((line) => !/: (dumping|processing|creating|executing|reading|identifying|saving|finding|flagging|last built-in|connecting|implied|dropping|restoring)/.test(line)).join('\n')}`,
          ),
        );
    });
  });
}
