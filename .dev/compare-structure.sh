#!/usr/bin/env bash
# Development-time check, not part of the build or the tests: compares how MailLint
# reads every corpus message (`mail-lint inspect --format json`) with Python's `email`
# package (../shared/tools/oracle_structure.py), field by field.
#
#   .dev/compare-structure.sh [--show N]
#
# Needs python3 and ../shared. Writes its files to ${TMPDIR:-/tmp}/maillint-structure/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${MAILLINT_SHARED:-$here/../shared}
out=${TMPDIR:-/tmp}/maillint-structure
show=40
[ "${1:-}" = "--show" ] && show=$2
mkdir -p "$out"
cd "$here"
swift build -c release --product mail-lint >/dev/null
bin=$(swift build -c release --show-bin-path)/mail-lint
cd "$shared/corpus"
files=$(find eml malformed -name '*.eml' | sort)
mboxes=$(find mbox -name '*.mbox' | sort)
# shellcheck disable=SC2086
python3 ../tools/oracle_structure.py --quiet --root . --whatwg-latin1 $files $mboxes >"$out/oracle.jsonl"
# The same oracle with --whatwg-latin1 doing what it documents: it compares Python's codec
# name with "latin_1", but Python names the codec of iso-8859-1 "iso8859-1", so text
# labelled iso-8859-1 is decoded as true Latin-1 (shared/ is read-only; reported apart).
# shellcheck disable=SC2086
python3 - --quiet --root . --whatwg-latin1 $files $mboxes >"$out/oracle-documented.jsonl" <<'PY'
import sys
sys.path.insert(0, "../tools")
import oracle_structure
oracle_structure.LATIN1_CODECS += ("iso8859-1",)
sys.exit(oracle_structure.main(sys.argv[1:]))
PY
# shellcheck disable=SC2086
"$bin" inspect --format json $files $mboxes >"$out/maillint.jsonl" 2>"$out/maillint.stderr" || true
# The oracle writes "" for a missing display name where inspect writes null, and names
# the n-th message of an mbox "file#n" (1-based) where inspect gives message_index n-1.
python3 - "$out/maillint.jsonl" "$out/maillint-normalised.jsonl" <<'PY'
import json, sys
with open(sys.argv[1]) as src, open(sys.argv[2], "w") as dst:
    for line in src:
        record = json.loads(line)
        if record.get("message_index") is not None:
            record["file"] = f"{record['file']}#{record['message_index'] + 1}"
        for key in ("from", "reply_to", "sender", "to"):
            for mailbox in record.get(key) or []:
                if mailbox["name"] is None:
                    mailbox["name"] = ""
        dst.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
python3 ../tools/compare_structure.py --loose "$out/oracle.jsonl" "$out/maillint-normalised.jsonl" --show "$show"
# The figure the parser issue asks for: leaf parts whose content type, charset, filename
# and decoded-text hash all agree, over every leaf part Python sees; all files, then the
# single-message files; with the oracle as shipped, then as documented.
python3 - "$out/oracle.jsonl" "$out/oracle-documented.jsonl" "$out/maillint-normalised.jsonl" <<'PY'
import json, sys
def load(path):
    return {r["file"]: r for r in map(json.loads, open(path))}
shipped, documented, ours = load(sys.argv[1]), load(sys.argv[2]), load(sys.argv[3])
fields = ("content_type", "charset", "filename", "text_sha256")
def compare(oracle, single_only):
    total = agree = 0
    differ = []
    for key, record in sorted(oracle.items()):
        if single_only and "#" in key:
            continue
        mine = {p["path"]: p for p in (ours.get(key, {}).get("parts") or [])}
        for part in record.get("parts") or []:
            total += 1
            other = mine.get(part["path"])
            bad = [f for f in fields if other is None or (part[f] or None) != (other[f] or None)
                   and not (f == "charset" and (part[f] or "").lower() == (other[f] or "").lower())]
            if bad:
                differ.append(f"{key} part {part['path']}: {', '.join(bad)}")
            else:
                agree += 1
    return f"{agree} of {total} ({100.0 * agree / max(total, 1):.2f}%)", differ
print("\nleaf parts agreeing on content type, charset, filename and text hash:")
for label, oracle in (("oracle as shipped", shipped), ("--whatwg-latin1 as documented", documented)):
    for scope, single_only in (("all files", False), ("single-message files", True)):
        figure, _ = compare(oracle, single_only)
        print(f"  {label:30} {scope:21} {figure}")
print("disagreements (oracle as shipped, all files):")
for line in compare(shipped, False)[1]:
    print("  " + line)
PY
