/**
 * Checks that a language's programs exist where the registry says, as real files inside /usr (what the
 * sandbox binds), and reads their versions. `winterarc judge doctor` and worker start-up use this.
 */
import { execFile } from 'node:child_process';
import { access, constants, realpath } from 'node:fs/promises';
import type { LanguageSpec } from './language.js';

export type ToolchainStatus =
  | { language: LanguageSpec['id']; ok: true; version: string }
  | { language: LanguageSpec['id']; ok: false; problem: string };

function programsOf(spec: LanguageSpec): string[] {
  const compile = spec.build.kind === 'sandboxed' ? [spec.build.step.command[0]!] : [];
  const run = spec.run({ memoryBytes: 256 * 2 ** 20 })[0]!;
  // The run program of a compiled language is the build's output (/work/main), not a toolchain file.
  return [...compile, ...(run.startsWith('/usr/') ? [run] : []), spec.versionProbe[0]!];
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
  for (const program of new Set(programsOf(spec))) {
    try {
      await access(program, constants.X_OK);
    } catch {
      return {
        language: spec.id,
        ok: false,
        problem: `${program} is missing or not executable; install ${spec.name}'s Debian package`,
      };
    }
    const real = await realpath(program);
    if (!real.startsWith('/usr/')) {
      return {
        language: spec.id,
        ok: false,
        problem: `${program} resolves to ${real}, outside /usr, which the sandbox does not bind`,
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
