/**
 * Slows password guessing two ways: per account (one target, many guesses) and per client address
 * (one attacker, many accounts). Only failures count; a success clears the account's counter. While
 * either counter is at its limit, sign-in answers 429 without checking the password at all, so the
 * limit cannot be used to learn whether a guess was right.
 */
import type { CounterStore } from '../../infra/cache/cache.js';
import type { Config } from '../../infra/config/config.js';
import { problems } from '../../infra/http/problem.js';

export function createSignInThrottle(counters: CounterStore, auth: Config['auth']) {
  const accountKey = (email: string) => `signin:account:${email}`;
  const addressKey = (address: string) => `signin:address:${address}`;

  return {
    /** Throws a 429 problem when this account or address has failed too often recently. */
    async assertAllowed(email: string, address: string) {
      const [account, from] = await Promise.all([
        counters.peek(accountKey(email)),
        counters.peek(addressKey(address)),
      ]);
      const blocked = [
        account.count >= auth.maxFailedSignInsPerAccount ? account.resetInSeconds : 0,
        from.count >= auth.maxFailedSignInsPerAddress ? from.resetInSeconds : 0,
      ];
      const retryAfter = Math.max(...blocked);
      if (retryAfter > 0) {
        throw problems.tooManyRequests(
          `Too many failed sign-ins. Wait ${retryAfter} s before trying again.`,
          retryAfter,
        );
      }
    },

    async recordFailure(email: string, address: string) {
      await Promise.all([
        counters.hit(accountKey(email), auth.signInWindowSeconds),
        counters.hit(addressKey(address), auth.signInWindowSeconds),
      ]);
    },

    async recordSuccess(email: string) {
      await counters.reset(accountKey(email));
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
