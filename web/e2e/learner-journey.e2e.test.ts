/**
 * A learner's first visit, in a real browser against the real server: sign up, track progress, keep a
 * note, and use the API docs' Authorize button. Debian's Chromium (CHROMIUM overrides the path).
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startBuiltServer } from './server-process.js';

let server: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startBuiltServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

const email = `journey-${Date.now()}@example.test`;
const password = 'correct horse battery staple';

describe('a learner in the browser', () => {
  it('signs up, marks a topic done, and finds it done after a reload', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/signup`);
    await page.getByLabel('Display name').fill('Ada');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForSelector('.status-control');
    // A new account is welcomed, not welcomed back.
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Ada');
    // Week summaries render their `code` as code, never as literal backticks.
    const summaries = await page.locator('.week-summary').allTextContents();
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.join('\n')).not.toContain('`');
    expect(await page.locator('.week-summary code').count()).toBeGreaterThan(0);

    const firstTopic = page.locator('.topic-row').first();
    await firstTopic.getByRole('radio', { name: 'Done' }).check();
    await expect
      .poll(() => page.locator('.header-completion').getAttribute('title'))
      .toMatch(/^1 of \d+ topics done$/);

    await page.reload();
    await page.waitForSelector('.status-control');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome back, Ada');
    // After a reload the session is restored (refresh cookie) and the progress fetched asynchronously:
    // the page may first draw the roadmap without it, so wait for the saved state rather than sample once.
    await expect
      .poll(() => page.locator('.topic-row').first().getByRole('radio', { name: 'Done' }).isChecked())
      .toBe(true);
    await page.close();
  });

  it('reads a reviewed lesson with its sources, and sees extras flagged on the roadmap', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/topics/sec-owasp-top-10`);
    await page.getByRole('heading', { name: 'Sources' }).waitFor();
    const source = page.getByRole('link', { name: 'OWASP Top 10:2025' });
    expect(await source.getAttribute('href')).toBe('https://owasp.org/Top10/2025/');
    expect(await source.getAttribute('rel')).toContain('noopener');
    expect(await page.locator('.topic-facts time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The explanation is Markdown: its code example is a code block, not literal backticks.
    expect(await page.locator('.topic-body .markdown pre code').count()).toBeGreaterThan(0);
    // Objectives are goals, not controls: nothing in the list looks or acts like a checkbox.
    const objective = page.locator('.checklist li').first();
    expect(await objective.locator('input, [role="checkbox"]').count()).toBe(0);
    const marker = await objective.evaluate((item) => {
      const style = item.ownerDocument.defaultView!.getComputedStyle(item, '::before');
      return { radius: style.borderTopLeftRadius, width: style.width, border: style.borderTopWidth };
    });
    expect(marker).toEqual({ radius: '50%', width: '8px', border: '0px' });

    await page.goto(`${server.origin}/`);
    const extraRow = page.locator('.topic-row', { has: page.locator('a[href="/topics/py-testing-pytest"]') });
    await expect.poll(() => extraRow.locator('.extra-badge').textContent()).toBe('Extra');
    const roadmapRow = page.locator('.topic-row', { has: page.locator('a[href="/topics/py-threading"]') });
    expect(await roadmapRow.locator('.extra-badge').count()).toBe(0);
    await page.close();
  });

  it('keeps a note on a topic across visits', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.status-control');
    const topicPath = await page.locator('.topic-row .topic-link').first().getAttribute('href');

    await page.goto(`${server.origin}${topicPath}`);
    await page.locator('.note-editor textarea').fill('Remember: `functools.wraps` keeps the name.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.waitForSelector('text=✓ Saved');

    await page.reload();
    await expect
      .poll(() => page.locator('.note-editor textarea').inputValue())
      .toBe('Remember: `functools.wraps` keeps the name.');
    await page.close();
  });

  it('authorizes the interactive API docs with the OAuth2 password flow', async () => {
    const page = await newPage();
    const token = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/token'));
    await page.goto(`${server.origin}/docs/`);
    await page.click('button.authorize');
    await page.fill('#oauth_username', email);
    await page.fill('#oauth_password', password);
    await page
      .locator('.auth-container', { has: page.locator('#oauth_username') })
      .locator('button.authorize')
      .click();
    expect((await token).status()).toBe(200);
    await page.close();
  });

  it('stays anonymous, changes the password, then deletes the account after confirming it', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('.status-control');
    await page.goto(`${server.origin}/me`);

    const anonymous = page.getByLabel('Stay anonymous in public lists');
    // The box shows the saved setting, so it changes once the server has answered: wait for that
    // (on a loaded machine it can take longer than the click itself).
    await expect.poll(() => anonymous.isEnabled()).toBe(true);
    await anonymous.click();
    await expect.poll(() => anonymous.isChecked(), { timeout: 15_000 }).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByLabel('Stay anonymous in public lists').isChecked()).toBe(true);

    const newPassword = 'glacier tea lantern orbit';
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password').fill('1234567890');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForSelector('text=This is a frequently used password.');
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForSelector('text=Password changed.');

    await page.getByRole('button', { name: 'Delete my account…' }).click();
    await page.getByLabel('Your password').fill('not my password');
    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.waitForSelector('text=is not your current password');

    await page.getByLabel('Your password').fill(newPassword);
    await page.getByRole('button', { name: 'Delete my account for good' }).click();
    await page.waitForURL(`${server.origin}/`);

    await page.goto(`${server.origin}/signin`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForSelector('text=The email or password is wrong.');
    await page.close();
  });

  it('raised no script errors on any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
