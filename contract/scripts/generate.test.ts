/**
 * The checked-in contract matches the server: a route schema (or a live event) changed without
 * `npm run contract:generate` fails here, and the web app and the CLI would otherwise be typed
 * against an API that no longer exists.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { staleFiles } from './generate.js';
import { renderContract } from './render.js';

describe('the generated contract', () => {
  let rendered: Map<string, string>;
  beforeAll(async () => {
    rendered = await renderContract();
  }, 120_000);

  it('is up to date with the server (run `npm run contract:generate` if not)', async () => {
    expect(await staleFiles(rendered)).toEqual([]);
  });

  it('notices a stale file', async () => {
    const changed = new Map(rendered);
    const [first] = changed.keys();
    changed.set(first!, `${changed.get(first!)} `);
    expect(await staleFiles(changed)).toEqual([first]);
  });
});
