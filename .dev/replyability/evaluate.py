#!/usr/bin/env python3
"""Development-time measurement, not part of the build or the tests: precision and recall
of `dead-end-phrase` on real sentences with their provenance (sentences.tsv).

    python3 .dev/replyability/evaluate.py [--split held-out|development|all] [--misses]

Each sentence is written, as it is, into the body of an otherwise plain message
(text/plain, UTF-8, and the same sentence again inside a minimal HTML part of a second
message), and the release `mail-lint --rule dead-end-phrase` reads all of them in one run.
A sentence counts as recognised when the plain and the HTML message both get the finding;
the two never disagreed when this was written, and a disagreement is printed.

sentences.tsv: label (D = a dead-end statement, L = a look-alike that is not one),
language, sentence, source, split. The split is by whole source (SOURCES.md explains it).
"""
import argparse, collections, html, json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import release_tool  # noqa: E402

FAMILIES = {
    "en": "Germanic", "de": "Germanic", "nl": "Germanic", "sv": "Germanic", "da": "Germanic",
    "nb": "Germanic", "fr": "Romance", "es": "Romance", "pt": "Romance", "it": "Romance",
    "ro": "Romance", "pl": "Slavic", "cs": "Slavic", "sk": "Slavic", "ru": "Slavic", "uk": "Slavic",
    "el": "Greek", "fi": "Uralic", "hu": "Uralic", "tr": "Turkic", "id": "Austronesian",
    "vi": "Austroasiatic", "ar": "Semitic", "he": "Semitic", "ja": "East Asian", "zh": "East Asian",
    "zh-Hant": "East Asian", "ko": "East Asian", "th": "Kra-Dai",
}


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) not in (5, 6) or fields[0] not in ("D", "L"):
                sys.exit(f"{path}:{number}: expected label, language, sentence, source, split[, licence]")
            rows.append(dict(zip(("label", "lang", "sentence", "source", "split", "licence"), fields)))
    return rows


def message(sentence, as_html):
    if as_html:
        body = ("<!DOCTYPE html><html><body><p>Hello,</p><p>Your request has been received.</p>"
                f"<p>{html.escape(sentence)}</p></body></html>\r\n")
        kind = "text/html"
    else:
        body = f"Hello,\r\n\r\nYour request has been received.\r\n\r\n{sentence}\r\n"
        kind = "text/plain"
    head = ("From: Example Service <service@example.com>\r\nTo: reader@example.org\r\n"
            "Subject: Your request\r\nDate: Mon, 07 Dec 2026 09:00:00 +0000\r\n"
            "Message-ID: <eval@example.com>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: {kind}; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return (head + body).encode("utf-8")


def recognised(binary, rows):
    with tempfile.TemporaryDirectory() as folder:
        for index, row in enumerate(rows):
            for as_html in (False, True):
                name = f"{index:05d}-{'html' if as_html else 'text'}.eml"
                with open(os.path.join(folder, name), "wb") as f:
                    f.write(message(row["sentence"], as_html))
        run = subprocess.run([binary, "--rule", "dead-end-phrase", "--format", "jsonl", "--quiet",
                              "--fail-on", "never", folder], capture_output=True, text=True)
        found = collections.defaultdict(dict)
        for line in run.stdout.splitlines():
            finding = json.loads(line)
            name = os.path.basename(finding["file"])
            evidence = {e["label"]: e["value"] for e in finding["evidence"]}
            found[int(name[:5])][name[6:10]] = evidence.get("pattern", "?")
    result = []
    for index, row in enumerate(rows):
        kinds = found.get(index, {})
        if len(kinds) == 1:
            print(f"plain and HTML disagree on: {row['sentence']}", file=sys.stderr)
        result.append(kinds.get("text") or kinds.get("html"))
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="held-out",
                        help="a split named in the file's fifth column (held-out, held-out-2, …, development), or all")
    parser.add_argument("--misses", action="store_true", help="print every miss and false alarm")
    parser.add_argument("--table", action="store_true", help="print the Markdown table only")
    parser.add_argument("--sentences", default=os.path.join(HERE, "sentences.tsv"),
                        help="another file in the same format (probes written here, never tuned on)")
    args = parser.parse_args()
    every = read_rows(args.sentences)
    splits = sorted({r["split"] for r in every})
    if args.split != "all" and args.split not in splits:
        parser.error(f"no split {args.split!r} in {args.sentences}; it has: {', '.join(splits)}")
    rows = [r for r in every if args.split == "all" or r["split"] == args.split]
    patterns = recognised(release_tool.mail_lint(), rows)

    counts = collections.defaultdict(collections.Counter)
    for row, pattern in zip(rows, patterns):
        outcome = {("D", True): "tp", ("D", False): "fn", ("L", True): "fp", ("L", False): "tn"}[
            (row["label"], pattern is not None)]
        for key in (FAMILIES.get(row["lang"], "other"), "all"):
            counts[key][outcome] += 1
        counts["lang:" + row["lang"]][outcome] += 1
        if args.misses and outcome in ("fn", "fp"):
            print(f"{outcome}\t{row['lang']}\t{row['sentence']}\t{pattern or ''}")

    def line(name, c):
        d, l = c["tp"] + c["fn"], c["fp"] + c["tn"]
        recall = f"{c['tp'] / d:.3f}" if d else "–"
        precision = f"{c['tp'] / (c['tp'] + c['fp']):.3f}" if c["tp"] + c["fp"] else "–"
        return f"| {name} | {d} | {l} | {c['tp']} | {c['fn']} | {c['fp']} | {recall} | {precision} |"

    print(f"Split: {args.split}; {len(rows)} sentences.\n")
    print("| family | dead-end | look-alike | found | missed | false alarms | recall | precision |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for family in sorted(k for k in counts if not k.startswith("lang:") and k != "all"):
        print(line(family, counts[family]))
    print(line("**all**", counts["all"]))
    if not args.table:
        languages = sorted(k for k in counts if k.startswith("lang:"))
        print("\nLanguages: " + ", ".join(f"{k[5:]} {sum(counts[k].values())}" for k in languages))


if __name__ == "__main__":
    main()
