/**
 * Password hashing with argon2id (OWASP's first choice), via a prebuilt native module with no
 * install script. Parameters follow OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane).
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
 */
import { hash, verify } from '@node-rs/argon2';

// algorithm 2 = Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const minPasswordLength = 10;
export const maxPasswordLength = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verifying against this when the account does not exist makes "no such user" cost as much as "wrong
// password", so response time does not reveal which emails are registered.
const decoyHash = hash('winterarc decoy password', options);

export async function verifyPassword(storedHash: string | undefined, password: string): Promise<boolean> {
  if (storedHash === undefined) {
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
