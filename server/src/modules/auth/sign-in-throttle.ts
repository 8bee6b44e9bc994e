/**
 * Slows password guessing without handing an attacker the power to lock the owner out, as the OWASP
 * Authentication cheat sheet advises. Failures are counted three ways for an unknown client:
 * - per (account, address) pair: one attacker hammering one account is stopped quickly;
 * - per address: one attacker spraying many accounts is stopped too;
 * - per account from anywhere, in a long window: the slow limit against guessing from many addresses.
 * A client presenting the current refresh token of one of the account's live sessions (its refresh
 * cookie: a known device) is counted only per device, so no one elsewhere can lock the owner out;
 * guesses from an attacker's address or the world at large never touch the owner's budget.
 * Only failures count; a success clears the pair's (or device's) count. While a counter is at its
 * limit, sign-in answers 429 without checking the password, so the limit cannot be used to learn
 * whether a guess was right.
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#login-throttling
 */
import type { CounterStore, WindowCount } from '../../infra/cache/cache.js';
import type { Config } from '../../infra/config/config.js';
import { httpProblem } from '../../infra/http/problem.js';

/** Who is signing in: the account's email, the client address, and the known device if any. */
export interface SignInAttempt {
  email: string;
  address: string;
  /** Hash of the account's refresh token the client presented, when it is a live one. */
  knownDevice: string | undefined;
}

interface Budget {
  key: string;
  max: number;
  windowSeconds: number;
}

export function createSignInThrottle(counters: CounterStore, auth: Config['auth']) {
  const budgetsOf = (attempt: SignInAttempt): Budget[] => {
    const short = auth.signInWindowSeconds;
    const perPair = auth.maxFailedSignInsPerAccountAndAddress;
    if (attempt.knownDevice !== undefined) {
      return [{ key: `signin:device:${attempt.knownDevice}`, max: perPair, windowSeconds: short }];
    }
    return [
      { key: `signin:pair:${attempt.email}:${attempt.address}`, max: perPair, windowSeconds: short },
      {
        key: `signin:address:${attempt.address}`,
        max: auth.maxFailedSignInsPerAddress,
        windowSeconds: short,
      },
      {
        key: `signin:account:${attempt.email}`,
        max: auth.maxFailedSignInsPerAccount,
        windowSeconds: auth.signInAccountWindowSeconds,
      },
    ];
  };
  const blockedFor = (budget: Budget, window: WindowCount) =>
    window.count >= budget.max ? Math.max(1, window.resetInSeconds) : 0;

  return {
    /** Throws a 429 problem while any budget of this attempt is spent. */
    async assertAllowed(attempt: SignInAttempt) {
      const budgets = budgetsOf(attempt);
      const windows = await Promise.all(budgets.map((budget) => counters.peek(budget.key)));
      const retryAfter = Math.max(...budgets.map((budget, i) => blockedFor(budget, windows[i]!)));
      if (retryAfter > 0) {
        const fromKnownDevice = attempt.knownDevice !== undefined;
        throw httpProblem.tooManyRequests(
          fromKnownDevice
            ? `Too many failed sign-ins from this device. Wait ${retryAfter} s before trying again.`
            : `Too many failed sign-ins. Wait ${retryAfter} s before trying again, or sign in from a device where you are already signed in.`,
          retryAfter,
        );
      }
    },

    async recordFailure(attempt: SignInAttempt) {
      await Promise.all(budgetsOf(attempt).map((budget) => counters.hit(budget.key, budget.windowSeconds)));
    },

    /** The owner got in: their pair (or device) starts afresh; the slow account limit keeps counting. */
    async recordSuccess(attempt: SignInAttempt) {
      await counters.reset(budgetsOf(attempt)[0]!.key);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
