#!/usr/bin/env python3
"""Development-time check, not part of the build or the tests: a second opinion on the
leaf parts where MailLint and Python's `email` disagree (`.dev/compare-structure.sh`).

    .dev/compare-structure.sh            # first: writes $TMPDIR/maillint-structure/
    python3 .dev/compare-mime-tools.py

Needs perl with MIME::Tools (Debian: `apt-get install libmime-tools-perl`), a mature MIME
parser written independently of both. For every leaf part whose content type, charset,
filename or decoded-text hash differ between MailLint and Python, it prints what each of
the three reads: the content type, the filename and the size of the body after the
transfer decoding. MIME::Tools does no charset decoding, so where the two differ only in
the text (the same size: a charset read differently) it cannot tell; and its sizes of text
parts may differ by a byte or two from both at the part's last line end, so a size counts
only when MailLint's and Python's differ by more than that.
"""
import json
import os
import subprocess
import sys
import tempfile

LEAVES = r"""
use strict; use warnings;
use MIME::Parser; use MIME::Words qw(decode_mimewords);
binmode STDOUT, ':utf8';
sub leaves {
    my ($entity, $path, $out) = @_;
    my @parts = $entity->parts;
    if (@parts) {
        for my $i (0..$#parts) { leaves($parts[$i], $path eq '' ? ($i + 1) : "$path." . ($i + 1), $out) }
    } else {
        push @$out, [$path eq '' ? '1' : $path, $entity];
    }
}
my $parser = MIME::Parser->new;
$parser->output_to_core(1);
$parser->extract_nested_messages(0);
for my $file (@ARGV) {
    my $entity = eval { $parser->parse_open($file) };
    next unless $entity;
    my @out;
    leaves($entity, '', \@out);
    for my $leaf (@out) {
        my ($path, $e) = @$leaf;
        my $filename = $e->head->recommended_filename;
        $filename = decode_mimewords($filename) if defined $filename;
        my $body = $e->bodyhandle ? $e->bodyhandle->as_string : '';
        print join("\t", $file, $path, $e->mime_type // '', $filename // '', length($body)), "\n";
    }
}
"""

FIELDS = ("content_type", "charset", "filename", "text_sha256")


def load(path):
    records = {}
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        records[record["file"]] = {part["path"]: part for part in record.get("parts") or []}
    return records


def differs(field, a, b):
    a, b = (a or None), (b or None)
    if field == "charset":
        return (a or "").lower() != (b or "").lower()
    return a != b


def main():
    out = os.path.join(tempfile.gettempdir(), "maillint-structure")
    corpus = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus")
    corpus = os.environ.get("MAILLINT_CORPUS", corpus)
    oracle = load(os.path.join(out, "oracle.jsonl"))
    ours = load(os.path.join(out, "maillint-normalised.jsonl"))
    disagreements = []
    for file, parts in sorted(oracle.items()):
        if "#" in file:
            continue  # messages of an mbox: MIME::Tools reads single messages
        for path, part in sorted(parts.items()):
            mine = ours.get(file, {}).get(path)
            if mine is None or any(differs(f, part[f], mine[f]) for f in FIELDS):
                disagreements.append((file, path))
    files = sorted({file for file, _ in disagreements})
    result = subprocess.run(["perl", "-e", LEAVES] + files, cwd=corpus, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("perl with MIME::Tools failed: " + result.stderr.strip())
    second = {}
    for line in result.stdout.splitlines():
        file, path, content_type, filename, size = line.split("\t")
        second[(file, path)] = {"content_type": content_type, "filename": filename or None, "size": int(size)}
    tally = {"MailLint": 0, "Python": 0, "neither": 0, "cannot tell": 0}
    for file, path in disagreements:
        python = oracle[file][path]
        mine = ours.get(file, {}).get(path) or {}
        other = second.get((file, path))
        print(f"{file} part {path}")
        for name, reading in (("MailLint", mine), ("Python", python), ("MIME::Tools", other)):
            if reading:
                print(f"  {name:12} {reading.get('content_type')} | {reading.get('filename')} | {reading.get('size')}")
            else:
                print(f"  {name:12} (no such part)")
        sides = []
        for field in ("content_type", "filename", "size"):
            a, b = mine.get(field), python.get(field)
            if field == "size":
                if a is None or b is None or abs(a - b) <= 2:
                    continue
                close = [other is not None and abs(other["size"] - value) <= 2 for value in (a, b)]
                side = "MailLint" if close[0] else "Python" if close[1] else "neither"
            else:
                if (a or None) == (b or None):
                    continue
                value = other.get(field) if other else None
                side = "MailLint" if value == (a or None) else "Python" if value == (b or None) else "neither"
            sides.append(f"{field}: {side}")
            tally[side] += 1
        if not sides:
            tally["cannot tell"] += 1
        print("  MIME::Tools sides with " + ("; ".join(sides) if sides else "— cannot tell (charset decoding)"))
    print("\nfields where MailLint and Python differ, by the side MIME::Tools takes: "
          + ", ".join(f"{k} {v}" for k, v in tally.items() if k != "cannot tell")
          + f"; parts it cannot tell: {tally['cannot tell']}")


main()
