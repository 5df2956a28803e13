#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: opt-out lines in plain-text
newsletters (the URL after the words, on the next line, in angle brackets, the words after
the URL, in many languages), each the only opt-out in a text/plain bulk message, and
`mail-lint --rule unsubscribe-link-missing` run over them. A line labelled O must be read as
an opt-out link (no finding); one labelled N must not (a finding). The lines, round by round,
are in `.dev/opt-out-probes/plain.tsv`: written here (from session 15 on), not taken from the
corpus or the rules' word lists, but for the phpBB packs' lines whose fourth column names
their repository.

    python3 .dev/probe-opt-out-plain.py
"""
import release_tool

PROBES = release_tool.read_probes("plain")


def message(index, line):
    body = f"News of the week: five new arrivals.\r\n\r\nRead them all at https://e.com/news\r\n\r\n{line}\r\n"
    return release_tool.email(index, "News <news@e.com>", "News", body, "text/plain",
                              "Precedence: bulk\r\nList-Id: <news.e.com>\r\n")


def main():
    release_tool.score_silence(PROBES, message, "unsubscribe-link-missing", "O", "opt-out lines", ("missed", "false link"))


if __name__ == "__main__":
    main()
