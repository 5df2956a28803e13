#!/usr/bin/env bash
# Development-time robustness check, not part of the build or the tests: every file of
# ../shared/corpus mutated byte by byte with zzuf (Debian's `zzuf`) at several ratios and
# seeds, then linted by the release build. Any exit other than 0 or 1 (a crash is a signal,
# 128+N), and any run past the time limit (a hang), is reported with the file that causes
# it, found by linting the mutated files one by one.
#
#   .dev/mutate-corpus.sh [RATIOS] [SEEDS]     (default: "0.001 0.01 0.05" and "1 2 3")
set -euo pipefail
cd "$(dirname "$0")/.."
ratios=${1:-"0.001 0.01 0.05"}
seeds=${2:-"1 2 3"}
corpus=${MAILLINT_CORPUS:-../shared/corpus}
swift build -c release --product mail-lint >/dev/null
tool=$(swift build -c release --show-bin-path)/mail-lint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=$(cd "$corpus" && find eml malformed mbox html -type f | sort)
count=$(echo "$files" | wc -l)
printf 'ratio\tseed\tfiles\tbytes\tseconds\texit\tcrashes\thangs\n'
for ratio in $ratios; do
    for seed in $seeds; do
        rm -rf "$work/m"
        while IFS= read -r file; do
            mkdir -p "$work/m/$(dirname "$file")"
            zzuf -r "$ratio" -s "$seed" < "$corpus/$file" > "$work/m/$file"
        done <<< "$files"
        bytes=$(du -sb "$work/m" | cut -f1)
        start=$(date +%s.%N)
        status=0
        timeout 900 "$tool" --jobs 2 --format jsonl --fail-on never "$work/m" > "$work/out" 2> "$work/err" || status=$?
        seconds=$(echo "$(date +%s.%N) - $start" | bc)
        crashes=0
        hangs=0
        if [ "$status" -ne 0 ] && [ "$status" -ne 1 ] && [ "$status" -ne 2 ]; then
            # Find the files: lint each alone.
            while IFS= read -r file; do
                one=0
                timeout 60 "$tool" --jobs 1 --fail-on never "$work/m/$file" > /dev/null 2>&1 || one=$?
                if [ "$one" -eq 124 ]; then
                    hangs=$((hangs + 1)); echo "HANG ratio $ratio seed $seed: $file" >&2
                    cp "$work/m/$file" "/tmp/hang-$ratio-$seed-$(basename "$file")"
                elif [ "$one" -ge 3 ]; then
                    crashes=$((crashes + 1)); echo "CRASH ($one) ratio $ratio seed $seed: $file" >&2
                    cp "$work/m/$file" "/tmp/crash-$ratio-$seed-$(basename "$file")"
                fi
            done <<< "$files"
        fi
        printf '%s\t%s\t%s\t%s\t%.1f\t%s\t%s\t%s\n' "$ratio" "$seed" "$count" "$bytes" "$seconds" "$status" "$crashes" "$hangs"
    done
done
