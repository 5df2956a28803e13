#!/usr/bin/env python3
"""Development-time check, not part of the build or the tests: compares MailLint's
`dkim-body-hash-mismatch` with dkimpy (PyPI `dkimpy`, `pip install dkimpy`) on every corpus
message with a DKIM-Signature whose algorithm hashes with SHA-256.

    python3 .dev/compare-dkim-bodyhash.py [--corpus ../shared/corpus]

dkimpy's own tag parser and body canonicalisation compute each signature's body hash (the
body read with every line break as CR LF, as on the wire; `l=` applied); MailLint's
findings come from `mail-lint --rule dkim-body-hash-mismatch --format jsonl`. A message
agrees when both find a mismatch for the same number of its signatures.
"""
import argparse, base64, collections, glob, hashlib, json, os, re, subprocess
import release_tool
from dkim.canonicalization import CanonicalizationPolicy
from dkim.util import parse_tag_value


def signatures(raw):
    header, _, body = re.split(rb"(\r?\n\r?\n)", raw, maxsplit=1) if re.search(rb"\r?\n\r?\n", raw) else (raw, b"", b"")
    fields, current = [], None
    for line in re.split(rb"\r?\n", header):
        if line[:1] in (b" ", b"\t") and current is not None:
            current += b"\r\n" + line
        else:
            if current is not None:
                fields.append(current)
            current = line
    if current is not None:
        fields.append(current)
    body = re.sub(rb"\r\n|\r|\n", b"\r\n", body)
    for field in fields:
        name, _, value = field.partition(b":")
        if name.strip().lower() == b"dkim-signature":
            yield value, body


def mismatches(raw):
    count = checked = 0
    for value, body in signatures(raw):
        try:
            tags = parse_tag_value(value)
        except Exception:
            continue
        if tags.get(b"a", b"").lower() not in (b"rsa-sha256", b"ed25519-sha256") or b"bh" not in tags:
            continue
        policy = CanonicalizationPolicy.from_c_value(tags.get(b"c", b"simple/simple"))
        canonical = policy.canonicalize_body(body)
        if b"l" in tags:
            canonical = canonical[: int(tags[b"l"])]
        computed = base64.b64encode(hashlib.sha256(canonical).digest())
        checked += 1
        count += computed != re.sub(rb"\s", b"", tags[b"bh"])
    return count, checked


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    opts = ap.parse_args()
    tool = release_tool.mail_lint()
    files = sorted(glob.glob(os.path.join(opts.corpus, "eml", "**", "*.eml"), recursive=True)
                   + glob.glob(os.path.join(opts.corpus, "malformed", "**", "*.eml"), recursive=True))
    total = agree = signed = with_mismatch = 0
    differ = []
    for path in files:
        raw = open(path, "rb").read()
        theirs, checked = mismatches(raw)
        if checked == 0:
            continue
        signed += checked
        out = subprocess.run([tool, "--rule", "dkim-body-hash-mismatch", "--format", "jsonl", "--fail-on", "never", path],
                             capture_output=True, text=True).stdout
        ours = sum(1 for line in out.splitlines() if line.strip())
        total += 1
        with_mismatch += theirs > 0
        if ours == theirs:
            agree += 1
        else:
            differ.append(f"{os.path.relpath(path, opts.corpus)}: MailLint {ours} mismatch(es), dkimpy {theirs}")
    print(f"messages with SHA-256 DKIM signatures: {total} ({signed} signatures); agreeing: {agree} of {total}; "
          f"messages whose body no longer matches (dkimpy): {with_mismatch}")
    for line in differ:
        print("  " + line)


if __name__ == "__main__":
    main()
