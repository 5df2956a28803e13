#!/usr/bin/env python3
"""Development-time review, not part of the build or the tests: checks every finding of
the structural accessibility rules on the corpus against an independent reading of the same
HTML by Python's `html.parser` (not libxml2), and prints the tables of
`Docs/Reviews/accessibility.md`.

    python3 .dev/review-accessibility.py [--corpus ../shared/corpus] [--show 20]

For each finding the HTML part is taken from the message by Python's `email` (the part path
MailLint reports, `2.1`, walked from the root), or the template file itself, and the fault
is looked for again:

- html-lang-missing, html-dir-missing: no non-blank `lang`/`xml:lang` (`dir`) on `<html>`,
  `<body>` or the first element inside the body;
- title-missing: no `<title>` with text;
- image-alt-missing: an `<img>` without `alt`, not 2px or less by attribute or inline
  style, not `role="presentation"`/`"none"` or `aria-hidden`, not under an inline
  `display:none`; the count is compared too;
- layout-table-role-missing: a `<table>` without `role="presentation"`/`"none"` whose own
  rows hold no `<th>`, `<caption>` or `<thead>`;
- link-text-vague: the link texts the finding lists, printed for reading;
- text-low-contrast, link-text-missing (with `--browser`, the measurements
  `compare-accessibility-browser.py --json` wrote): the finding's colour pair among the
  pairs Chromium measured below the ratio in the same HTML (channels within 2), and
  Chromium's count of links without a name.

A finding the independent reading confirms is a true positive; the others are printed.
With `--markdown FILE`, every finding is written to a table with its verdict.
"""
import argparse, collections, email, email.policy, glob, json, mailbox, os, re, subprocess
from html.parser import HTMLParser
import release_tool

RULES = ["html-lang-missing", "html-dir-missing", "title-missing", "image-alt-missing",
         "layout-table-role-missing", "link-text-vague", "text-low-contrast", "link-text-missing"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, dict(attrs), parent, [], ""


class Tree(HTMLParser):
    VOID = {"img", "br", "hr", "meta", "link", "input", "area", "base", "col", "wbr", "source"}

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.current = self.root
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, [(k, v or "") for k, v in attrs], self.current)
        self.current.children.append(node)
        if tag not in self.VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.text += data

    def all(self, tag, node=None):
        node = node or self.root
        for child in node.children:
            if child.tag == tag:
                yield child
            yield from self.all(tag, child)


def wrappers(tree):
    found = list(tree.all("html"))[:1]
    body = next(tree.all("body"), None)
    if body is not None:
        found.append(body)
        if body.children:
            found.append(body.children[0])
    return found


def hidden_inline(node):
    while node is not None:
        if re.search(r"display\s*:\s*none", node.attrs.get("style", ""), re.I):
            return True
        node = node.parent
    return False


def pixel(img):
    for name in ("width", "height"):
        m = re.match(r"\s*([\d.]+)", img.attrs.get(name, ""))
        if m and float(m.group(1)) <= 2:
            return True
        m = re.search(name + r"\s*:\s*([\d.]+)px", img.attrs.get("style", ""), re.I)
        if m and float(m.group(1)) <= 2:
            return True
    return False


def images_without_alt(tree):
    return [img for img in tree.all("img") if "alt" not in img.attrs and not pixel(img)
            and img.attrs.get("role", "").lower() not in ("presentation", "none")
            and img.attrs.get("aria-hidden", "").lower() != "true" and not hidden_inline(img)]


def layout_tables(tree):
    def marks(table):
        stack = list(table.children)
        while stack:
            node = stack.pop()
            if node.tag in ("th", "caption", "thead"):
                return True
            if node.tag != "table":
                stack.extend(node.children)
        return False
    return [t for t in tree.all("table") if t.attrs.get("role", "").lower() not in ("presentation", "none")
            and not marks(t) and not hidden_inline(t)]


def rgb(hexcolor):
    return tuple(int(hexcolor[i:i + 2], 16) for i in (1, 3, 5))


def confirm_browser(rule, finding, measured):
    if measured is None:
        return False, "no browser measurement"
    if rule == "link-text-missing":
        m = re.match(r"(\d+) links", finding["message"])
        ours = int(m.group(1)) if m else 1
        return measured["nameless"] >= 1, f"{ours} here, {measured['nameless']} in Chromium"
    m = re.search(r"(#[0-9a-f]{6}) on (#[0-9a-f]{6})", finding["message"])
    pair = rgb(m.group(1)) + rgb(m.group(2))
    for key in measured["pairs"]:
        fg, bg = key.split()
        if all(abs(a - b) <= 2 for a, b in zip(pair, rgb(fg) + rgb(bg))):
            return True, f"{m.group(1)} on {m.group(2)}: Chromium {measured['pairs'][key]:.2f}:1"
    return False, f"{m.group(1)} on {m.group(2)} not among Chromium's pairs"


def document_label(finding, corpus):
    """The label compare-accessibility-browser.py gives the finding's HTML."""
    path = os.path.relpath(finding["file"], corpus)
    if path.endswith(".html"):
        return path
    message = email.message_from_bytes(open(finding["file"], "rb").read(), policy=email.policy.default)
    target = resolve(message, finding.get("part"))
    htmls = [p for p in message.walk() if p.get_content_type() == "text/html"]
    for index, part in enumerate(htmls):
        if part is target:
            return f"{path} html#{index + 1}"
    return None


