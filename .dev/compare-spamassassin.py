#!/usr/bin/env python3
"""Development-time comparison, not part of the build or the tests: SpamAssassin's tests
that overlap MailLint's standards rules, on every message file of ../shared/corpus.

    apt-get install spamassassin
    python3 .dev/compare-spamassassin.py [--corpus ../shared/corpus] [--jobs 2]

SpamAssassin runs offline (`spamassassin -L -t`); the tests it fired are read from the
X-Spam-Status field of its report. MailLint runs once over the same files
(`--format jsonl`). For each pair below, the script counts the files where both fire, only
SpamAssassin, only MailLint, and lists the disagreements.
"""
import argparse, collections, glob, json, multiprocessing, os, re, subprocess
import release_tool

# (SpamAssassin test, MailLint rule, words the diagnostic's message must hold or "")
PAIRS = [
    ("MISSING_MID", "message-id-missing", ""),
    ("MISSING_DATE", "date-missing", ""),
    ("MISSING_FROM", "from-missing", ""),
    ("INVALID_DATE", "date-invalid", ""),
    ("MIME_HTML_ONLY", "html-only", ""),
    ("MIME_QP_LONG_LINE", "transfer-encoding-invalid", "longer than 76"),
    ("MIME_MISSING_BOUNDARY", "mime-structure-invalid", "close delimiter"),
]


def spamassassin_tests(path):
    out = subprocess.run(["spamassassin", "-L", "-t"], stdin=open(path, "rb"), capture_output=True).stdout
    header = out.split(b"\n\n", 1)[0].decode("latin-1")
    status = re.search(r"^X-Spam-Status:(.*(?:\n[ \t].*)*)", header, re.M)
    if not status:
        return path, None
    text = re.sub(r"\s+", "", status.group(1))
    tests = re.search(r"tests=([^ ]*?)(?:autolearn|version|$)", text)
    names = set(filter(None, re.split(r",", tests.group(1)))) if tests else set()
    return path, names


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", help="a JSON file keeping SpamAssassin's results between runs")
    opts = ap.parse_args()
    corpus = os.path.abspath(opts.corpus)
    files = sorted(glob.glob(os.path.join(corpus, "eml", "**", "*.eml"), recursive=True)
                   + glob.glob(os.path.join(corpus, "malformed", "**", "*.eml"), recursive=True))
    if opts.cache and os.path.exists(opts.cache):
        sa = {path: (set(tests) if tests is not None else None) for path, tests in json.load(open(opts.cache)).items()}
    else:
        with multiprocessing.Pool(opts.jobs) as pool:
            sa = dict(pool.map(spamassassin_tests, files))
        if opts.cache:
            json.dump({p: (sorted(t) if t is not None else None) for p, t in sa.items()}, open(opts.cache, "w"))
    out = subprocess.run([release_tool.mail_lint(), "--format", "jsonl", "--fail-on", "never"] + files,
                         capture_output=True, text=True).stdout
    ours = collections.defaultdict(list)
    for line in out.splitlines():
        d = json.loads(line)
        ours[os.path.abspath(d["file"])].append((d["rule"], d["message"]))
    print(f"files: {len(files)}; SpamAssassin reports read: {sum(1 for v in sa.values() if v is not None)}")
    print()
    print("| SpamAssassin test | MailLint rule | both | SpamAssassin only | MailLint only |")
    print("| --- | --- | --- | --- | --- |")
    details = []
    for test, rule, words in PAIRS:
        both = sa_only = ml_only = 0
        for path in files:
            tests = sa.get(path)
            if tests is None:
                continue
            a = test in tests
            b = any(r == rule and words in m for r, m in ours[path])
            both += a and b
            if a and not b:
                sa_only += 1
                details.append(f"{test} only: {os.path.relpath(path, corpus)}")
            if b and not a:
                ml_only += 1
                details.append(f"{rule} only: {os.path.relpath(path, corpus)}")
        print(f"| `{test}` | `{rule}` | {both} | {sa_only} | {ml_only} |")
    print()
    for line in details:
        print("- " + line)


if __name__ == "__main__":
    main()
