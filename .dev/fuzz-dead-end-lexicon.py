#!/usr/bin/env python3
"""Development-time fuzzing, not part of the build or the tests: sentences made of random words
and phrases of the dead-end lexicon (per language, and all languages mixed, with and without
spaces and sentence ends), as plain-text and HTML messages, linted by the release `mail-lint`.
Any exit other than 0 (a trap is 132 or 133) is printed with its file, which is kept.

    python3 .dev/fuzz-dead-end-lexicon.py [--seed N] [--sentences N]
"""
import argparse, glob, os, random, re, subprocess, tempfile
import release_tool

LEXICON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "MailLint", "Rules", "DeadEnd")


def languages():
    """The words and phrases of every class, by language code."""
    found = {}
    for path in glob.glob(os.path.join(LEXICON, "DeadEndLexicon*.swift")):
        for block in re.split(r"DeadEndLanguage\(", open(path, encoding="utf-8").read())[1:]:
            code = re.match(r'\s*"([\w-]+)"', block)
            if not code:
                continue
            words = []
            for entry in re.finditer(r'\.(\w+):\s*((?:"(?:[^"\\]|\\.)*"\s*(?:\+\s*)?)+)', block):
                words += [w for w in "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', entry.group(2))).split("|") if w]
            found[code.group(1)] = words
    return found


def sentences(rng, words, count, joiners):
    return [rng.choice(joiners).join(rng.choice(words) for _ in range(rng.randint(2, 12)))
            + rng.choice([".", ",", "", "!", "?", ";", ":", "。", "，"]) for _ in range(count)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--sentences", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lexicon = languages()
    everything = [w for words in lexicon.values() for w in words]
    binary = release_tool.mail_lint()
    directory = tempfile.mkdtemp(prefix="dead-end-fuzz-")
    inputs = [(code, words, [" "]) for code, words in sorted(lexicon.items())] + [("mixed", everything, [" ", ""])]
    failures = 0
    for code, words, joiners in inputs:
        lines = sentences(rng, words, args.sentences, joiners)
        for kind, body in (("plain", "\n".join(lines)),
                           ("html", "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>")):
            path = os.path.join(directory, f"{code}-{kind}.eml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(f"From: a@example.com\nContent-Type: text/{kind}; charset=utf-8\n\n{body}\n")
            run = subprocess.run([binary, "--quiet", "--fail-on", "never", "--rule", "dead-end-phrase", path],
                                 capture_output=True)
            if run.returncode != 0:
                failures += 1
                print(f"exit {run.returncode}: {path}")
    print(f"{len(inputs) * 2} messages of {args.sentences} sentences each (seed {args.seed}): {failures} failed")


if __name__ == "__main__":
    main()
