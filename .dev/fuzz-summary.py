#!/usr/bin/env python3
"""Development-time: sums .build/fuzz/runs.tsv (written by .ci/fuzz) per target, as the
Markdown table of Docs/Reliability.md: runs, seconds, executions, and findings."""
import collections, os, sys

path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".build", "fuzz", "runs.tsv")
totals = collections.OrderedDict()
for line in open(path):
    stamp, target, seconds, executions, status, findings = line.rstrip("\n").split("\t")
    t = totals.setdefault(target, {"runs": 0, "seconds": 0, "executions": 0, "findings": 0, "failed": 0})
    t["runs"] += 1
    t["seconds"] += int(seconds)
    t["executions"] += int(executions or 0)
    t["findings"] += int(findings or 0)
    t["failed"] += int(status) != 0
print("| target | runs | seconds | executions | exec/s | runs that stopped on a finding |")
print("| --- | --- | --- | --- | --- | --- |")
all_seconds = all_execs = 0
for target, t in totals.items():
    all_seconds += t["seconds"]
    all_execs += t["executions"]
    rate = t["executions"] // max(1, t["seconds"])
    print(f"| `{target}` | {t['runs']} | {t['seconds']} | {t['executions']:,} | {rate:,} | {t['failed']} |")
print(f"| all | | {all_seconds} ({all_seconds / 3600:.2f} h) | {all_execs:,} | | |")
