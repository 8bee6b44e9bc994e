#!/bin/sh
# Entry point of the judge worker image. On cgroup v2 a container starts inside its own cgroup
# (cgroupns=private), and the kernel's "no internal processes" rule refuses to enable controllers in
# a cgroup that holds processes: the judge could not create its per-run groups with memory/pids/cpu.
# So first move every process of the container's root cgroup into a leaf (`init`), as Docker-in-Docker
# does, then hand over to `winterarc` with the arguments given (default: `worker`).
set -eu
cg=/sys/fs/cgroup
if [ -f "$cg/cgroup.controllers" ] && [ -w "$cg/cgroup.procs" ]; then
  mkdir -p "$cg/init"
  while read -r pid; do
    echo "$pid" > "$cg/init/cgroup.procs" 2>/dev/null || true
  done < "$cg/cgroup.procs"
fi
exec node /app/server/dist/cli/main.js "$@"
