#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: opt-out lines in plain-text
newsletters (the URL after the words, on the next line, in angle brackets, the words after
the URL, in many languages), each the only opt-out in a text/plain bulk message, and
`mail-lint --rule unsubscribe-link-missing` run over them. A line labelled O must be read as
an opt-out link (no finding); one labelled N must not (a finding). Written here (session 15),
not taken from the corpus or the rules' word lists.

    python3 .dev/probe-opt-out-plain.py
"""
import release_tool

PROBES = [
    ("O", "en", "To unsubscribe, visit https://e.com/x/81"), ("O", "en", "Unsubscribe: https://e.com/x/81"),
    ("O", "en", "Unsubscribe here:\r\nhttps://e.com/x/81"), ("O", "en", "Unsubscribe <https://e.com/x/81>"),
    ("O", "en", "If you no longer wish to receive these emails, go to https://e.com/x/81"),
    ("O", "en", "Manage your email preferences: https://e.com/x/81"),
    ("O", "en", "Stop receiving these emails: https://e.com/x/81"),
    ("O", "en", "https://e.com/x/81 - unsubscribe from this list"),
    ("O", "en", "Don't want these emails? Opt out at https://e.com/x/81"),
    ("O", "de", "Abmelden: https://e.com/x/81"), ("O", "de", "Newsletter abbestellen: https://e.com/x/81"),
    ("O", "de", "Wenn Sie keine E-Mails mehr erhalten möchten, klicken Sie hier: https://e.com/x/81"),
    ("O", "fr", "Pour vous désinscrire : https://e.com/x/81"), ("O", "fr", "Se désabonner : https://e.com/x/81"),
    ("O", "es", "Para darte de baja, visita https://e.com/x/81"), ("O", "pt", "Descadastre-se: https://e.com/x/81"),
    ("O", "it", "Per cancellarti: https://e.com/x/81"), ("O", "nl", "Uitschrijven: https://e.com/x/81"),
    ("O", "sv", "Avsluta prenumerationen: https://e.com/x/81"), ("O", "pl", "Wypisz się: https://e.com/x/81"),
    ("O", "ru", "Отписаться от рассылки: https://e.com/x/81"), ("O", "tr", "Abonelikten çıkmak için: https://e.com/x/81"),
    ("O", "ja", "配信停止はこちら：https://e.com/x/81"), ("O", "zh", "退订请访问：https://e.com/x/81"),
    ("O", "ko", "수신거부: https://e.com/x/81"), ("O", "cs", "Odhlásit odběr: https://e.com/x/81"),
    ("O", "en", "Unsubscribe: mailto:leave@e.com?subject=unsubscribe"), ("O", "en", "Unsubscribe: www.e.com/x/81"),
    ("O", "de", "Abmelden unter www.e.com/abmelden"),
    ("N", "en", "Read more: https://e.com/x/81"), ("N", "en", "Read more at www.e.com/x/81"), ("N", "en", "Shop the sale: https://e.com/x/81"),
    ("N", "en", "Follow us on https://e.com/social"), ("N", "de", "Mehr erfahren: https://e.com/x/81"),
    ("N", "en", "You can unsubscribe at any time.\r\n\r\nRead more: https://e.com/x/81"),
]


def message(index, line):
    body = f"News of the week: five new arrivals.\r\n\r\nRead them all at https://e.com/news\r\n\r\n{line}\r\n"
    return release_tool.email(index, "News <news@e.com>", "News", body, "text/plain",
                              "Precedence: bulk\r\nList-Id: <news.e.com>\r\n")


def main():
    release_tool.score_silence(PROBES, message, "unsubscribe-link-missing", "O", "opt-out lines", ("missed", "false link"))


if __name__ == "__main__":
    main()
