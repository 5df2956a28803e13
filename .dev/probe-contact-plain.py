#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: contact lines in plain text
(a phone number, an address, a help URL, written as footers write them, in many languages),
each the only way out of a plain-text message sent from a no-reply address that says replies
are not read, and `mail-lint --rule unanswerable-message` run over them. A line labelled C
must be read as a way to reach a person (no finding); one labelled N must not (a finding).
Written here (sessions 14, 15 and 28), not taken from the corpus or the rules' word lists.

    python3 .dev/probe-contact-plain.py
"""
import release_tool

PROBES = [
    ("C", "en", "Questions? Call us at 1-800-555-0199."), ("C", "en", "Need help? Visit https://example.com/help"),
    ("C", "en", "Contact our support team at support@example.com."), ("C", "en", "Write to us: help@example.com"),
    ("C", "en", "Call us on 020 7946 0018."), ("C", "en", "Reach a human at humans@example.com"),
    ("C", "en", "For help, go to https://example.com/support"), ("C", "de", "Kundenservice: 0800 123 4567"),
    ("C", "de", "Fragen? Schreiben Sie an hilfe@example.de"), ("C", "fr", "Service client : 01 23 45 67 89"),
    ("C", "es", "Atención al cliente: +34 912 345 678"), ("C", "it", "Per assistenza scrivi a assistenza@example.it"),
    ("C", "pt", "Dúvidas? Ligue para (11) 3123-4567"), ("C", "nl", "Klantenservice: 020 123 4567"),
    ("C", "sv", "Kundtjänst: 08-123 456 78"), ("C", "pl", "Obsługa klienta: +48 22 123 45 67"),
    ("C", "ru", "Телефон поддержки: 8 800 555-35-35"), ("C", "ja", "お問い合わせ：support@example.jp"),
    ("C", "zh", "客服电话：400-123-4567"), ("C", "ko", "고객센터: 1588-1234"),
    ("C", "tr", "Müşteri hizmetleri: 0850 123 45 67"), ("C", "cs", "Zákaznická linka: +420 212 345 678"),
    # Session 15: more languages, a help page without its scheme, an address after its label.
    ("C", "fi", "Asiakaspalvelu: 010 123 4567"), ("C", "da", "Kundeservice: +45 70 12 34 56"),
    ("C", "nb", "Kundeservice: 815 00 000"), ("C", "hu", "Ügyfélszolgálat: +36 1 234 5678"),
    ("C", "ro", "Relații clienți: 021 123 4567"), ("C", "el", "Εξυπηρέτηση πελατών: 210 123 4567"),
    ("C", "uk", "Служба підтримки: 0 800 123 456"), ("C", "id", "Layanan pelanggan: 1500 123"),
    ("C", "vi", "Tổng đài hỗ trợ: 1900 1234"), ("C", "ar", "خدمة العملاء: 920012345"),
    ("C", "he", "שירות לקוחות: 03-1234567"), ("C", "th", "ศูนย์บริการลูกค้า: 02-123-4567"),
    ("C", "sk", "Zákaznícka linka: +421 2 1234 5678"), ("C", "it", "Assistenza clienti: 800 123 456"),
    ("C", "es", "Servicio al cliente: soporte@example.es"), ("C", "fr", "Une question ? Contactez-nous : aide@example.fr"),
    ("C", "de", "Kontakt: info@example.de"), ("C", "en", "Help centre: www.example.com/help"),
    ("C", "ja", "お問い合わせ先：03-1234-5678"), ("C", "zh", "客服邮箱：help@example.cn"),
    ("N", "en", "Unsubscribe: https://example.com/u/1"), ("N", "en", "Follow us: https://example.com/social"),
    ("N", "de", "Bestellnummer: 123-4567890"),
    ("N", "en", "Track your parcel at https://example.com/track/123"), ("N", "en", "Order number: 1234-5678-9012"),
    ("N", "en", "View this email in your browser: https://example.com/view"),
    ("N", "en", "Example Ltd, 1 Main Street, London EC1A 1BB"), ("N", "en", "Invoice total: 1,234.56 EUR"),
    ("N", "de", "Sendungsnummer: 00340434161234567890"),
    # Session 17, round 3: asking and chatting as the way in; help asked of the reader.
    ("C", "en", "Questions? Chat with us at https://example.com/chat"), ("C", "en", "Ask us anything: help@example.com"),
    ("C", "de", "Fragen? Unser Kundencenter: https://example.de/kundencenter"),
    ("C", "fr", "Une question ? Écrivez-nous à aide@example.fr"),
    ("N", "en", "Help us improve: https://example.com/survey"), ("N", "en", "Support our work: https://example.com/donate"),
    ("N", "en", "Update your contact preferences: https://example.com/account"),
    ("N", "de", "Kontaktdaten ändern: https://example.de/konto"),
    # Session 28: contact lines in the wording of contact-link round 3 (chatting with,
    # writing to, calling the sender; a callback), 16 of 20 read wrong before its pairs
    # (Polish "Napisz opinię" a false path among them), none after.
    ("C", "en", "Chat with us: https://example.com/x1"), ("C", "en", "Request a callback at https://example.com/x1"),
    ("C", "de", "Mit uns chatten: https://example.de/x1"),
    ("C", "fr", "Discutez avec nous sur https://example.fr/x1"),
    ("C", "es", "Chatea con nosotros en https://example.es/x1"), ("C", "it", "Chatta con noi: https://example.it/x1"),
    ("C", "pt", "Converse conosco: https://example.com.br/x1"), ("C", "nl", "Chat met ons via https://example.nl/x1"),
    ("C", "sv", "Chatta med oss: https://example.se/x1"), ("C", "pl", "Porozmawiaj z nami: https://example.pl/x1"),
    ("C", "cs", "Napište nám na https://example.cz/x1"), ("C", "tr", "Bize yazın: https://example.com.tr/x1"),
    ("C", "ru", "Напишите нам: https://example.ru/x1"), ("C", "ja", "チャットで相談する：https://example.jp/x1"),
    ("C", "ar", "راسلنا عبر https://example.com/x1"), ("C", "he", "כתבו לנו: https://example.co.il/x1"),
    ("C", "vi", "Trò chuyện với chúng tôi: https://example.vn/x1"),
    ("N", "en", "Write a review: https://example.com/x1"), ("N", "pl", "Napisz opinię: https://example.pl/x1"),
    ("N", "en", "Talk to your doctor: https://example.com/x1"),
]


def message(index, line):
    body = f"Your order has shipped.\r\n\r\nThis mailbox is not monitored.\r\n\r\n{line}"
    return release_tool.email(index, "Shop <noreply@example.com>", "Your order", body, "text/plain")


def main():
    release_tool.score_silence(PROBES, message, "unanswerable-message", "C", "contact lines", ("missed", "false path"))


if __name__ == "__main__":
    main()
