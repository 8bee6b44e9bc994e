/**
 * TypeScript → JavaScript by stripping types with esbuild's transform API. It only parses the source
 * (no type checking, no plugins, nothing executed), so it runs in process rather than in the sandbox;
 * the source size is capped before it gets here.
 * @see https://esbuild.github.io/api/#transform
 */
import { transform } from 'esbuild';

export type TranspileResult = { ok: true; code: string } | { ok: false; message: string };

export async function transpileTypeScript(source: string): Promise<TranspileResult> {
  try {
    const result = await transform(source, {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      sourcefile: 'main.ts',
      logLevel: 'silent',
    });
    return { ok: true, code: result.code };
  } catch (error) {
    const errors =
      (
        error as {
          errors?: { text: string; location?: { line: number; column: number; lineText: string } | null }[];
        }
      ).errors ?? [];
    const message = errors
      .map((e) =>
        e.location
          ? `main.ts:${e.location.line}:${e.location.column + 1}: ${e.text}\n  ${e.location.lineText}`
          : e.text,
      )
      .join('\n');
    return { ok: false, message: message || String(error) };
  }
}
