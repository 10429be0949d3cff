#!/usr/bin/env bash
# Proves the README's Quick start on a brand-new Debian 12 machine.
#
# Creates a clean Debian 12 root (essential packages and apt, nothing else) with mmdebstrap,
# from this machine's own apt sources, clones the committed state of this repository into it,
# and there runs, as root:
#   1. scripts/test.sh                     (the README's test command)
#   2. scripts/run.sh --version            (the README's run command builds; the app starts)
#   3. mlplanner new x.mlplan --sample     (the first-run sample can be made)
# With --tests-only it stops after step 1 (this is what CI runs).
#
# Exit status: 0 when every step passed; 1 when a step failed (the step is named);
# 3 when the fresh root itself could not be made (no mmdebstrap, no mount permission,
# no apt sources) - the caller may then fall back to running the tests directly.
# The root is always removed, and its mounts live in a private mount namespace, so nothing
# is left mounted even when a step fails or the script is interrupted.
#
# Needs root (mmdebstrap's root mode, chroot, mount). Takes a few GB under ${TMPDIR:-/var/tmp}.
set -euo pipefail

tests_only=0
keep=0
for arg in "$@"; do
  case $arg in
    --tests-only) tests_only=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-fresh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

repo=$(cd "$(dirname "$0")/.." && pwd)
say() { printf 'check-fresh: %s\n' "$*" >&2; }
cannot() { say "cannot make a fresh Debian 12 root: $*"; exit 3; }

[[ $(id -u) -eq 0 ]] || cannot "this needs root (mmdebstrap, chroot and mount)"
command -v git >/dev/null || cannot "git is not installed"
if ! command -v mmdebstrap >/dev/null; then
  say "installing mmdebstrap"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends mmdebstrap; } >/dev/null 2>&1 ||
    cannot "mmdebstrap is missing and could not be installed with apt-get"
fi
command -v unshare >/dev/null || cannot "unshare (util-linux) is missing"
unshare --mount true 2>/dev/null || cannot "no permission to create a mount namespace"

# The machine's own Debian 12 apt sources: every enabled sources file that names the suite.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [[ -f $f ]] || continue
  grep -v '^[[:space:]]*#' "$f" | grep -qE '(^|[[:space:]])bookworm([[:space:]]|$)' && sources+=("$f")
done
((${#sources[@]})) || cannot "this machine has no apt sources for Debian 12 (bookworm)"

work=$(mktemp -d "${TMPDIR:-/var/tmp}/mlp-fresh.XXXXXX")
root=$work/root
cleanup() {
  local rc=$?
  if ((keep)); then say "kept the root at $root"; else rm -rf --one-file-system "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$SECONDS
say "creating a clean Debian 12 root from ${sources[*]}"
mmdebstrap --quiet --variant=apt --mode=root bookworm "$root" "${sources[@]}" ||
  cannot "mmdebstrap failed (see its messages above)"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
say "root ready after $((SECONDS - started)) s"

git clone --quiet --no-hardlinks "$repo" "$root/src" || { say "FAILED: cloning the repository"; exit 1; }

# One step inside the root, in a private mount namespace: the mounts end with the step.
in_root() {
  local name=$1; shift
  local t0=$SECONDS
  say "step: $name"
  if ! unshare --mount --propagation private -- bash -euc '
      root=$1; shift
      mount -t proc proc "$root/proc"
      mount -t sysfs sysfs "$root/sys"
      mount --rbind /dev "$root/dev"
      mount -t tmpfs tmpfs "$root/tmp"
      mount -t tmpfs tmpfs "$root/dev/shm"
      exec chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        TERM=dumb LANG=C.UTF-8 bash -euc "cd /src && $*"' _ "$root" "$@"; then
    say "FAILED: $name (after $((SECONDS - t0)) s)"
    exit 1
  fi
  say "passed: $name ($((SECONDS - t0)) s)"
}

in_root "the README's test command (scripts/test.sh)" scripts/test.sh
if ((!tests_only)); then
  in_root "the README's run command builds and starts (scripts/run.sh --version)" \
    'scripts/run.sh --version'
  in_root "mlplanner new x.mlplan --sample" \
    'build/release/app/mlplanner new /root/x.mlplan --sample && build/release/app/mlplanner rank /root/x.mlplan >/dev/null'
fi
say "all steps passed in $((SECONDS - started)) s"
