#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: contact link texts written
here (not taken from the corpus or the rules' word list), each the only way out of a
message sent from a no-reply address whose URL carries no contact word, and
`mail-lint --rule unanswerable-message` run over them. A text labelled C must be read as a
way to reach a person (no finding); one labelled N must not (a finding).

    python3 .dev/probe-contact-links.py
"""
import release_tool

PROBES = [
    ("C", "en", "Contact us"), ("C", "en", "Get in touch"), ("C", "en", "Customer support"), ("C", "en", "Help centre"),
    ("C", "de", "Kontaktieren Sie uns"), ("C", "de", "Zum Kundenservice"), ("C", "de", "Hilfe & Kontakt"),
    ("C", "fr", "Contactez-nous"), ("C", "fr", "Nous contacter"), ("C", "fr", "Service client"),
    ("C", "es", "Contáctanos"), ("C", "es", "Centro de ayuda"), ("C", "es", "Atención al cliente"),
    ("C", "pt", "Fale conosco"), ("C", "pt", "Central de ajuda"), ("C", "it", "Contattaci"),
    ("C", "it", "Servizio clienti"), ("C", "nl", "Neem contact op"), ("C", "nl", "Klantenservice"),
    ("C", "sv", "Kontakta oss"), ("C", "sv", "Kundtjänst"), ("C", "da", "Kontakt os"), ("C", "da", "Kundeservice"),
    ("C", "nb", "Kontakt oss"), ("C", "nb", "Kundeservice"), ("C", "fi", "Ota yhteyttä"), ("C", "fi", "Asiakaspalvelu"),
    ("C", "pl", "Skontaktuj się z nami"), ("C", "pl", "Obsługa klienta"), ("C", "cs", "Kontaktujte nás"),
    ("C", "cs", "Zákaznická podpora"), ("C", "sk", "Kontaktujte nás"), ("C", "hu", "Kapcsolat"),
    ("C", "hu", "Ügyfélszolgálat"), ("C", "ro", "Contactează-ne"), ("C", "ro", "Asistență clienți"),
    ("C", "tr", "Bize ulaşın"), ("C", "tr", "Müşteri hizmetleri"), ("C", "el", "Επικοινωνία"),
    ("C", "ru", "Связаться с нами"), ("C", "ru", "Служба поддержки"), ("C", "uk", "Зв'язатися з нами"),
    ("C", "uk", "Служба підтримки"), ("C", "ja", "お問い合わせはこちら"), ("C", "zh", "联系我们"), ("C", "zh", "客服中心"),
    ("C", "zh-Hant", "聯絡我們"), ("C", "ko", "고객센터"), ("C", "ko", "문의하기"), ("C", "ar", "اتصل بنا"),
    ("C", "he", "צור קשר"), ("C", "id", "Hubungi kami"), ("C", "vi", "Liên hệ với chúng tôi"), ("C", "th", "ติดต่อเรา"),
    ("N", "en", "View your order"), ("N", "en", "Track your parcel"), ("N", "de", "Bestellung ansehen"),
    ("N", "fr", "Voir ma commande"), ("N", "es", "Ver mi pedido"), ("N", "ru", "Посмотреть заказ"),
    ("N", "ja", "注文を確認する"), ("N", "en", "Contactless payment receipt"),
]


def message(index, text):
    body = (f'<html><body><p>Your order has shipped.</p><p><a href="https://example.com/r/{index}7x">{text}</a></p>'
            '</body></html>')
    return (f"From: Shop <noreply@example.com>\r\nTo: a@example.org\r\nSubject: Your order\r\n"
            f"Date: Sun, 06 Dec 2026 10:00:00 +0000\r\nMessage-ID: <{index}@example.com>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{body}\r\n")


def main():
    fired = release_tool.rules_fired([message(index, text) for index, (_, _, text) in enumerate(PROBES)],
                                     ["unanswerable-message"])
    wrong = 0
    for index, (label, language, text) in enumerate(PROBES):
        reached = not fired[index]
        if reached != (label == "C"):
            wrong += 1
            print(f"{'missed' if label == 'C' else 'false path'}\t{language}\t{text}")
    contacts = sum(1 for label, _, _ in PROBES if label == "C")
    print(f"{len(PROBES)} probes ({contacts} contact texts, {len(PROBES) - contacts} others): {wrong} read wrong")


if __name__ == "__main__":
    main()