def resolve(message, path):
    part = message
    for number in (path or "1").split("."):
        while part.get_content_maintype() == "message" and isinstance(part.get_payload(), list):
            part = part.get_payload()[0]
        if part.is_multipart():
            part = part.get_payload()[int(number) - 1]
    return part


def confirm(rule, tree, finding):
    if rule in ("html-lang-missing", "html-dir-missing"):
        names = ("lang", "xml:lang") if rule == "html-lang-missing" else ("dir",)
        return not any(w.attrs.get(n, "").strip() for w in wrappers(tree) for n in names), ""
    if rule == "title-missing":
        return not any(t.text.strip() for t in tree.all("title")), ""
    if rule == "image-alt-missing":
        count = len(images_without_alt(tree))
        m = re.match(r"(\d+) images", finding["message"])
        return count > 0, f"{count} here, {m.group(1) if m else 1} in MailLint"
    if rule == "layout-table-role-missing":
        return len(layout_tables(tree)) > 0, ""
    return True, finding["evidence"][0]["value"]


def part_html(finding, corpus):
    path = finding["file"]
    if path.endswith(".html"):
        return open(path, "rb").read().decode("utf-8", "replace")
    raw = open(path, "rb").read()
    if finding.get("message_index") is not None:
        box = mailbox.mbox(path)
        raw = box.get_bytes(list(box.keys())[finding["message_index"]])
    message = email.message_from_bytes(raw, policy=email.policy.default)
    # A message/rfc822 part's own message's parts are numbered under it.
    part = resolve(message, finding.get("part"))
    try:
        return part.get_content()
    except Exception:
        return (part.get_payload(decode=True) or b"").decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus"))
    ap.add_argument("--show", type=int, default=20)
    ap.add_argument("--browser", help="the JSON compare-accessibility-browser.py --json wrote")
    ap.add_argument("--markdown", help="write every finding with its verdict to this file")
    opts = ap.parse_args()
    browser = json.load(open(opts.browser)) if opts.browser else None
    rows = []
    tool = release_tool.mail_lint()
    roots = [os.path.join(opts.corpus, d) for d in ("eml", "malformed", "mbox", "html")]
    args = [tool, "lint", "--quiet", "--fail-on", "never", "--format", "jsonl"]
    for rule in RULES:
        args += ["--rule", rule]
    out = subprocess.run(args + roots, capture_output=True, text=True).stdout
    counts = collections.defaultdict(collections.Counter)
    notes = []
    for line in out.splitlines():
        finding = json.loads(line)
        rule = finding["rule"]
        if rule in ("text-low-contrast", "link-text-missing"):
            if browser is None:
                continue
            label = document_label(finding, opts.corpus)
            ok, detail = confirm_browser(rule, finding, browser.get(label))
        else:
            try:
                tree = Tree(part_html(finding, opts.corpus))
            except Exception as error:
                counts[rule]["unread"] += 1
                notes.append(f"{rule} {finding['file']}: not read here ({error})")
                continue
            ok, detail = confirm(rule, tree, finding)
        rows.append((rule, os.path.relpath(finding["file"], opts.corpus), finding.get("message_index"),
                     f"{finding['line']}:{finding['column']}", finding["message"], ok, detail))
        counts[rule]["confirmed" if ok else "not confirmed"] += 1
        if not ok or rule == "link-text-vague" or (detail and detail.split(" here")[0] != detail.split(", ")[-1].split(" ")[0]):
            notes.append(f"{rule} {os.path.relpath(finding['file'], opts.corpus)} part {finding.get('part')}: "
                         f"{'confirmed' if ok else 'NOT confirmed'} {detail}")
    print("| rule | findings | confirmed | not confirmed | precision |")
    print("|---|---:|---:|---:|---:|")
    for rule in RULES:
        c = counts[rule]
        total = sum(c.values())
        print(f"| `{rule}` | {total} | {c['confirmed']} | {c['not confirmed'] + c['unread']} | "
              f"{(c['confirmed'] / total if total else 0):.3f} |")
    for note in notes[:opts.show]:
        print("  " + note)
    if opts.markdown:
        with open(opts.markdown, "w") as out:
            out.write("# Every accessibility finding on the corpus\n\n"
                      "Written by `python3 .dev/review-accessibility.py --browser BROWSER.json --markdown FILE`: "
                      "every finding of the eight accessibility rules on `../shared/corpus`, with the verdict of "
                      "the independent reading (Python's `html.parser` for the structural rules, headless "
                      "Chromium for `text-low-contrast` and `link-text-missing`; `link-text-vague`'s texts read "
                      "by hand). `Docs/Reviews/accessibility.md` has the method and the figures.\n")
            for rule in RULES:
                out.write(f"\n## {rule}\n\n| file | line:column | message | verdict | detail |\n| --- | --- | --- | --- | --- |\n")
                for r, path, index, where, message, ok, detail in rows:
                    if r != rule:
                        continue
                    name = path + (f" #{index}" if index is not None else "")
                    detail = detail.replace("|", "\\|").replace("\n", " ")
                    if len(detail) > 160:
                        detail = detail[:157] + "…"
                    out.write(f"| `{name}` | {where} | {message} | {'confirmed' if ok else 'not confirmed'} | {detail} |\n")


if __name__ == "__main__":
    main()
