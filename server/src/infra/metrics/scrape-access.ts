/**
 * Who may scrape: anyone who can reach the port when no token is configured (the default binds the
 * worker's port to localhost), otherwise only a request carrying `Authorization: Bearer <token>`,
 * as Prometheus sends with `authorization.credentials_file`. The comparison is constant-time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export function mayScrape(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  if (given === undefined) return false;
  // Equal-length digests, so neither the comparison time nor an error reveals the token's length.
  return timingSafeEqual(digest(given), digest(token));
}

const digest = (value: string) => createHash('sha256').update(value).digest();
