/**
 * Sign-in throttling as the OWASP cheat sheet asks: guessing is slowed per (account, address), per
 * address and per account overall, yet an attacker elsewhere cannot lock the owner out, and the
 * owner's known device (a live refresh cookie of the account) gets in even when the slow per-account
 * limit is spent. Addresses come from X-Forwarded-For (one trusted proxy hop, as behind nginx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount } from '../../test/accounts.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { refreshCookieName } from './routes.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    TRUST_PROXY_HOPS: '1',
    SIGNIN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS: '3',
    SIGNIN_MAX_FAILURES_PER_ADDRESS: '6',
    SIGNIN_MAX_FAILURES_PER_ACCOUNT: '5',
  });
});
afterAll(() => t.close());

let nextAddress = 1;
/** An address no other test uses: 198.18.0.0/15 is reserved for benchmarks. */
const freshAddress = () => `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

function signIn(account: TestAccount, options: { password?: string; from: string; cookie?: string }) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signin',
    payload: { email: account.email, password: options.password ?? account.password },
    headers: { 'x-forwarded-for': options.from },
    ...(options.cookie === undefined ? {} : { cookies: { [refreshCookieName]: options.cookie } }),
  });
}

const wrong = 'not the password';

describe('sign-in throttling', () => {
  it('stops a guesser at the (account, address) limit but lets the owner in from another address', async () => {
    const owner = await signUp(t.app);
    const attacker = freshAddress();
    for (let i = 0; i < 3; i += 1)
      expect((await signIn(owner, { password: wrong, from: attacker })).statusCode).toBe(401);
    const stopped = await signIn(owner, { from: attacker });
    expect(stopped.statusCode).toBe(429);
    expect(Number(stopped.headers['retry-after'])).toBeGreaterThan(0);

    expect((await signIn(owner, { from: freshAddress() })).statusCode).toBe(200);
    // The owner's success elsewhere does not lift the guesser's block.
    expect((await signIn(owner, { from: attacker })).statusCode).toBe(429);
  });

  it('stops one address spraying many accounts at the per-address limit', async () => {
    const sprayer = freshAddress();
    const victims = await Promise.all(Array.from({ length: 7 }, () => signUp(t.app)));
    const statuses: number[] = [];
    for (const victim of victims)
      statuses.push((await signIn(victim, { password: wrong, from: sprayer })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    // Each victim still gets in from their own address.
    expect((await signIn(victims[0]!, { from: freshAddress() })).statusCode).toBe(200);
  });

  it("holds a slow per-account limit against guesses from many addresses, except for the owner's known device", async () => {
    const owner = await signUp(t.app);
    for (let i = 0; i < 5; i += 1)
      expect((await signIn(owner, { password: wrong, from: freshAddress() })).statusCode).toBe(401);

    const stranger = await signIn(owner, { from: freshAddress() });
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().detail).toContain('device where you are already signed in');

    // The refresh cookie of the owner's live session marks their device.
    const known = await signIn(owner, { from: freshAddress(), cookie: owner.refreshToken });
    expect(known.statusCode).toBe(200);
  });

  it('does not take a cookie of another account, or a signed-out one, for a known device', async () => {
    const owner = await signUp(t.app);
    const someoneElse = await signUp(t.app);
    for (let i = 0; i < 5; i += 1) await signIn(owner, { password: wrong, from: freshAddress() });
    expect((await signIn(owner, { from: freshAddress(), cookie: someoneElse.refreshToken })).statusCode).toBe(
      429,
    );

    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signout',
      payload: { refreshToken: owner.refreshToken },
    });
    expect((await signIn(owner, { from: freshAddress(), cookie: owner.refreshToken })).statusCode).toBe(429);
  });

  it('limits guesses from a known device too, per device', async () => {
    const owner = await signUp(t.app);
    const from = freshAddress();
    for (let i = 0; i < 3; i += 1)
      expect((await signIn(owner, { password: wrong, from, cookie: owner.refreshToken })).statusCode).toBe(
        401,
      );
    expect((await signIn(owner, { from, cookie: owner.refreshToken })).statusCode).toBe(429);
    // Failures from the known device did not spend the address's or the account's budgets.
    expect((await signIn(owner, { from })).statusCode).toBe(200);
  });
});
