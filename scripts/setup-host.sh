#!/usr/bin/env bash
# Sets this Debian host up to judge submissions: installs bubblewrap (the sandbox) and the toolchains
# the judge runs (python3, gcc, g++, openjdk-17-jdk-headless) with apt-get, skipping what is already
# there. Idempotent: run it again and it installs nothing. Needs root (or sudo) only when something
# is missing. Node, the judge's JavaScript/TypeScript runtime, is the one running Winter Arc.
#
#   bash scripts/setup-host.sh            # install what is missing
#   bash scripts/setup-host.sh --dry-run  # only print what it would do
#
# WINTERARC_SETUP_ROOT (tests only) looks for the programs under another root directory.
set -euo pipefail

dry_run=false
for argument in "$@"; do
  case "$argument" in
    --dry-run) dry_run=true ;;
    -h | --help)
      sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "setup-host: unknown option $argument (try --dry-run or --help)" >&2
      exit 2
      ;;
  esac
done

root="${WINTERARC_SETUP_ROOT:-}"

# One line per Debian package: the package, then the program the judge runs from it, at the absolute
# path judge/src/languages/registry.ts uses (the sandbox sees no PATH and no /etc/alternatives).
requirements=(
  "bubblewrap /usr/bin/bwrap"
  "python3 /usr/bin/python3"
  "gcc /usr/bin/gcc"
  "g++ /usr/bin/g++"
  "openjdk-17-jdk-headless /usr/lib/jvm/java-17-openjdk-amd64/bin/javac"
)

missing=()
for requirement in "${requirements[@]}"; do
  read -r package program <<<"$requirement"
  if [ -x "$root$program" ]; then
    echo "setup-host: $package is installed ($program), skipping"
  else
    echo "setup-host: $package is missing ($program not found), will install it"
    missing+=("$package")
  fi
done

if [ ! -x "$root/usr/bin/node" ]; then
  echo "setup-host: note: /usr/bin/node is missing, so JavaScript and TypeScript cannot be judged; install Node 20 there (e.g. NodeSource's nodejs package)"
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-host: nothing to install; this host has what the judge needs"
  exit 0
fi

install_plan=(apt-get install -y -qq --no-install-recommends "${missing[@]}")
if [ "$dry_run" = true ]; then
  echo "setup-host: would run: apt-get update -qq"
  echo "setup-host: would run: ${install_plan[*]}"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null; then
  echo "setup-host: not root; using sudo to install"
  as_root=(sudo)
else
  echo "setup-host: installing ${missing[*]} needs root: run \`sudo bash scripts/setup-host.sh\` (or as root), then start again." >&2
  echo "setup-host: without them Winter Arc still starts, with judging off." >&2
  exit 1
fi

echo "setup-host: running apt-get update"
"${as_root[@]}" apt-get update -qq
echo "setup-host: running ${install_plan[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive "${install_plan[@]}"
echo "setup-host: installed ${missing[*]}"
