#!/bin/sh
# Entry point of the judge worker image. On cgroup v2 with a private cgroup namespace (Docker's and
# containerd's default there) the container starts in the root of its own cgroup tree, and the
# kernel's "no internal processes" rule refuses to enable controllers in a cgroup that holds
# processes: the judge could not give its per-run groups memory/pids/cpu. So first move every
# process of that root into a leaf (`init`), as Docker-in-Docker does, then hand over to `winterarc`
# with the arguments given (default: `worker`). Only when this process sits at the namespace's root
# (`0::/`): with the host's cgroup namespace the root would be the host's, which must not be touched.
set -eu
cg=/sys/fs/cgroup
if [ -f "$cg/cgroup.controllers" ] && [ -w "$cg/cgroup.procs" ] && grep -qx '0::/' /proc/self/cgroup; then
  mkdir -p "$cg/init"
  while read -r pid; do
    # A process that exited meanwhile cannot move, and need not.
    echo "$pid" > "$cg/init/cgroup.procs" 2>/dev/null || true
  done < "$cg/cgroup.procs"
fi
exec node /app/server/dist/cli/main.js "$@"
