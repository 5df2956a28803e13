#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: opt-out link texts written
here (not taken from the corpus or the vocabulary), each put in a bulk message whose link
URL carries no opt-out word, and `mail-lint --rule unsubscribe-link-missing` run over them.
A text labelled O must be recognised (no finding); one labelled N must not (a finding).
The texts, round by round, are in `.dev/opt-out-probes/links.tsv`.

    python3 .dev/probe-opt-out-links.py
"""
import release_tool

PROBES = release_tool.read_probes("links")


def message(index, text):
    body = (f'<html><body><p>News of the week.</p><p><a href="https://example.com/r/{index}7x">{text}</a></p>'
            '<p>Contact: help@example.com</p></body></html>')
    return release_tool.email(index, "News <news@example.com>", "News", body,
                              extra_headers="Precedence: bulk\r\nList-Id: <news.example.com>\r\n")


def main():
    release_tool.score_silence(PROBES, message, "unsubscribe-link-missing", "O", "opt-out texts", ("missed", "false alarm"))


if __name__ == "__main__":
    main()
