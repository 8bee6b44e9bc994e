/**
 * Checks that a language's programs exist where the registry says, as real files inside /usr (what the
 * sandbox binds) or inside a directory its compile step binds (esbuild's npm package), and reads their
 * versions. `winterarc judge doctor` and worker start-up use this.
 */
import { execFile } from 'node:child_process';
import { access, constants, realpath } from 'node:fs/promises';
import type { LanguageSpec } from './language.js';

export type ToolchainStatus =
  | { language: LanguageSpec['id']; ok: true; version: string }
  | { language: LanguageSpec['id']; ok: false; problem: string };

interface Program {
  /** The file on the host. */
  path: string;
  /** Where it must resolve to: /usr, or the host directory bound for it. */
  within: string;
  /** What to do when it is missing. */
  fix: string;
}

function programsOf(spec: LanguageSpec): Program[] {
  const debian = (path: string): Program => ({
    path,
    within: '/usr/',
    fix: `install ${spec.name}'s Debian package`,
  });
  const step = spec.build.kind === 'sandboxed' ? spec.build.step : undefined;
  // A program inside a bound directory is checked at its host path (e.g. /opt/esbuild/esbuild).
  const bound = (step?.readOnlyBinds ?? []).flatMap((bind) =>
    step!.command
      .filter((arg) => arg.startsWith(`${bind.sandbox}/`))
      .map((arg) => ({
        path: `${bind.host}${arg.slice(bind.sandbox.length)}`,
        within: `${bind.host}/`,
        fix: 'reinstall the judge with its npm dependencies (npm ci)',
      })),
  );
  const compile = step === undefined ? [] : [debian(step.command[0]!), ...bound];
  const run = spec.run({ memoryBytes: 256 * 2 ** 20 })[0]!;
  // The run program of a compiled language is the build's output (/work/main), not a toolchain file.
  return [...compile, ...(run.startsWith('/usr/') ? [debian(run)] : []), debian(spec.versionProbe[0]!)];
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}

export async function checkToolchain(spec: LanguageSpec): Promise<ToolchainStatus> {
  for (const program of programsOf(spec)) {
    try {
      await access(program.path, constants.X_OK);
    } catch {
      return {
        language: spec.id,
        ok: false,
        problem: `${program.path} is missing or not executable; ${program.fix}`,
      };
    }
    const real = await realpath(program.path);
    const within = program.within === '/usr/' ? '/usr/' : `${await realpath(program.within)}/`;
    if (!real.startsWith(within)) {
      return {
        language: spec.id,
        ok: false,
        problem: `${program.path} resolves to ${real}, outside ${within}, which the sandbox does not bind`,
      };
    }
  }
  const version = await new Promise<string>((resolve) => {
    execFile(
      spec.versionProbe[0]!,
      spec.versionProbe.slice(1),
      { timeout: 10_000, env: {} },
      (_error, stdout, stderr) => resolve(firstLine(`${stdout}\n${stderr}`)),
    );
  });
  if (version === '')
    return { language: spec.id, ok: false, problem: `${spec.versionProbe.join(' ')} printed no version` };
  return { language: spec.id, ok: true, version };
}
