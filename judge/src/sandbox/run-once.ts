/**
 * One sandboxed run, from its identity to its cleanup: takes a uid (unless the request brings one),
 * checks the work dir, creates the run's cgroups (named with their owner, pinned to the run's CPU
 * if it holds one), supervises the run and removes the cgroups. `run.ts` is the public API around it.
 */
import { randomBytes } from 'node:crypto';
import type { RunCgroup } from './cgroup/types.js';
import type { CoreLease } from './cores.js';
import { validateLimits } from './limits.js';
import { selfTag } from './owner.js';
import { checkWorkDir } from './preflight.js';
import type { SandboxResult } from './result.js';
import type { SandboxRequest } from './run.js';
import { type Gate, type Identity, internalError, type Link, type Settings, supervise } from './supervise.js';
import type { UidLease } from './uids.js';

let runCounter = 0;

/** What a run may bring besides its request: the CPU it holds, or that it measures the baseline. */
export interface RunExtras {
  /** Released when the run is over (its cgroups removed). */
  core?: CoreLease;
  /** A start-up calibration run: nothing is subtracted from its CPU time. */
  calibrating?: boolean;
}

export async function runOnce(
  request: SandboxRequest,
  settings: Settings,
  link?: Link,
  gate?: Gate,
  extras: RunExtras = {},
): Promise<SandboxResult> {
  try {
    return await runWithIdentity(request, settings, link, gate, extras);
  } finally {
    extras.core?.release();
  }
}

async function runWithIdentity(
  request: SandboxRequest,
  settings: Settings,
  link: Link | undefined,
  gate: Gate | undefined,
  extras: RunExtras,
): Promise<SandboxResult> {
  const { limits } = request;
  validateLimits(limits);
  if ((request.uid === undefined) !== (request.gid === undefined))
    throw new TypeError('a request gives both uid and gid, or neither');
  let lease: UidLease | undefined;
  let identity: Identity;
  if (request.uid !== undefined && request.gid !== undefined) {
    if (request.uid === 0 || request.gid === 0) return internalError('a sandboxed run never runs as root');
    identity = { uid: request.uid, gid: request.gid };
  } else {
    try {
      lease = settings.uids.lease();
    } catch (error) {
      return internalError(`no sandbox uid for the run: ${(error as Error).message}`);
    }
    identity = { uid: lease.uid, gid: lease.gid };
  }
  let cleanedUp = false;
  try {
    const ran = await runAs(request, settings, identity, link, gate, extras);
    cleanedUp = ran.cleanedUp;
    return ran.result;
  } finally {
    // Only now is every process of the run gone (its cgroups were killed and removed). If that failed,
    // a process may live on as this uid: the uid is kept out of the pool rather than shared.
    if (cleanedUp) lease?.release();
  }
}

async function runAs(
  request: SandboxRequest,
  settings: Settings,
  identity: Identity,
  link: Link | undefined,
  gate: Gate | undefined,
  extras: RunExtras,
): Promise<{ result: SandboxResult; cleanedUp: boolean }> {
  const { limits } = request;
  const workDirProblem = checkWorkDir(request.workDir, identity.uid);
  if (workDirProblem !== undefined) return { result: internalError(workDirProblem), cleanedUp: true };

  let cgroup: RunCgroup;
  try {
    // Named with its owner (pid and start time): a judge starting later removes it only once this
    // process is gone (removeStale), however long the run takes.
    // One pid more than asked: the init (PID 1 of the run, see launcher.ts) is the run's too.
    cgroup = settings.cgroups.create(`run-${selfTag()}-${++runCounter}-${randomBytes(4).toString('hex')}`, {
      ...limits,
      pids: limits.pids + 1,
      ...(extras.core !== undefined && settings.cgroups.pins() ? { cpu: extras.core.cpu } : {}),
    });
  } catch (error) {
    return {
      result: internalError(`cannot create the run's cgroups: ${(error as Error).message}`),
      cleanedUp: true,
    };
  }
  let result: SandboxResult;
  try {
    result = await supervise(request, settings, cgroup, identity, link, gate, extras.calibrating === true);
  } catch (error) {
    result = internalError(`sandbox runner failed: ${(error as Error).message}`);
  }
  try {
    await cgroup.kill();
    await cgroup.remove();
  } catch (error) {
    // The verdict stands; the operator learns that a group (maybe with tasks) was left behind.
    const problem = `cgroup cleanup failed: ${(error as Error).message}`;
    result.reason = result.reason === undefined ? problem : `${result.reason}; ${problem}`;
    return { result, cleanedUp: false };
  }
  return { result, cleanedUp: true };
}
