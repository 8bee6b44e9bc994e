/**
 * The built web app as a browser fetches it: compressed copies made at build time, hashed assets kept
 * for a year, and the app shell (index.html, also behind every deep link) always revalidated.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const script = `console.log(${JSON.stringify('winter '.repeat(400))});\n`;
let webDist: string;
let t: TestApp;
beforeAll(async () => {
  webDist = mkdtempSync(path.join(tmpdir(), 'winterarc-web-'));
  mkdirSync(path.join(webDist, 'assets'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Winter Arc</title>');
  const asset = path.join(webDist, 'assets', 'main-Ab12Cd34.js');
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(script));
  writeFileSync(`${asset}.gz`, gzipSync(script));
  t = await startTestApp({ WINTERARC_WEB_DIST: webDist });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  t.app.inject({
    method: 'GET',
    url,
    headers: encoding === undefined ? {} : { 'accept-encoding': encoding },
  });

describe('the web app', () => {
  it('sends the Brotli copy of an asset to a browser that accepts it, else gzip, else the plain file', async () => {
    const brotli = await get('/assets/main-Ab12Cd34.js', 'gzip, deflate, br');
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);
    expect(brotli.rawPayload.length).toBeLessThan(script.length / 4);

    expect((await get('/assets/main-Ab12Cd34.js', 'gzip')).headers['content-encoding']).toBe('gzip');
    const plain = await get('/assets/main-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    const asset = await get('/assets/main-Ab12Cd34.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the app shell revalidated every time, at / and behind a deep link', async () => {
    for (const url of ['/', '/index.html', '/topics/ds-stacks']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).toContain('<title>Winter Arc</title>');
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });
});
