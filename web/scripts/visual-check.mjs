/**
 * Walks through the app in a headless Chromium against a running server and saves screenshots, so a
 * person can look at every screen after a change: anonymous roadmap, sign-up errors, sign-up, status
 * changes, reload (session restore), a topic with a saved note, a 412 from a second tab, export and
 * import, 404s, the problem list, a problem run with its starter code, a phone viewport, and sign-in
 * throttling.
 *
 *   node web/scripts/visual-check.mjs            (server on http://127.0.0.1:18090)
 *   BASE_URL=… CHROMIUM=/usr/bin/chromium OUT_DIR=/tmp/shots node web/scripts/visual-check.mjs
 *
 * Note: it creates accounts, and its last step trips the sign-in throttle for the email it used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:18090';
const outDir = process.env.OUT_DIR ?? '/tmp/winterarc-shots';
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
mkdirSync(outDir, { recursive: true });
const shot = (page, name, options = {}) =>
  page.screenshot({ path: path.join(outDir, `${name}.png`), ...options });
const url = (pathname) => new URL(pathname, baseUrl).href;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
const page = await context.newPage();
const problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

try {
  await page.goto(url('/'));
  await page.waitForSelector('.week-card');
  await shot(page, '01-roadmap-anonymous');

  await page.goto(url('/signup'));
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForSelector('.field-errors');
  await shot(page, '02-signup-field-errors');

  const email = `visual-${Date.now()}@example.com`;
  await page.getByLabel('Display name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForSelector('.status-control');
  await shot(page, '03-roadmap-signed-in');

  const rows = page.locator('.topic-row');
  await rows.nth(0).getByRole('radio', { name: 'Done' }).check();
  await rows.nth(1).getByRole('radio', { name: 'Learning' }).check();
  await rows.nth(2).getByRole('radio', { name: 'Skipped' }).check();
  await page.waitForTimeout(800);
  await shot(page, '04-roadmap-statuses');

  await page.reload();
  await page.waitForSelector('.status-control');
  await shot(page, '05-roadmap-after-reload');

  const topicPath = await rows.nth(0).locator('.topic-link').getAttribute('href');
  await page.goto(url(topicPath));
  const note = page.locator('.note-editor textarea');
  await note.waitFor();
  await shot(page, '06-topic', { fullPage: true });
  await note.fill('First note.\n- remember `bisect`');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.waitForSelector('text=✓ Saved');
  await shot(page, '07-topic-note-saved');

  // A second tab changes the note; this tab still holds the old version, so its save gets a 412.
  const otherTab = await context.newPage();
  await otherTab.goto(url(topicPath));
  await otherTab.locator('.note-editor textarea').fill('Changed in another tab.');
  await otherTab.getByRole('button', { name: 'Save note' }).click();
  await otherTab.waitForSelector('text=✓ Saved');
  await otherTab.close();
  await note.fill('Edited here after the other tab saved.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.waitForSelector('.notice-warning');
  await shot(page, '08-topic-conflict');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.waitForSelector('text=✓ Saved');
  await shot(page, '09-topic-saved-again');

  // A status change made here bumps the version but must not make the next note save a conflict.
  await page.locator('.progress-panel').getByRole('radio', { name: 'Learning' }).check();
  await page.waitForTimeout(500);
  await note.fill('After my own status change.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await page.waitForSelector('text=✓ Saved');
  if ((await page.locator('.notice-warning').count()) > 0) problems.push('conflict after own status change');

  await page.goto(url('/me'));
  await page.waitForSelector('.facts');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download JSON' }).click();
  const exported = path.join(outDir, (await download).suggestedFilename());
  await (await download).saveAs(exported);
  await page.locator('input[type=file]').setInputFiles(exported);
  await page.waitForSelector('text=/Imported \\d+/');
  await shot(page, '10-account-import-ok');
  const badImport = path.join(outDir, 'bad-import.json');
  writeFileSync(
    badImport,
    JSON.stringify({ format: 'winterarc.progress/v1', items: [{ topic: 'no-such-topic', status: 'done' }] }),
  );
  await page.locator('input[type=file]').setInputFiles(badImport);
  await page.waitForSelector('text=Import failed');
  await shot(page, '11-account-import-errors');

  await page.goto(url('/no/such/page'));
  await page.waitForSelector('text=Page not found');
  await shot(page, '12-not-found');
  await page.goto(url('/topics/no-such-topic'));
  await page.waitForSelector('text=Topic not found');
  await shot(page, '13-topic-not-found');

  await page.goto(url('/problems'));
  await page.waitForSelector('.problem-row');
  await shot(page, '13a-problems');
  await page.goto(url('/problems/rope-pairs'));
  await page.waitForSelector('.cm-content');
  await page.getByRole('button', { name: 'Run' }).click();
  await page.waitForSelector('.verdict-panel', { timeout: 60_000 });
  await shot(page, '13b-problem-run-starter-code', { fullPage: true });
  await page.goto(url('/problems/no-such-problem'));
  await page.waitForSelector('text=Problem not found');
  await shot(page, '13c-problem-not-found');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url('/problems/rope-pairs'));
  await page.waitForSelector('.cm-content');
  await shot(page, '13d-phone-problem', { fullPage: true });
  await page.goto(url('/'));
  await page.waitForSelector('.status-control');
  await shot(page, '14-phone-roadmap');
  await page.goto(url(topicPath));
  await note.waitFor();
  await shot(page, '15-phone-topic', { fullPage: true });

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForSelector('text=Sign up');
  await page.goto(url('/signin'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not the password');
  for (let attempt = 0; attempt < 15; attempt++) {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForTimeout(250);
    if ((await page.locator('text=/try again in/i').count()) > 0) break;
  }
  await shot(page, '16-signin-throttled');
} catch (error) {
  problems.push(String(error));
  await shot(page, 'failure').catch(() => undefined);
} finally {
  await browser.close();
}

console.log(`Screenshots in ${outDir}`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
