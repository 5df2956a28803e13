#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: the translated user-interface
strings of this machine's gettext catalogues (`/usr/share/locale/<lang>/LC_MESSAGES/*.mo`, a
million and more strings in the grammar's languages), one plain-text message per language,
and `mail-lint --rule dead-end-phrase` over them. Software messages are not mail, and the
strings run together without sentence ends where they start in lower case, so this counts
how often the grammar speaks where nothing is a dead end; each finding is printed to be read.

    python3 .dev/probe-dead-end-ui-strings.py
"""
import collections, glob, json, os, struct, subprocess, tempfile
import release_tool

LANGS = "en de fr es pt pt_BR it nl sv da nb fi pl cs sk ru uk hu tr ro el id vi ar he ja zh_CN zh_TW ko th".split()


def strings(path):
    data = open(path, "rb").read()
    if len(data) < 28:
        return []
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    count, _, translations = struct.unpack(order + "III", data[8:20])
    found = []
    for index in range(count):
        length, offset = struct.unpack(order + "II", data[translations + 8 * index:translations + 8 * index + 8])
        for part in data[offset:offset + length].split(b"\x00"):
            try:
                found.append(part.decode("utf-8"))
            except UnicodeDecodeError:
                pass
    return found


def main():
    with tempfile.TemporaryDirectory() as folder:
        total = 0
        for lang in LANGS:
            texts = [t for path in glob.glob(f"/usr/share/locale/{lang}/LC_MESSAGES/*.mo") for t in strings(path) if t.strip()]
            total += len(texts)
            if texts:
                with open(os.path.join(folder, f"{lang}.eml"), "w", encoding="utf-8") as out:
                    out.write("From: a@example.com\nSubject: x\nContent-Type: text/plain; charset=utf-8\n\n")
                    out.write("\n\n".join(t.replace("\r", "") for t in texts) + "\n")
        run = subprocess.run([release_tool.mail_lint(), "lint", "--format", "jsonl", "--quiet", "--fail-on", "never",
                              "--rule", "dead-end-phrase", folder], capture_output=True, text=True, check=True)
    counts = collections.Counter()
    for line in run.stdout.splitlines():
        finding = json.loads(line)
        evidence = {e["label"]: e["value"] for e in finding["evidence"]}
        counts[evidence["language"]] += 1
        print(f"{os.path.basename(finding['file'])}\t{evidence['pattern']}\t{evidence['sentence'][-140:]}")
    print(f"{total} strings: {sum(counts.values())} findings; by language: {dict(counts)}")


if __name__ == "__main__":
    main()
