#!/usr/bin/env python3
"""Development-time: writes the large ordinary messages whose peak memory Docs/Reliability.md
reports (10, 50 and 100 MB, personal and bulk), then prints `mail-lint --stats` for each.

    python3 .dev/large-messages.py [--out /tmp/large-messages]

personal: multipart/alternative, half prose in text/plain, half the same kind in <p>s.
bulk: the same with List-Unsubscribe(-Post) and Precedence: bulk, and HTML of one table and
one link a paragraph.
"""
import argparse, os, random, subprocess
import release_tool

WORDS = ("the reply message account order delivery support please contact our team about your "
         "request today with details and thanks").split()


def paragraph(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def message(kind, size, rng):
    head = ("From: Shop <news@example.com>\r\nTo: reader@example.org\r\nSubject: Test\r\n"
            "Date: Mon, 07 Dec 2026 09:00:00 +0000\r\nMessage-ID: <m@example.com>\r\nMIME-Version: 1.0\r\n")
    if kind == "bulk":
        head += ("List-Unsubscribe: <https://example.com/u/1>\r\n"
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nPrecedence: bulk\r\n")
    head += 'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    half = size // 2
    text, n = [], 0
    while n < half:
        p = paragraph(rng, 40) + "\r\n\r\n"
        text.append(p)
        n += len(p)
    html, n = ["<html><body>"], 0
    while n < half:
        if kind == "bulk":
            p = ('<table><tr><td style="color:#333;font-size:14px"><p>%s <a href="https://example.com/p/%d">'
                 "Read more</a></p></td></tr></table>\r\n" % (paragraph(rng, 30), n))
        else:
            p = "<p>%s</p>\r\n" % paragraph(rng, 40)
        html.append(p)
        n += len(p)
    html.append('<p><a href="https://example.com/unsubscribe">Unsubscribe</a></p></body></html>')
    return (head + "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + "".join(text)
            + "\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + "".join(html) + "\r\n--b1--\r\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="/tmp/large-messages")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    binary = release_tool.mail_lint()
    rng = random.Random(7)
    for kind in ("personal", "bulk"):
        for megabytes in (10, 50, 100):
            path = os.path.join(args.out, f"{kind}-{megabytes}.eml")
            with open(path, "w") as f:
                f.write(message(kind, megabytes * 1_000_000, rng))
            run = subprocess.run([binary, "--quiet", "--fail-on", "never", "--stats", path],
                                 capture_output=True, text=True)
            print(f"{kind} {megabytes} MB: {run.stderr.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
