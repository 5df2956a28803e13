"""Shared by the development-time scripts of .dev/: builds the release `mail-lint` and
returns its path."""
import os, subprocess

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))


def mail_lint():
    """Builds `mail-lint` in release mode (quietly) and returns the executable's path."""
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
