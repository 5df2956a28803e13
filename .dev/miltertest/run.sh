#!/usr/bin/env bash
# Development-time: runs checks.lua with Debian's miltertest (apt-get install miltertest)
# against the release `mail-lint milter`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
swift build -c release --product mail-lint --package-path "$root" >/dev/null
binary="$(swift build -c release --show-bin-path --package-path "$root")/mail-lint"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
printf '{"milter": {"error": "reject", "warning": "accept-with-header"}}\n' > "$work/config.json"
"$binary" milter --listen "unix:$work/milter.sock" --config "$work/config.json" 2> "$work/milter.log" &
pid=$!
MILTER_SOCKET="$work/milter.sock" miltertest -s "$(dirname "$0")/checks.lua"
echo "--- the daemon's log"
cat "$work/milter.log"
