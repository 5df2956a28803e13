#!/usr/bin/env python3
"""Development-time check, not part of the build or the tests: a third opinion on how
MailLint reads the corpus. Run after .dev/compare-structure.sh (which leaves Python's and
MailLint's readings in ${TMPDIR:-/tmp}/maillint-structure/); this reads every corpus
message with GMime (.dev/oracle-gmime.py, needs Debian's gir1.2-gmime-3.0 and python3-gi)
and prints

  * how many leaf parts each pair of readers agrees on (content type, charset, filename and
    decoded-text hash, as the parser issue measures), and
  * for every leaf part where MailLint and Python disagree, which of the two GMime sides
    with, field by field.

    .dev/compare-gmime.py
"""

import json
import os
import subprocess
import sys
from pathlib import Path

FIELDS = ("content_type", "charset", "filename", "text_sha256")
HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("MAILLINT_SHARED", HERE.parent.parent / "shared"))
OUT = Path(os.environ.get("TMPDIR", "/tmp")) / "maillint-structure"


def load(path):
    with open(path) as handle:
        return {record["file"]: record for record in map(json.loads, handle)}


def same(field, a, b):
    a, b = a or None, b or None
    return a == b or (field == "charset" and (a or "").lower() == (b or "").lower())


def parts(readings, key):
    return {part["path"]: part for part in (readings.get(key, {}).get("parts") or [])}


def agreement(reference, other):
    total = agree = 0
    for key, record in reference.items():
        mine = parts(other, key)
        for part in record.get("parts") or []:
            total += 1
            match = mine.get(part["path"])
            agree += match is not None and all(same(f, part[f], match[f]) for f in FIELDS)
    return agree, total


def main():
    python, maillint = OUT / "oracle.jsonl", OUT / "maillint-normalised.jsonl"
    if not python.exists() or not maillint.exists():
        sys.exit("run .dev/compare-structure.sh first")
    corpus = SHARED / "corpus"
    files = sorted(str(p.relative_to(corpus)) for d in ("eml", "malformed") for p in (corpus / d).rglob("*.eml"))
    files += sorted(str(p.relative_to(corpus)) for p in (corpus / "mbox").glob("*.mbox"))
    gmime_path = OUT / "gmime.jsonl"
    with open(gmime_path, "w") as out:
        subprocess.run(["/usr/bin/python3", str(HERE / "oracle-gmime.py"), "--root", ".", *files],
                       cwd=corpus, stdout=out, check=True)
    py, ml, gm = load(python), load(maillint), load(gmime_path)

    print("leaf parts agreeing (content type, charset, filename, text hash), all files:")
    for name, reference, other in (("MailLint and Python", py, ml), ("MailLint and GMime", gm, ml),
                                   ("Python and GMime", gm, py)):
        agree, total = agreement(reference, other)
        print(f"  {name:20} {agree:5} of {total:5} ({100.0 * agree / max(total, 1):.2f}%)")

    print("\nwhere MailLint and Python disagree, the side GMime takes:")
    tally = {"MailLint": 0, "Python": 0, "neither": 0}
    for key, record in sorted(py.items()):
        mine, third = parts(ml, key), parts(gm, key)
        for part in record.get("parts") or []:
            ours = mine.get(part["path"])
            differing = [f for f in FIELDS if ours is None or not same(f, part[f], ours[f])]
            if not differing:
                continue
            theirs = third.get(part["path"])
            sides = []
            for field in differing:
                if theirs is not None and ours is not None and same(field, theirs[field], ours[field]):
                    side = "MailLint"
                elif theirs is not None and same(field, theirs[field], part[field]):
                    side = "Python"
                else:
                    side = "neither"
                tally[side] += 1
                sides.append(f"{field}: {side}")
            print(f"  {key} part {part['path']}: {'; '.join(sides)}")
    print(f"\nfields by the side GMime takes: {tally}")


if __name__ == "__main__":
    main()
