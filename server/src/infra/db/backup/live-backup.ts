/**
 * A backup of the embedded database while `winterarc serve` runs. PGlite belongs to one process, so
 * another process must not open its data directory; instead the process holding it answers backup
 * requests on a Unix socket in the data directory (`backup.sock`, mode 0600 in a directory the
 * process created): only the account that owns the data — who can read the database files anyway —
 * or root can connect. The dump is taken inside that process between transactions, after a
 * checkpoint (see database.ts), so it is consistent while requests keep coming.
 *
 * Protocol, one request per connection: the client sends `backup\n`; the server answers one JSON line
 * (`{"ok":true,"bytes":N}` or `{"ok":false,"error":"…"}`), then N bytes of the gzipped dump.
 */
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { DatabaseHandle } from '../database.js';
import type { Progress } from './progress.js';

export const backupSocketName = 'backup.sock';

const maxRequestBytes = 64;
const maxSocketPathBytes = 107;

export interface BackupSocket {
  close(): Promise<void>;
}

/** Answers backup requests for `database` on `<dataDir>/backup.sock` until closed. */
export async function serveLiveBackups(
  dataDir: string,
  database: Pick<DatabaseHandle, 'dumpDataDir'>,
  onError: (error: Error) => void = () => undefined,
): Promise<BackupSocket> {
  const socketPath = path.join(dataDir, backupSocketName);
  // A Unix socket path holds 107 bytes; a longer one would be cut short, silently, somewhere else.
  if (Buffer.byteLength(socketPath) > maxSocketPathBytes) {
    onError(new Error(`${socketPath} is too long for a Unix socket: live backups are off`));
    return { close: async () => undefined };
  }
  // Only the holder of the data-directory lock gets here: a socket file left there is a dead one's.
  rmSync(socketPath, { force: true });
  const server = net.createServer((connection) => {
    let request = '';
    connection.setEncoding('utf8');
    connection.on('error', (error) => onError(error));
    connection.on('data', (chunk: string) => {
      request += chunk;
      if (request.length > maxRequestBytes) connection.destroy();
      if (!request.includes('\n')) return;
      connection.pause();
      void answer(connection, request.trim());
    });
  });
  async function answer(connection: net.Socket, command: string) {
    if (command !== 'backup') {
      connection.end(
        `${JSON.stringify({ ok: false, error: `unknown request "${command.slice(0, 20)}"` })}\n`,
      );
      return;
    }
    try {
      const dump = Buffer.from(await (await database.dumpDataDir!('gzip')).arrayBuffer());
      connection.write(`${JSON.stringify({ ok: true, bytes: dump.length })}\n`);
      connection.end(dump);
    } catch (error) {
      onError(error as Error);
      connection.end(`${JSON.stringify({ ok: false, error: (error as Error).message })}\n`);
    }
  }
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(socketPath, () => resolve());
    });
  } catch (error) {
    // A data directory mounted read-only, say: the database still runs; only live backups are off
    // (`winterarc backup` then says no running server answers).
    onError(error as Error);
    return { close: async () => undefined };
  }
  chmodSync(socketPath, 0o600);
  server.on('error', onError);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        rmSync(socketPath, { force: true });
      }),
  };
}

/** True when a process may be answering backups for `dataDir` (its socket exists). */
export function liveBackupOffered(dataDir: string): boolean {
  return existsSync(path.join(dataDir, backupSocketName));
}

/**
 * Asks the process holding `dataDir` for a backup and writes it to `file` (next to it first, then
 * renamed: never half a file). Returns the bytes written.
 */
export async function requestLiveBackup(dataDir: string, file: string, progress: Progress): Promise<number> {
  const socketPath = path.join(dataDir, backupSocketName);
  progress('backup: asking the running server for a backup');
  const received = await new Promise<Buffer>((resolve, reject) => {
    const connection = net.connect(socketPath);
    const chunks: Buffer[] = [];
    let length = 0;
    connection.on('connect', () => connection.write('backup\n'));
    connection.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      progress(`backup: ${(length / 1024 / 1024).toFixed(1)} MiB received`);
    });
    connection.on('end', () => resolve(Buffer.concat(chunks)));
    connection.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'ECONNREFUSED' || error.code === 'ENOENT'
            ? `The embedded database in ${dataDir} is locked, but no running server answers backups there (${error.code}). If \`winterarc serve\` is running, it is older than this command; stop it and back up again.`
            : error.code === 'EACCES'
              ? `Not allowed to ask the running server for a backup (${socketPath}): run the backup as the account that runs \`winterarc serve\`.`
              : `Asking the running server for a backup failed: ${error.message}`,
        ),
      ),
    );
  });
  const newline = received.indexOf(0x0a);
  const header =
    newline < 0
      ? undefined
      : (JSON.parse(received.subarray(0, newline).toString('utf8')) as {
          ok: boolean;
          bytes?: number;
          error?: string;
        });
  if (header === undefined) throw new Error('The running server closed the connection without a backup.');
  if (!header.ok) throw new Error(`The running server could not take the backup: ${header.error}`);
  const dump = received.subarray(newline + 1);
  if (dump.length !== header.bytes)
    throw new Error(
      `The backup arrived incomplete (${dump.length} of ${header.bytes} bytes); nothing was written. Try again.`,
    );
  const partial = `${file}.partial`;
  await writeFile(partial, dump, { mode: 0o600 });
  await rename(partial, file);
  progress(`backup: ${(dump.length / 1024 / 1024).toFixed(1)} MiB written`);
  return dump.length;
}
