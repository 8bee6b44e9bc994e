import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../infra/http/problem.js';
import { assertStrongPassword } from './password-strength.js';

const account = { email: 'ada.lovelace@example.test', displayName: 'Ada Lovelace' };

async function refusal(password: string): Promise<HttpProblem | undefined> {
  try {
    await assertStrongPassword(password, account);
    return undefined;
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
}

describe('password strength', () => {
  it.each([
    ['a common password', '1234567890', 'frequently used'],
    ['ten spaces', '          ', 'Repeated characters'],
    ['a breached password with substitutions', 'p@ssw0rd123!', 'similar to a commonly used password'],
    ['the email itself', 'ada.lovelace@example.test', 'your email address or your name'],
    ['the name with digits', 'lovelace1815', 'your email address or your name'],
    ['a keyboard walk', 'qwertyuiop', 'easy to guess'],
  ])('refuses %s, saying why and what to do instead', async (_, password, why) => {
    const problem = await refusal(password);
    expect(problem?.status).toBe(400);
    expect(problem?.detail).toContain(why);
    expect(problem?.detail).toContain('passphrase');
    expect(problem?.extensions.errors).toEqual([
      expect.objectContaining({
        in: 'body',
        field: 'password',
        message: expect.stringContaining('easy to guess'),
      }),
    ]);
  });

  it.each(['correct horse battery', 'Kq8#vLz!2pWx', 'glacier tea lantern orbit'])(
    'accepts a strong password (%s)',
    async (password) => {
      expect(await refusal(password)).toBeUndefined();
    },
  );

  it('answers many checks at once without mixing them up', async () => {
    const passwords = ['1234567890', 'correct horse battery', 'qwertyuiop', 'glacier tea lantern orbit'];
    const results = await Promise.all(passwords.map(refusal));
    expect(results.map((r) => r === undefined)).toEqual([false, true, false, true]);
  });
});
