#!/usr/bin/env python3
"""Development-time review, not part of the build or the tests: every finding of the
link-honesty rules on the corpus, written to `Docs/Reviews/links-findings.md` with a check
made here, apart from MailLint:

- link-insecure: the finding's URL is read with Python's `urllib.parse`: its scheme must be
  `http`, its host the finding's host;
- link-shortener: the URL's host must be the shortener or a subdomain of it;
- link-text-domain-mismatch and link-to-ip-address are listed for reading (their verdicts,
  read by hand, are in `Docs/Reviews/links.md`).

    python3 .dev/review-links.py [--corpus ../shared/corpus] [--markdown Docs/Reviews/links-findings.md]
"""
import argparse, collections, json, os, subprocess, urllib.parse
import release_tool

RULES = ["link-insecure", "link-shortener", "link-text-domain-mismatch", "link-to-ip-address"]


def check(rule, evidence):
    url = evidence.get("url") or evidence.get("href", "")
    parsed = urllib.parse.urlsplit(url.strip())
    host = (parsed.hostname or "").lower()
    if rule == "link-insecure":
        return parsed.scheme.lower() == "http" and host == evidence["host"], f"scheme {parsed.scheme}, host {host}"
    if rule == "link-shortener":
        short = evidence["shortener"]
        return host == short or host.endswith("." + short), f"host {host}"
    return None, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
    ap.add_argument("--markdown", default=os.path.join(os.path.dirname(__file__), "..", "Docs", "Reviews",
                                                       "links-findings.md"))
    opts = ap.parse_args()
    tool = release_tool.mail_lint()
    args = [tool, "lint", "--quiet", "--fail-on", "never", "--format", "jsonl"]
    for rule in RULES:
        args += ["--rule", rule]
    roots = [os.path.join(opts.corpus, d) for d in ("eml", "malformed", "mbox", "html")]
    out = subprocess.run(args + roots, capture_output=True, text=True).stdout
    rows = collections.defaultdict(list)
    counts = collections.defaultdict(collections.Counter)
    for line in out.splitlines():
        finding = json.loads(line)
        evidence = {e["label"]: e["value"] for e in finding["evidence"]}
        ok, detail = check(finding["rule"], evidence)
        verdict = "listed for reading" if ok is None else ("confirmed" if ok else "NOT confirmed")
        counts[finding["rule"]][verdict] += 1
        name = os.path.relpath(finding["file"], opts.corpus)
        if finding.get("message_index") is not None:
            name += f" #{finding['message_index']}"
        url = evidence.get("url") or evidence.get("href", "")
        url = url if len(url) <= 90 else url[:87] + "…"
        rows[finding["rule"]].append(
            f"| `{name}` | {finding['line']}:{finding['column']} | {finding['message']} | `{url}` | {verdict} | {detail} |")
    with open(opts.markdown, "w") as md:
        md.write("# Every link-honesty finding on the corpus\n\nWritten by `python3 .dev/review-links.py`: every "
                 "finding of the link rules on `../shared/corpus` with a check made apart from MailLint (Python's "
                 "`urllib.parse` reads each URL again). `Docs/Reviews/links.md` has the verdicts read by hand.\n")
        for rule in RULES:
            md.write(f"\n## {rule}\n\n| file | line:column | message | url | verdict | detail |\n"
                     "| --- | --- | --- | --- | --- | --- |\n")
            md.write("\n".join(rows[rule]) + "\n")
    for rule in RULES:
        print(rule, dict(counts[rule]))


if __name__ == "__main__":
    main()
