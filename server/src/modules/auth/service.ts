/**
 * Accounts and sessions: sign-up, sign-in, refresh-token rotation with reuse detection, sign-out.
 * Routes call this; it knows nothing of HTTP beyond the problems it throws.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../infra/config/config.js';
import { httpProblem } from '../../infra/http/problem.js';
import type { UserRepository, UserRow } from '../users/repository.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertStrongPassword } from './password-strength.js';
import type { RefreshTokenRepository } from './refresh-token-repository.js';
import type { Sessions } from './sessions.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { type AccessTokens, hashRefreshToken, newRefreshToken, type Role } from './tokens.js';

export interface Session {
  user: UserRow;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates an account; 409 when the email is taken. Used by sign-up and by `winterarc create-admin`. */
export async function registerAccount(
  users: UserRepository,
  input: { email: string; password: string; displayName: string; role?: Role },
): Promise<UserRow> {
  await assertStrongPassword(input.password, {
    email: normalizeEmail(input.email),
    displayName: input.displayName.trim(),
  });
  const user = await users.create({
    email: normalizeEmail(input.email),
    displayName: input.displayName.trim(),
    passwordHash: await hashPassword(input.password),
    role: input.role ?? 'learner',
  });
  if (user === undefined)
    throw httpProblem.conflict('An account with this email already exists. Sign in instead.');
  return user;
}

export function createAuthService(deps: {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  accessTokens: AccessTokens;
  throttle: SignInThrottle;
  sessions: Sessions;
  auth: Config['auth'];
}) {
  const { users, refreshTokens, accessTokens, throttle, sessions, auth } = deps;

  async function startSession(user: UserRow, familyId: string = randomUUID()): Promise<Session> {
    const refreshToken = newRefreshToken();
    await refreshTokens.insert({
      userId: user.id,
      familyId,
      tokenHash: hashRefreshToken(refreshToken),
      expiresAt: new Date(Date.now() + auth.refreshTokenTtlSeconds * 1000),
    });
    const accessToken = await accessTokens.sign({ userId: user.id, role: user.role, sessionId: familyId });
    return { user, accessToken, expiresIn: accessTokens.ttlSeconds, refreshToken };
  }

  return {
    async signUp(input: { email: string; password: string; displayName: string }): Promise<Session> {
      return startSession(await registerAccount(users, input));
    },

    /**
     * Checks the password under the sign-in throttle. `refreshToken` is the client's refresh cookie,
     * if any: a live one of this account marks the client as the owner's known device.
     */
    async signIn(input: {
      email: string;
      password: string;
      clientAddress: string;
      refreshToken?: string | undefined;
    }): Promise<Session> {
      const email = normalizeEmail(input.email);
      const found = await users.findCredentialsByEmail(email);
      const deviceHash = input.refreshToken === undefined ? undefined : hashRefreshToken(input.refreshToken);
      const knownDevice =
        found !== undefined &&
        deviceHash !== undefined &&
        (await refreshTokens.isKnownDevice(deviceHash, found.id))
          ? deviceHash
          : undefined;
      const attempt = { email, address: input.clientAddress, knownDevice };
      await throttle.assertAllowed(attempt);
      if (!(await verifyPassword(found?.passwordHash, input.password)) || found === undefined) {
        await throttle.recordFailure(attempt);
        throw httpProblem.unauthenticated('The email or password is wrong.');
      }
      await throttle.recordSuccess(attempt);
      const { passwordHash: _, ...user } = found;
      if (user.disabledAt !== null) throw accountDisabled();
      return startSession(user);
    },

    /** Exchanges a refresh token for a new pair. A token presented twice revokes its whole family. */
    async refresh(refreshToken: string): Promise<Session> {
      const claim = await refreshTokens.claim(hashRefreshToken(refreshToken));
      if (claim.outcome === 'reused') {
        await refreshTokens.revokeFamily(claim.familyId);
        await sessions.changed(claim.userId, [claim.familyId]);
        throw httpProblem.unauthenticated(
          'This refresh token was already used, so every session descended from it has been signed out. Sign in again.',
        );
      }
      if (claim.outcome !== 'claimed') {
        throw httpProblem.unauthenticated('The refresh token is unknown, expired or revoked. Sign in again.');
      }
      const user = await users.findById(claim.userId);
      if (user === undefined) throw httpProblem.unauthenticated('The account no longer exists.');
      if (user.disabledAt !== null) throw accountDisabled();
      return startSession(user, claim.familyId);
    },

    /** Ends the session the refresh token belongs to (its whole family). Unknown tokens are ignored. */
    async signOut(refreshToken: string) {
      const family = await refreshTokens.familyOf(hashRefreshToken(refreshToken));
      if (family === undefined) return;
      await refreshTokens.revokeFamily(family.familyId);
      await sessions.changed(family.userId, [family.familyId]);
    },
  };
}

const accountDisabled = () =>
  httpProblem.forbidden('This account is disabled. Ask an administrator of this Winter Arc to enable it.');

export type AuthService = ReturnType<typeof createAuthService>;
