#!/usr/bin/env python3
"""Development-time review, not part of the build or the tests: every finding of the
unsubscribe rules on ../shared/corpus, as a Markdown table for Docs/Reviews/unsubscribe.md.

    python3 .dev/review-unsubscribe.py [--corpus ../shared/corpus] > /tmp/table.md

Each row carries the verdict given when the finding was read against the message (REVIEW
below: rule, path fragment, verdict, why). A finding without a verdict is printed as
"unreviewed" and counted, so that a new finding cannot slip into the figures unread.
"""
import argparse, collections, json, os, subprocess
import release_tool

RULES = [
    "list-unsubscribe-missing", "list-unsubscribe-invalid", "list-unsubscribe-no-https",
    "one-click-unsubscribe-missing", "one-click-unsubscribe-invalid", "unsubscribe-headers-not-signed",
    "list-unsubscribe-not-opaque", "unsubscribe-link-missing", "unsubscribe-link-hidden", "unsubscribe-link-tiny",
    "unsubscribe-link-low-contrast", "unsubscribe-link-image-only", "unsubscribe-link-missing-in-text-part",
]

# (rule or "*", path fragment, verdict, why): the first match wins.
REVIEW = [
    ("unsubscribe-link-low-contrast", "spamassassin/spam/006.eml", "false positive",
     "spam whose 7bit HTML holds undecoded quoted-printable (`color=3D\"…\"`); Chromium reads that markup as #0000ee on #3dffff (7.58:1), libxml2 and MailLint as #aaaaaa on white"),
    ("*", "eml/chatmail/", "correct",
     "a real sender's header on a test fixture whose body was cut to a stub: by the message's bytes the finding holds"),
    ("unsubscribe-link-missing", "spamassassin/nice/", "correct",
     "a discussion-list post (List-Id, Precedence: bulk/list): the list adds no footer, so the body offers no way out"),
    ("unsubscribe-link-missing", "mimekit-content-length.mbox", "correct", "a 1996 list post (Precedence: bulk) without footer"),
    ("unsubscribe-link-missing", "welcomelists/cert.org.eml", "correct", "advisory list: unsubscribe only through a Majordomo mailto in the header"),
    ("list-unsubscribe-missing", "spamassassin/spam/", "correct", "spam: bulk by its remove link, no List-Unsubscribe"),
    ("list-unsubscribe-missing", "malformed/spamassassin/spam/", "correct", "spam: bulk by its unsubscribe link, no List-Unsubscribe"),
    ("list-unsubscribe-missing", "", "correct", "bulk by the signals shown; the header has no List-Unsubscribe"),
    ("list-unsubscribe-invalid", "klaviyo", "correct", "List-Unsubscribe written as RFC 2047 encoded words: clients read no URI"),
    ("list-unsubscribe-invalid", "fairmailing", "correct", "List-Unsubscribe written as RFC 2047 encoded words: clients read no URI"),
    ("list-unsubscribe-invalid", "optimizely", "correct", "URIs without angle brackets (`http://…?bmMailId=, 5812L1QV-…`)"),
    ("list-unsubscribe-no-https", "", "correct", "only mailto or http URIs: no RFC 8058 one-click for Gmail"),
    ("one-click-unsubscribe-missing", "", "correct", "an HTTPS URI and no List-Unsubscribe-Post"),
    ("one-click-unsubscribe-invalid", "rewe", "correct", "`ListUnsubscribe=One-Click` (hyphen missing)"),
    ("list-unsubscribe-not-opaque", "trusted-shops", "correct", "the mailto subject carries the recipient's address base64-encoded"),
    ("unsubscribe-link-missing-in-text-part", "", "correct", "read the text/plain part: no opt-out URL or address in it"),
    ("unsubscribe-link-missing", "", "correct", "read the body: no visible opt-out link in any text part"),
    ("unsubscribe-link-low-contrast", "", "correct", "ratio confirmed by headless Chromium's computed colours"),
    ("unsubscribe-link-tiny", "", "correct", "8px confirmed by headless Chromium's computed font size"),
    ("unsubscribe-link-image-only", "", "correct", "image link to an unsubscribe URL without alt text"),
]


def verdict(rule, path):
    for r, fragment, v, why in REVIEW:
        if (r == "*" or r == rule) and fragment in path:
            return v, why
    return "unreviewed", ""


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    opts = ap.parse_args()
    args = [release_tool.mail_lint(), "--format", "jsonl", "--fail-on", "never"]
    for rule in RULES:
        args += ["--rule", rule]
    corpus = os.path.abspath(opts.corpus)
    out = subprocess.run(args + [corpus], capture_output=True, text=True, cwd=corpus).stdout
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    counts = collections.Counter()
    per_rule = collections.defaultdict(collections.Counter)
    print("| # | rule | where | finding and evidence | verdict | why |")
    print("| --- | --- | --- | --- | --- | --- |")
    for number, d in enumerate(rows, 1):
        path = os.path.relpath(d["file"], corpus)
        where = f"`{path}:{d['line']}:{d['column']}`" + (f" message {d['message_index']}" if d["message_index"] is not None else "")
        evidence = "; ".join(f"{e['label']}: {e['value']}" for e in d["evidence"])
        what = d["message"] + (f" — {evidence}" if evidence else "")
        what = what.replace("|", "\\|").replace("\n", " ")
        if len(what) > 260:
            what = what[:257] + "…"
        v, why = verdict(d["rule"], path)
        counts[v] += 1
        per_rule[d["rule"]][v] += 1
        print(f"| {number} | `{d['rule']}` | {where} | {what} | {v} | {why} |")
    print()
    print("| rule | findings | correct | false positive |")
    print("| --- | --- | --- | --- |")
    for rule in RULES:
        c = per_rule[rule]
        print(f"| `{rule}` | {sum(c.values())} | {c['correct']} | {c['false positive']} |")
    total = sum(counts.values())
    reviewed = counts["correct"] + counts["false positive"]
    print()
    print(f"Total: {total} findings, {counts['correct']} correct, {counts['false positive']} false positive, "
          f"{counts['unreviewed']} unreviewed; precision {100.0 * counts['correct'] / reviewed:.1f}%.")


if __name__ == "__main__":
    main()
