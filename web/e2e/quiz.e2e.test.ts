/**
 * Taking a quiz in a real browser against the real server: from the topic page, one question at a
 * time with feedback after each answer, driven by the keyboard; then all at once with feedback at the
 * end; the best score shows on the topic page and the roadmap. Uses the shipped py-generators and
 * py-data-types quizzes.
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

async function signedInPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.origin}/signup`);
  await page.getByLabel('Display name').fill('Quiz Taker');
  await page
    .getByLabel('Email')
    .fill(`quiz-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForSelector('.status-control');
  return page;
}

/** Answers the question on screen by keyboard: the right answer unless `wrong`. */
async function answerByKeyboard(page: Page, wrong: boolean) {
  const question = page.locator('.quiz-question');
  const id = await question.getAttribute('data-question');
  switch (id) {
    case 'py-generators-lazy-start':
      await question.getByLabel('What it prints').focus();
      await page.keyboard.type(wrong ? 'start\ncreated\n1' : 'created\nstart\n1');
      break;
    case 'py-generators-exhausted-twice':
      await question.getByLabel('What it prints').focus();
      await page.keyboard.type(wrong ? '14 14' : '14 0');
      break;
    case 'py-generators-return-value':
      await question.getByRole('radio', { name: wrong ? /discarded/ : /In the value attribute/ }).focus();
      await page.keyboard.press('Space');
      break;
    case 'py-generators-yield-from-send':
      await question.getByRole('radio', { name: wrong ? 'False' : 'True' }).focus();
      await page.keyboard.press('Space');
      break;
    default:
      throw new Error(`no answer known for ${id}`);
  }
  await page.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  // Answering the last question finishes the attempt, and then every question is on the page.
  await page.locator(`[data-question="${id}"] .quiz-result`).waitFor();
  return id!;
}

describe('a quiz in the browser', () => {
  it('is taken one question at a time with feedback after each, by keyboard, and scored', async () => {
    const page = await signedInPage();
    await page.goto(`${server.origin}/topics/py-generators`);
    await page.getByRole('link', { name: 'Take the quiz' }).click();
    await page.getByRole('heading', { name: 'Quiz: Generators' }).waitFor();
    // The defaults: one question at a time, feedback after each answer.
    expect(await page.getByRole('radio', { name: 'One question at a time' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'After each answer' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Start the quiz' }).click();

    const seen: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await page.getByRole('heading', { name: `Question ${i + 1} of 4` }).waitFor();
      const wrong = i === 0;
      const id = await answerByKeyboard(page, wrong);
      seen.push(id);
      const here = page.locator(`[data-question="${id}"]`);
      const result = here.locator('.quiz-result');
      expect(await result.locator('.quiz-verdict').textContent()).toBe(wrong ? 'Not quite.' : 'Right.');
      // The explanation is always there, and the answers are locked once sent.
      expect((await result.locator('.markdown').textContent())!.length).toBeGreaterThan(40);
      expect(await here.locator('.quiz-answer').locator('input, textarea').first().isDisabled()).toBe(true);
      if (i < 3) await page.getByRole('button', { name: 'Next question' }).click();
    }
    expect(new Set(seen).size).toBe(4);
    await page.getByRole('heading', { name: 'Your score: 3 of 4' }).waitFor();

    await page.goto(`${server.origin}/topics/py-generators`);
    await expect.poll(() => page.locator('.topic-quiz').textContent()).toContain('Your best: 3 of 4 (75%)');
    await page.goto(`${server.origin}/`);
    const row = page.locator('.topic-row', { has: page.locator('a[href="/topics/py-generators"]') });
    await expect.poll(() => row.locator('.quiz-badge').textContent()).toBe('Quiz 75%');
    await page.close();
  });

  it('shows all questions at once and explains every option at the end', async () => {
    const page = await signedInPage();
    await page.goto(`${server.origin}/topics/py-data-types/quiz`);
    await page.getByRole('radio', { name: 'All questions at once' }).check();
    await page.getByRole('radio', { name: 'At the end' }).check();
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('heading', { name: 'Question 6 of 6' }).waitFor();
    expect(await page.locator('.quiz-question').count()).toBe(6);
    expect(await page.getByRole('button', { name: 'Check answer' }).count()).toBe(0);

    const hashable = page.locator('[data-question="py-data-types-hashable-key"]');
    await hashable.getByRole('radio', { name: '["GET", "/items", 7]' }).check();
    const floats = page.locator('[data-question="py-data-types-float-sum-equality"]');
    await floats.getByRole('radio', { name: 'False' }).check();
    expect(await page.locator('.quiz-result').count()).toBe(0);

    await page.getByRole('button', { name: 'Finish and see results' }).click();
    await page.getByRole('heading', { name: 'Your score: 1 of 6' }).waitFor();
    expect(await floats.locator('.quiz-verdict').textContent()).toBe('Right.');
    const feedback = hashable.locator('.quiz-option-feedback li', { hasText: 'your choice' });
    expect(await feedback.locator('.quiz-why').textContent()).toMatch(/Lists are mutable/);
    expect(await hashable.locator('.quiz-option-feedback .quiz-why').count()).toBe(4);
    await page.close();
  });

  it('raised no script errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
