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
    # A second round (session 14): the wording of large senders' help links, written after
    # the first was read right.
    ("C", "en", "Visit our Help Center"), ("C", "en", "Chat with us"), ("C", "en", "Talk to a person"),
    ("C", "en", "Reach our support team"), ("C", "en", "Need help?"), ("C", "en", "Support"),
    ("C", "en", "Contact customer service"), ("C", "en", "Email our team"), ("C", "en", "Open a support ticket"),
    ("C", "de", "Hilfe-Center"), ("C", "de", "Kontaktformular"), ("C", "de", "Schreiben Sie uns"),
    ("C", "fr", "Centre d'aide"), ("C", "fr", "Écrivez-nous"), ("C", "fr", "Besoin d'aide ?"),
    ("C", "es", "Escríbenos"), ("C", "es", "¿Necesitas ayuda?"), ("C", "pt", "Atendimento ao cliente"),
    ("C", "pt", "Entre em contato"), ("C", "it", "Centro assistenza"), ("C", "it", "Scrivici"),
    ("C", "nl", "Contact opnemen"), ("C", "nl", "Hulp nodig?"), ("C", "sv", "Hjälpcenter"),
    ("C", "da", "Hjælpecenter"), ("C", "nb", "Hjelpesenter"), ("C", "fi", "Ohjekeskus"),
    ("C", "pl", "Centrum pomocy"), ("C", "pl", "Napisz do nas"), ("C", "cs", "Centrum nápovědy"),
    ("C", "sk", "Zákaznícka podpora"), ("C", "hu", "Súgóközpont"), ("C", "ro", "Centru de ajutor"),
    ("C", "tr", "Yardım merkezi"), ("C", "el", "Κέντρο βοήθειας"), ("C", "ru", "Центр поддержки"),
    ("C", "ru", "Напишите нам"), ("C", "uk", "Центр допомоги"), ("C", "ja", "ヘルプセンター"),
    ("C", "ja", "カスタマーサポート"), ("C", "zh", "帮助中心"), ("C", "zh-Hant", "客服中心"), ("C", "ko", "고객 지원"),
    ("C", "ar", "مركز المساعدة"), ("C", "he", "מרכז העזרה"), ("C", "id", "Pusat bantuan"),
    ("C", "vi", "Trung tâm trợ giúp"), ("C", "th", "ศูนย์ช่วยเหลือ"),
    ("N", "en", "Manage your account"), ("N", "en", "Leave a review"), ("N", "en", "Shop now"),
    ("N", "de", "Jetzt einkaufen"), ("N", "fr", "Voir l'offre"), ("N", "en", "Download the app"),
    # Session 15, round 3: contact and help-centre link texts in the languages whose lines
    # were fewest, and texts that lead elsewhere.
    ("C", "fi", "Ota yhteyttä"), ("C", "fi", "Asiakaspalvelu"), ("C", "hu", "Kapcsolat"), ("C", "hu", "Ügyfélszolgálat"),
    ("C", "tr", "Bize ulaşın"), ("C", "tr", "İletişim"), ("C", "el", "Επικοινωνία"), ("C", "el", "Εξυπηρέτηση πελατών"),
    ("C", "cs", "Kontaktujte nás"), ("C", "cs", "Zákaznická podpora"), ("C", "sk", "Kontaktujte nás"),
    ("C", "ro", "Contactează-ne"), ("C", "ro", "Asistență clienți"), ("C", "uk", "Зв'язатися з нами"),
    ("C", "uk", "Служба підтримки"), ("C", "ru", "Связаться с нами"), ("C", "ru", "Служба поддержки"),
    ("C", "id", "Hubungi kami"), ("C", "id", "Pusat bantuan"), ("C", "vi", "Liên hệ với chúng tôi"),
    ("C", "vi", "Trung tâm trợ giúp"), ("C", "ar", "اتصل بنا"), ("C", "ar", "مركز المساعدة"), ("C", "he", "צור קשר"),
    ("C", "he", "מרכז העזרה"), ("C", "th", "ติดต่อเรา"), ("C", "th", "ศูนย์ช่วยเหลือ"), ("C", "ko", "문의하기"),
    ("C", "ko", "고객센터"), ("C", "ja", "お問い合わせ"), ("C", "ja", "ヘルプセンター"), ("C", "zh", "联系我们"),
    ("C", "zh", "帮助中心"), ("C", "zh-Hant", "聯絡我們"), ("C", "zh-Hant", "幫助中心"),
    ("N", "fi", "Lue lisää"), ("N", "tr", "Siparişi görüntüle"), ("N", "el", "Δείτε την παραγγελία"),
    ("N", "ru", "Посмотреть заказ"), ("N", "id", "Lihat pesanan"), ("N", "ja", "注文を確認する"), ("N", "zh", "查看订单"),
    # Session 17, round 4: the short labels of large senders' footers, and texts that name
    # help or contact without offering it (a survey, a donation, contact settings).
    ("C", "en", "Contact Support"), ("C", "en", "Get help"), ("C", "en", "Help & FAQ"), ("C", "en", "Customer care"),
    ("C", "en", "Ask a question"), ("C", "en", "Send us a message"), ("C", "en", "Live chat"),
    ("C", "en", "Submit a request"), ("C", "en", "Report a problem"), ("C", "de", "Kundencenter"), ("C", "de", "Hilfe"),
    ("C", "de", "Service & Hilfe"), ("C", "fr", "Assistance"), ("C", "fr", "Aide"), ("C", "fr", "Nous écrire"),
    ("C", "es", "Ayuda"), ("C", "es", "Soporte"), ("C", "it", "Assistenza"), ("C", "it", "Aiuto"), ("C", "pt", "Ajuda"),
    ("C", "pt", "Suporte"), ("C", "pt", "Contato"), ("C", "nl", "Hulp"), ("C", "nl", "Contact"), ("C", "sv", "Kontakt"),
    ("C", "pl", "Pomoc"), ("C", "cs", "Podpora"), ("C", "tr", "Yardım"), ("C", "tr", "Destek"), ("C", "ru", "Поддержка"),
    ("C", "ru", "Помощь"), ("C", "ja", "サポート"), ("C", "ja", "お問い合わせ"), ("C", "zh", "在线客服"), ("C", "zh", "客服"),
    ("C", "ko", "1:1 문의"), ("C", "ko", "고객문의"), ("C", "ar", "الدعم"), ("C", "he", "תמיכה"), ("C", "id", "Bantuan"),
    ("C", "vi", "Hỗ trợ"), ("C", "th", "ช่วยเหลือ"), ("C", "el", "Υποστήριξη"), ("C", "ro", "Ajutor"), ("C", "fi", "Tuki"),
    ("C", "da", "Hjælp"), ("C", "nb", "Hjelp"), ("C", "hu", "Segítség"), ("C", "uk", "Підтримка"), ("C", "sk", "Pomoc"),
    ("N", "en", "Help us improve"), ("N", "en", "Support our cause"), ("N", "en", "Contact preferences"),
    ("N", "en", "Update your contact details"), ("N", "en", "Supported devices"), ("N", "de", "Kontaktdaten ändern"),
    ("N", "fr", "Modifier mes coordonnées"), ("N", "es", "Ayúdanos a mejorar"), ("N", "en", "Helpful tips"),
    # Session 17, round 5: a "click here" whose sentence says what it is for, written as
    # the paragraph itself (the link's URL says nothing), and sentences of other things.
    ("C", "en", "Need help? <a>Click here</a>."), ("C", "en", "To contact us, <a>click here</a>."),
    ("C", "en", "Questions? <a>Click here</a>."), ("C", "de", "Bei Fragen <a>klicken Sie hier</a>."),
    ("C", "fr", "Pour nous contacter, <a>cliquez ici</a>."), ("C", "es", "¿Necesitas ayuda? <a>Haz clic aquí</a>."),
    ("C", "it", "Per assistenza <a>clicca qui</a>."), ("C", "pt", "Dúvidas? <a>Clique aqui</a>."),
    ("C", "nl", "Vragen? <a>Klik hier</a>."), ("C", "pl", "Masz pytania? <a>Kliknij tutaj</a>."),
    ("C", "ja", "お問い合わせは<a>こちら</a>"), ("C", "zh", "如有疑问，请<a>点击这里</a>。"),
    ("N", "en", "To view your order, <a>click here</a>."), ("N", "en", "Help us improve: <a>click here</a>."),
    ("N", "en", "Answer three questions about your stay: <a>click here</a>."),
    ("N", "de", "Zur Umfrage mit fünf Fragen <a>hier klicken</a>."), ("N", "fr", "Pour voir votre commande, <a>cliquez ici</a>."),
    # Round 3 (session 28): chatting, writing, talking, calling and messaging the sender, a
    # callback, a support ticket, in every language (49 of its 72 contact texts missed before
    # `ContactVocabulary.pair(in:)` and the phrases it left: a verb of reaching and the sender
    # as whom it reaches), reviews and doctors beside them (Polish "Napisz opinię", write a
    # review, read as a contact by the stem "napisz*", which the pair replaced).
    ("C", "en", "Chat with us"), ("C", "en", "Talk to a human"), ("C", "en", "Message our team"),
    ("C", "en", "Open a support ticket"), ("C", "en", "Request a callback"), ("C", "en", "Book a call with us"),
    ("C", "en", "Ask us anything"), ("C", "en", "Reach our support team"), ("C", "en", "WhatsApp us"),
    ("C", "de", "Mit uns chatten"), ("C", "de", "Rückruf anfordern"), ("C", "de", "Support-Ticket erstellen"),
    ("C", "de", "Schreiben Sie uns"), ("C", "fr", "Discuter avec nous"), ("C", "fr", "Demander à être rappelé"),
    ("C", "fr", "Ouvrir un ticket"), ("C", "fr", "Écrivez-nous"), ("C", "es", "Chatea con nosotros"),
    ("C", "es", "Solicitar una llamada"), ("C", "es", "Abrir un ticket de soporte"), ("C", "es", "Escríbenos"),
    ("C", "it", "Chatta con noi"), ("C", "it", "Richiedi una richiamata"), ("C", "it", "Scrivici"),
    ("C", "pt", "Converse conosco"), ("C", "pt", "Solicitar retorno de ligação"), ("C", "pt", "Abrir um chamado"),
    ("C", "nl", "Chat met ons"), ("C", "nl", "Vraag een terugbelverzoek aan"), ("C", "nl", "Stuur ons een bericht"),
    ("C", "sv", "Chatta med oss"), ("C", "sv", "Skriv till oss"), ("C", "da", "Chat med os"),
    ("C", "da", "Skriv til os"), ("C", "nb", "Chat med oss"), ("C", "nb", "Skriv til oss"),
    ("C", "fi", "Keskustele kanssamme"), ("C", "fi", "Lähetä meille viesti"), ("C", "pl", "Porozmawiaj z nami"),
    ("C", "pl", "Napisz do nas"), ("C", "cs", "Napište nám"), ("C", "cs", "Chatujte s námi"),
    ("C", "sk", "Napíšte nám"), ("C", "hu", "Írjon nekünk"), ("C", "hu", "Csevegjen velünk"), ("C", "ro", "Scrie-ne"),
    ("C", "ro", "Vorbește cu noi"), ("C", "tr", "Bize yazın"), ("C", "tr", "Canlı destek"),
    ("C", "el", "Επικοινωνήστε μαζί μας"), ("C", "el", "Γράψτε μας"), ("C", "ru", "Написать нам"),
    ("C", "ru", "Чат с поддержкой"), ("C", "uk", "Напишіть нам"), ("C", "uk", "Чат з підтримкою"),
    ("C", "ja", "チャットで相談する"), ("C", "ja", "お問い合わせフォーム"), ("C", "zh", "在线客服"), ("C", "zh", "联系客服"),
    ("C", "zh-Hant", "聯絡客服"), ("C", "ko", "1:1 문의하기"), ("C", "ko", "고객센터 문의"), ("C", "ar", "تحدث معنا"),
    ("C", "ar", "راسلنا"), ("C", "he", "כתבו לנו"), ("C", "he", "צ'אט עם נציג"), ("C", "id", "Hubungi kami"),
    ("C", "id", "Chat dengan kami"), ("C", "vi", "Liên hệ với chúng tôi"), ("C", "vi", "Trò chuyện với chúng tôi"),
    ("C", "th", "แชทกับเรา"), ("C", "th", "ติดต่อฝ่ายบริการลูกค้า"), ("N", "en", "Track your package"),
    ("N", "en", "Rate your experience"), ("N", "en", "Chat history"), ("N", "en", "Write a review"),
    ("N", "de", "Bewertung schreiben"), ("N", "fr", "Écrire un avis"), ("N", "es", "Escribir una reseña"),
    ("N", "it", "Scrivi una recensione"), ("N", "ru", "Написать отзыв"), ("N", "ja", "レビューを書く"), ("N", "zh", "写评论"),
    ("N", "ko", "리뷰 작성하기"), ("N", "tr", "Yorum yaz"), ("N", "pl", "Napisz opinię"),
    # Then look-alikes for the pairs: talking to one's doctor, writing to a representative, a
    # message from the team (read as a contact until "message from" joined the texts that
    # name no way in), the sender calling the reader.
    ("N", "en", "A message from our team"), ("N", "en", "Talk to your doctor before use"),
    ("N", "en", "Write to your representative"), ("N", "en", "Chat with friends"),
    ("N", "en", "We'll call you back tomorrow"), ("N", "en", "Text STOP to 12345"),
    ("N", "de", "Sprechen Sie mit Ihrem Berater"), ("N", "fr", "Nous allons vous appeler"),
    ("N", "es", "Habla con tu médico"), ("N", "it", "Parla con il tuo medico"), ("N", "nl", "Bel je huisarts"),
    ("N", "sv", "Ring din läkare"), ("N", "pl", "Napisz opinię o produkcie"), ("N", "ru", "Позвоните своему врачу"),
    ("N", "tr", "Bizimle çalışın"), ("N", "el", "Μιλήστε με τον γιατρό σας"),
]


def message(index, text):
    # A text with its own <a> is the paragraph around the link; any other is the link's text.
    paragraph = (text.replace("<a>", f'<a href="https://example.com/r/{index}7x">') if "<a>" in text
                 else f'<a href="https://example.com/r/{index}7x">{text}</a>')
    body = f'<html><body><p>Your order has shipped.</p><p>{paragraph}</p></body></html>'
    return release_tool.email(index, "Shop <noreply@example.com>", "Your order", body)


def main():
    release_tool.score_silence(PROBES, message, "unanswerable-message", "C", "contact texts", ("missed", "false path"))


if __name__ == "__main__":
    main()
