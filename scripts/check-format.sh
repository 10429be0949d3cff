#!/usr/bin/env bash
# Checks that every C++ file in the repository (each *.cpp and *.h that git tracks) is formatted
# as .clang-format says, with Debian 12's clang-format (version 14). Other versions format the
# same code differently, so the check accepts version 14 only. Nothing is excluded.
#
#   scripts/check-format.sh        lists the files whose formatting differs
#   scripts/check-format.sh --fix  formats those files in place (review the diff, then commit)
#
# Exit status: 0 when every file is formatted, 1 when some differ (they are listed; with --fix,
# when formatting them failed), 2 when the check cannot run (clang-format 14 missing, not a git
# checkout, an unknown argument, or clang-format refusing a file or .clang-format).
# scripts/test.sh runs it before building. Files git does not track yet are not checked: `git add`
# a new file to have it checked.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=false
case ${1:-} in
  "") ;;
  --fix) fix=true ;;
  -h | --help)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "check-format: unknown argument '$1'; run it without arguments to check, or with --fix" \
         "to format the files that differ" >&2
    exit 2
    ;;
esac

tool=
for candidate in clang-format-14 clang-format; do
  if command -v "$candidate" >/dev/null && "$candidate" --version | grep -q ' version 14\.'; then
    tool=$candidate
    break
  fi
done
if [[ -z $tool ]]; then
  echo "check-format: clang-format 14 is not installed (Debian 12's package clang-format);" \
       "run scripts/install-deps.sh, then this again" >&2
  exit 2
fi
if [[ ! -f .clang-format ]]; then
  echo "check-format: .clang-format is missing at the root of the repository; restore it" \
       "(git checkout -- .clang-format)" >&2
  exit 2
fi
if ! listing=$(git ls-files -z -- '*.cpp' '*.h' 2>&1 | tr '\0' '\n'); then
  echo "check-format: cannot list the tracked files with git ($listing); run it in a git" \
       "checkout of the repository" >&2
  exit 2
fi
files=()
while IFS= read -r f; do
  [[ -f $f ]] && files+=("$f") # a tracked file deleted in the working tree has nothing to check
done <<<"$listing"
if ((${#files[@]} == 0)); then
  echo "check-format: no tracked *.cpp or *.h files; nothing to check"
  exit 0
fi

# One clang-format call for all files: --dry-run changes nothing, --Werror makes each difference
# an error, --ferror-limit=1 reports one per file ("path:line:col: error: code should be
# clang-formatted [-Wclang-format-violations]").
status=0
report=$("$tool" --style=file --dry-run --Werror --ferror-limit=1 -- "${files[@]}" 2>&1) || status=$?
suffix=': error: code should be clang-formatted \[-Wclang-format-violations\]$'
differ=()
while IFS= read -r line; do
  [[ -n $line ]] && differ+=("$line")
done < <(grep -E ":[0-9]+:[0-9]+$suffix" <<<"$report" | sed -E "s/:[0-9]+:[0-9]+$suffix//" | sort -u)
if ((status != 0 && ${#differ[@]} == 0)); then
  echo "$report" >&2
  echo "check-format: clang-format failed (messages above) without naming a file to format;" \
       "check .clang-format and the files it names" >&2
  exit 2
fi
if ((${#differ[@]} == 0)); then
  echo "check-format: all ${#files[@]} files are formatted as .clang-format says"
  exit 0
fi

if $fix; then
  if ! "$tool" --style=file -i -- "${differ[@]}"; then
    echo "check-format: clang-format could not format every file (messages above)" >&2
    exit 1
  fi
  printf '  %s\n' "${differ[@]}"
  echo "check-format: formatted the ${#differ[@]} files above; review the changes (git diff) and" \
       "commit them"
  exit 0
fi
printf '  %s\n' "${differ[@]}" >&2
echo "check-format: ${#differ[@]} of ${#files[@]} files are not formatted as .clang-format says" \
     "(above); run scripts/check-format.sh --fix, review the changes (git diff) and commit them" >&2
exit 1
