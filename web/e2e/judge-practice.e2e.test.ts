/**
 * Practising a problem in a real browser against the real server (which judges in process): open a
 * starter problem, write a solution, be sent to sign up on Submit and come back to it intact, keep it
 * across a reload, submit it and watch the verdict arrive. Debian's Chromium (CHROMIUM overrides the path).
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startBuiltServer } from './server-process.js';

let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** Errors the browser logged (a failed request shows here), to show a signed-out visit logs none. */
const consoleErrors: string[] = [];
/** What the server sent over the live-events socket, to show the verdict came live, not by polling. */
const liveFrames: string[] = [];

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => liveFrames.push(String(frame.payload))),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** content/problems/rope-pairs/submissions/accepted/counter.py */
const acceptedSolution = [
  'from collections import Counter',
  '',
  '',
  'def solve(weights, gap):',
  '    seen = Counter()',
  '    pairs = 0',
  '    for w in weights:',
  '        pairs += seen[w - gap] + (seen[w + gap] if gap else 0)',
  '        seen[w] += 1',
  '    return pairs',
  '',
].join('\n');

describe('practising a problem in the browser', () => {
  const editor = () => page.getByRole('textbox', { name: /Your solution in/ });

  it('lets a visitor find Rope Pairs by its title, open it and write code', async () => {
    await page.goto(`${server.origin}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Problems' }).click();
    await page.locator('.problem-row').first().waitFor();
    expect(await page.locator('.problem-row').count()).toBeGreaterThan(1);
    await page.getByLabel('Title').fill('rope pairs');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.locator('.problem-link').allTextContents()).toEqual(['Rope Pairs']);
    await page.getByRole('link', { name: 'Rope Pairs' }).click();
    await page.getByRole('heading', { name: 'Rope Pairs', level: 1 }).waitFor();
    // A visitor has no session to restore: no refresh request fails (401) in the console.
    expect(consoleErrors).toEqual([]);
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('python');

    await editor().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Inserted as one piece, as a paste would be, so the editor's auto-indent leaves it as written.
    await page.keyboard.insertText(acceptedSolution);
  });

  it('sends a visitor who submits to sign up, and back to the problem with the code intact', async () => {
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForURL(/\/signin\?next=%2Fproblems%2Frope-pairs$/);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Display name').fill('Grace');
    await page.getByLabel('Email').fill(`judge-${Date.now()}@example.test`);
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.waitForURL(/\/problems\/rope-pairs$/);
    await expect.poll(() => editor().textContent()).toContain('(seen[w + gap] if gap else 0)');
  });

  it('keeps the code across a reload', async () => {
    await page.reload();
    await expect.poll(() => editor().textContent()).toContain('(seen[w + gap] if gap else 0)');
  });

  it('submits the solution and sees it accepted, test by test', async () => {
    await page.getByRole('button', { name: 'Submit' }).click();
    const verdict = page.locator('.verdict-panel');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.locator('.verdict-title').textContent()).toContain('Accepted');
    await page.locator('.submission-view .test-table tbody tr').first().waitFor();
    const testVerdicts = await page
      .locator('.submission-view .test-table tbody abbr.verdict')
      .allInnerTexts();
    expect(testVerdicts.length).toBeGreaterThan(0);
    expect(new Set(testVerdicts)).toEqual(new Set(['AC']));

    const stages = liveFrames.map((frame) => (JSON.parse(frame) as { stage?: string }).stage);
    expect(stages).toContain('testing');
    expect(stages).toContain('done');

    const history = page.locator('.my-submissions tbody tr');
    await expect
      .poll(() =>
        history
          .first()
          .locator('abbr.verdict')
          .textContent()
          .catch(() => ''),
      )
      .toBe('AC');
  });

  it('offers the editorial after the accepted submission, and links the problem to its topic', async () => {
    const editorial = page.getByRole('region', { name: 'Editorial' });
    await expect.poll(() => editorial.textContent()).toContain('You solved this problem');
    await editorial.getByRole('button', { name: 'Read the editorial' }).click();
    await editorial.getByRole('heading', { name: 'Hint' }).waitFor();
    expect(await page.getByRole('link', { name: 'Hash maps' }).getAttribute('href')).toBe(
      '/topics/ds-hash-maps',
    );
  });

  it("marks the problem solved on its topic's page and in the list, where a status filter finds it", async () => {
    await page.goto(`${server.origin}/topics/ds-hash-maps`);
    const practice = page.getByRole('region', { name: 'Practice problems' });
    const row = practice.locator('.problem-row', { has: page.getByRole('link', { name: 'Rope Pairs' }) });
    await expect
      .poll(() =>
        row
          .locator('.status-mark')
          .textContent()
          .catch(() => ''),
      )
      .toContain('Solved');

    await page.goto(`${server.origin}/problems`);
    await page.getByLabel('My status').selectOption('solved');
    await page.waitForURL(/status=solved/);
    await expect.poll(() => page.locator('.problem-link').allTextContents()).toEqual(['Rope Pairs']);
    await page.getByLabel('My status').selectOption('new');
    await expect.poll(() => page.locator('.problem-link').allTextContents()).not.toContain('Rope Pairs');
  });

  it('filters the list by week, then topic, then pattern, offering only what exists', async () => {
    await page.goto(`${server.origin}/problems`);
    const week = page.getByLabel('Week');
    const weekValue = await week
      .locator('option', { hasText: 'Data Structures' })
      .first()
      .getAttribute('value');
    await week.selectOption(weekValue!);
    await page.getByLabel('Topic').selectOption({ label: 'Hash maps' });
    await page.waitForURL(/topic=ds-hash-maps/);
    await expect.poll(() => page.locator('.problem-link').allTextContents()).toContain('Rope Pairs');
    const patterns = await page.getByLabel('Pattern').locator('option').allTextContents();
    // Each offered pattern names how many problems carry it, and none is offered with zero.
    expect(patterns.slice(1).every((text) => /\(([1-9]\d*)\)$/.test(text))).toBe(true);
    await page.getByLabel('Pattern').selectOption('hash-map');
    await page.waitForURL(/tag=hash-map/);
    await expect.poll(() => page.locator('.problem-link').allTextContents()).toContain('Rope Pairs');
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
