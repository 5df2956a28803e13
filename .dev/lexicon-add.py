#!/usr/bin/env python3
"""Development-time editor for the word classes of DeadEndLexicon*.swift (not part of the
build): adds words to one language's class, keeping each class one `|`-separated value split
over lines of at most 115 columns, and drops words the class already has.

    python3 .dev/lexicon-add.py LANG CLASS 'word|word phrase|…' [LANG CLASS WORDS]…

LANG is the block's BCP 47 code ("de", "zh-Hant"), CLASS a `DeadEndWord` case name. A class
the block does not have yet is added as its last entry.
"""
import glob, os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "MailLint", "Rules", "DeadEnd")
WIDTH = 115


def block_bounds(lines, code):
    start = next((i for i, line in enumerate(lines) if line.strip().startswith(f'"{code}", "')), None)
    if start is None:
        return None
    end = next(i for i in range(start, len(lines)) if lines[i].strip() == "]),")
    return start, end


def emit(indent, name, words):
    """The class as Swift lines: breaks fall after a `|`, continuations start with `+`."""
    out, line = [], f"{indent}.{name}: \""
    for index, word in enumerate(words):
        piece = word + ("|" if index < len(words) - 1 else "")
        if len(line) + len(piece) + 2 > WIDTH and not line.endswith('"'):
            out.append(line + "\"")
            line = f"{indent}    + \"{piece}"
        else:
            line += piece
    out.append(line + "\",")
    return out


def add(code, name, new_words):
    for path in sorted(glob.glob(os.path.join(ROOT, "DeadEndLexicon*.swift"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        bounds = block_bounds(lines, code)
        if not bounds:
            continue
        start, end = bounds
        entry = next((i for i in range(start, end) if re.match(rf"\s*\.{name}:", lines[i])), None)
        if entry is None:
            first_entry = next(i for i in range(start, end) if re.match(r"\s*\.\w+:", lines[i]))
            indent = re.match(r"\s*", lines[first_entry]).group(0)
            lines[end:end] = emit(indent, name, [w for w in new_words.split("|") if w])
        else:
            indent = re.match(r"\s*", lines[entry]).group(0)
            last = entry
            while not lines[last].rstrip().endswith("\","):
                last += 1
            text = "\n".join(lines[entry:last + 1])
            # An empty class ("") holds no words, not one empty word.
            words = [w for w in "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', text)).split("|") if w]
            merged = [w for w in new_words.split("|") if w and w not in words] + words
            lines[entry:last + 1] = emit(indent, name, merged)
        open(path, "w", encoding="utf-8").write("\n".join(lines))
        return
    sys.exit(f"no block for {code}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args or len(args) % 3:
        sys.exit(__doc__)
    for i in range(0, len(args), 3):
        add(*args[i:i + 3])
