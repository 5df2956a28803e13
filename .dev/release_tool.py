"""Shared by the development-time scripts of .dev/: builds the release `mail-lint` and
returns its path."""
import os, subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def mail_lint():
    """Builds `mail-lint` in release mode (quietly) and returns the executable's path; the
    binary named by the environment's MAIL_LINT instead, to compare with another build."""
    if os.environ.get("MAIL_LINT"):
        return os.environ["MAIL_LINT"]
    subprocess.run(["swift", "build", "-c", "release", "--product", "mail-lint"], cwd=ROOT, check=True,
                   capture_output=True)
    binpath = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(binpath, "mail-lint")


def rules_fired(messages, rules):
    """Writes each message (a str) to a file of its own, lints them all in one run of the
    release `mail-lint` with only `rules`, and returns, per message in order, the set of
    rule ids that reported on it."""
    import json, tempfile
    with tempfile.TemporaryDirectory() as folder:
        for index, text in enumerate(messages):
            with open(os.path.join(folder, f"{index:04d}.eml"), "w", encoding="utf-8") as out:
                out.write(text)
        arguments = [mail_lint(), "lint", "--format", "jsonl", "--quiet", "--fail-on", "never"]
        for rule in rules:
            arguments += ["--rule", rule]
        run = subprocess.run(arguments + [folder], capture_output=True, text=True, check=True)
    fired = [set() for _ in messages]
    for line in run.stdout.splitlines():
        if line:
            finding = json.loads(line)
            fired[int(os.path.basename(finding["file"])[:4])].add(finding["rule"])
    return fired


def score_silence(probes, message, rule, positive, kinds, wrong_words=("missed", "false alarm")):
    """The probes' common reading: each probe (label, language, text) becomes `message(index,
    text)`; a probe labelled `positive` must leave `rule` silent, any other must make it
    report. Prints each probe read wrong and a summary naming `kinds` (the positive texts'
    noun, e.g. "opt-out texts"); returns the number read wrong."""
    fired = rules_fired([message(index, text) for index, (_, _, text) in enumerate(probes)], [rule])
    wrong = 0
    for index, (label, language, text) in enumerate(probes):
        if (not fired[index]) != (label == positive):
            wrong += 1
            print(f"{wrong_words[0] if label == positive else wrong_words[1]}\t{language}\t{text}")
    count = sum(1 for label, _, _ in probes if label == positive)
    print(f"{len(probes)} probes ({count} {kinds}, {len(probes) - count} others): {wrong} read wrong")
    return wrong


def read_probes(name):
    """The probes of `.dev/opt-out-probes/<name>.tsv`: one (label, language, text) per line,
    tab-separated, with `\\r\\n` in a text standing for a line break and an optional fourth
    column naming the text's origin; lines starting with `#` describe the rounds."""
    probes = []
    with open(os.path.join(ROOT, ".dev", "opt-out-probes", name + ".tsv"), encoding="utf-8") as rows:
        for row in rows:
            row = row.rstrip("\n")
            if row and not row.startswith("#"):
                label, language, text = row.split("\t")[:3]
                probes.append((label, language, text.replace("\\r\\n", "\r\n")))
    return probes


def email(index, sender, subject, body, content_type="text/html", extra_headers=""):
    """A probe message: `sender` (a From value), `subject`, `extra_headers` (CRLF-ended
    lines), one `content_type` body in UTF-8; its Message-ID carries `index`."""
    return (f"From: {sender}\r\nTo: a@example.org\r\nSubject: {subject}\r\n"
            f"Date: Sun, 06 Dec 2026 10:00:00 +0000\r\nMessage-ID: <{index}@example.com>\r\n{extra_headers}"
            f"MIME-Version: 1.0\r\nContent-Type: {content_type}; charset=utf-8\r\n\r\n{body}\r\n")
