/** Typed readers over an environment map; each failure names the variable and what it expects. */
import { readFileSync } from 'node:fs';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expectation: string,
  ) {
    super(`Configuration error: ${variable} ${expectation}`);
    this.name = 'ConfigError';
  }
}

export function readEnv(env: NodeJS.ProcessEnv) {
  const raw = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };

  return {
    string(name: string, fallback: string): string {
      return raw(name) ?? fallback;
    },

    optionalString(name: string): string | undefined {
      return raw(name);
    },

    integer(name: string, fallback: number, range: { min: number; max: number }): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!/^\d+$/.test(value) || Number(value) < range.min || Number(value) > range.max) {
        throw new ConfigError(
          name,
          `must be a whole number from ${range.min} to ${range.max}, got "${value}"`,
        );
      }
      return Number(value);
    },

    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!(allowed as readonly string[]).includes(value)) {
        throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${value}"`);
      }
      return value as T;
    },

    /** A URL whose scheme is one of `protocols`; the value is never echoed since it may hold a password. */
    optionalUrl(name: string, protocols: string[]): string | undefined {
      const value = raw(name) ?? readSecretFile(env, name);
      if (value === undefined) return undefined;
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new ConfigError(
          name,
          `must be a URL like ${protocols[0]}//host:port/… (the value given is not a URL)`,
        );
      }
      if (!protocols.includes(url.protocol)) {
        throw new ConfigError(name, `must use ${protocols.join(' or ')}, got "${url.protocol}"`);
      }
      return value;
    },

    /** `NAME` or the contents of the file named by `NAME_FILE` (trailing newline dropped); not both. */
    optionalSecret(name: string): string | undefined {
      const direct = raw(name);
      const fromFile = readSecretFile(env, name);
      if (direct !== undefined && fromFile !== undefined) {
        throw new ConfigError(name, `is set both directly and through ${name}_FILE; set only one`);
      }
      return direct ?? fromFile;
    },
  };
}

function readSecretFile(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const file = env[`${name}_FILE`];
  if (file === undefined || file === '') return undefined;
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError(`${name}_FILE`, `names "${file}", which cannot be read (${code})`);
  }
}
