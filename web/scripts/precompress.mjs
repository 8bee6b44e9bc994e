#!/usr/bin/env node
/**
 * After `vite build`: writes a Brotli (.br) and a gzip (.gz) copy next to every text asset of
 * web/dist, so the server sends compressed files without compressing on each request
 * (@fastify/static `preCompressed`). Files under 1 KiB are left alone: compression would not pay for
 * its headers. See docs/decisions/0105-precompressed-static-files.md.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const minimumBytes = 1024;

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (compressible.test(entry.name)) yield full;
  }
}

let before = 0;
let after = 0;
for await (const file of files(dist)) {
  if ((await stat(file)).size < minimumBytes) continue;
  const bytes = await readFile(file);
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  await writeFile(`${file}.br`, brotli);
  await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  if (!file.endsWith('.map')) {
    before += bytes.length;
    after += brotli.length;
  }
}
console.log(
  `precompress: ${(before / 1024).toFixed(0)} KiB of assets → ${(after / 1024).toFixed(0)} KiB with Brotli`,
);
