/** Picks the cgroup driver the host supports, or explains what is missing and how to fix it. */
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import type { CgroupDriver } from './types.js';
import { CgroupV1Driver, V1_CONTROLLERS } from './v1.js';
import { CgroupV2Driver } from './v2.js';

export interface DetectOptions {
  /** Where cgroupfs is mounted (default /sys/fs/cgroup). */
  root?: string;
  /** The judge's own group, holding one child group per run (default `winterarc`). */
  parent?: string;
}

/** Thrown when neither cgroup v2 nor v1 can be used; the message says what to do. */
export class CgroupUnavailableError extends Error {
  override readonly name = 'CgroupUnavailableError';
}

export function detectCgroupDriver(options: DetectOptions = {}): CgroupDriver {
  const root = options.root ?? '/sys/fs/cgroup';
  const parent = options.parent ?? 'winterarc';
  const problems: string[] = [];

  if (CgroupV2Driver.available(root)) {
    const missing = CgroupV2Driver.missingControllers(root);
    if (missing.length === 0 && writable(root)) return new CgroupV2Driver(root, parent);
    problems.push(
      missing.length > 0
        ? `cgroup v2 at ${root} lacks the ${missing.join(', ')} controller(s): enable them in the parent's cgroup.subtree_control (or run the container with --cgroupns=private and a delegated cgroup)`
        : `cgroup v2 at ${root} is not writable: run the judge as root with a writable cgroupfs (a container needs a delegated cgroup or --privileged)`,
    );
  } else if (CgroupV1Driver.available(root)) {
    if (V1_CONTROLLERS.every((c) => writable(join(root, c)))) return new CgroupV1Driver(root, parent);
    problems.push(`cgroup v1 controllers under ${root} are not writable: run the judge as root`);
  } else {
    problems.push(
      `no cgroup v2 (${join(root, 'cgroup.controllers')}) and no cgroup v1 memory, pids and cpuacct controllers under ${root}/<controller>: mount cgroup2 at ${root} (mount -t cgroup2 none ${root})`,
    );
  }
  throw new CgroupUnavailableError(`The judge sandbox cannot use cgroups: ${problems.join('; ')}.`);
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
