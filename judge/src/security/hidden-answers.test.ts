/**
 * Hidden answers are the judge's alone: a package (or the server's judge cache) may be readable by
 * root only — directories 0700, files 0600 — and custom output validators and interactors still get
 * the one test's input and answer they need, as copies only their own uid can read.
 */
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from '../engine/judge.js';
import { type BuiltValidator, copyTestData } from '../engine/output-validator.js';
import { verifyPackage } from '../engine/verify.js';
import { createWorkspace } from '../engine/workspace.js';
import { languages } from '../languages/registry.js';
import { readProblemPackage } from '../package/read-problem-package.js';
import { sandbox } from './harness.js';

const conformance = fileURLToPath(new URL('../conformance/packages/', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'winterarc-hidden-'));
const judge = createJudge(sandbox);
afterAll(async () => {
  await judge.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A copy of a conformance package that only root can read. */
function rootOnlyCopy(name: string): string {
  const dir = path.join(scratch, name);
  cpSync(path.join(conformance, name), dir, { recursive: true });
  const close = (entry: string) => {
    if (lstatSync(entry).isDirectory()) {
      for (const child of readdirSync(entry)) close(path.join(entry, child));
      chmodSync(entry, 0o700);
    } else chmodSync(entry, 0o600);
  };
  close(dir);
  return dir;
}

describe('a package only root can read', () => {
  it.each(['custom-checker', 'guess-number'])(
    '%s: the custom validator (or interactor) still reads its input and answer; every verdict as promised',
    { timeout: 180_000 },
    async (name) => {
      const dir = rootOnlyCopy(name);
      expect(statSync(path.join(dir, 'data')).mode & 0o777).toBe(0o700);
      const report = await verifyPackage(judge, await readProblemPackage(dir));
      const failed = report.checks
        .filter((c) => !c.ok)
        .map((c) => `${c.submission.path}: ${c.result.verdict} ${c.result.tests.at(-1)?.message ?? ''}`);
      expect(failed).toEqual([]);
      expect(report.checks.length).toBeGreaterThan(0);
    },
  );

  it("gives a validator copies of one test's files that only its own uid can read", () => {
    const workspace = createWorkspace(sandbox.leaseUid());
    try {
      const owner = { uid: workspace.owner.uid, gid: workspace.owner.gid };
      const validator = {
        language: languages.python,
        runDir: workspace.src,
        packageDir: scratch,
        owner,
      } satisfies BuiltValidator;
      const input = path.join(scratch, 'one.in');
      const answer = path.join(scratch, 'one.ans');
      cpSync(path.join(conformance, 'custom-checker/data/sample/1.in'), input);
      cpSync(path.join(conformance, 'custom-checker/data/sample/1.ans'), answer);
      const copies = copyTestData(workspace.newCaseDir(), validator, {
        input,
        answer,
      } as Parameters<typeof copyTestData>[2]);
      expect(copies.input).toBe('/problem/one.in');
      expect(copies.answer).toBe('/problem/one.ans');
      const dir = statSync(copies.dir);
      expect([dir.uid, dir.mode & 0o777]).toEqual([owner.uid, 0o500]);
      for (const file of readdirSync(copies.dir)) {
        const st = statSync(path.join(copies.dir, file));
        expect([file, st.uid, st.gid, st.mode & 0o777]).toEqual([file, owner.uid, owner.gid, 0o400]);
      }
    } finally {
      workspace.dispose();
    }
  });
});
