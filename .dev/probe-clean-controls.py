#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: clean controls. Messages that
do everything right, written here (session 15) in 22 languages: a newsletter from a reply-able
address with one-click List-Unsubscribe, a visible unsubscribe link and a postal address, and
a transactional notice from a reply-able address that says it was sent automatically and
invites a reply or names a contact. `mail-lint` runs every rule over them; any finding of the
replyability and unsubscribe rules is printed as WRONG (other rules' findings are counted by
rule, for reading).

    python3 .dev/probe-clean-controls.py
"""
import collections, json, os, subprocess, tempfile
import release_tool

WATCHED = {"dead-end-phrase", "unanswerable-message", "noreply-from", "noreply-reply-to", "unsubscribe-link-missing",
           "unsubscribe-link-hidden", "unsubscribe-link-tiny", "unsubscribe-link-low-contrast",
           "unsubscribe-link-image-only", "unsubscribe-link-missing-in-text-part", "one-click-unsubscribe-invalid",
           "unsubscribe-headers-not-signed", "list-unsubscribe-missing"}

# language: (newsletter line, unsubscribe link text, preferences text, automated notice that
# invites a reply, contact sentence)
LANGUAGES = {
    "en": ("Five new arrivals this week.", "Unsubscribe", "Manage preferences",
           "This email was sent automatically. If you have questions, just reply to it.", "Need help? Write to help@shop.example."),
    "de": ("Fünf Neuheiten diese Woche.", "Abmelden", "Einstellungen verwalten",
           "Diese E-Mail wurde automatisch versendet. Bei Fragen antworten Sie einfach auf diese E-Mail.", "Fragen? Schreiben Sie an hilfe@shop.example."),
    "fr": ("Cinq nouveautés cette semaine.", "Se désabonner", "Gérer mes préférences",
           "Cet e-mail a été envoyé automatiquement. Pour toute question, répondez simplement à ce message.", "Besoin d'aide ? Écrivez à aide@shop.example."),
    "es": ("Cinco novedades esta semana.", "Darse de baja", "Gestionar preferencias",
           "Este correo se ha enviado automáticamente. Si tienes preguntas, responde a este mensaje.", "¿Necesitas ayuda? Escríbenos a ayuda@shop.example."),
    "pt": ("Cinco novidades esta semana.", "Cancelar inscrição", "Gerenciar preferências",
           "Este e-mail foi enviado automaticamente. Em caso de dúvidas, basta responder a esta mensagem.", "Precisa de ajuda? Escreva para ajuda@shop.example."),
    "it": ("Cinque novità questa settimana.", "Annulla l’iscrizione", "Gestisci le preferenze",
           "Questa email è stata inviata automaticamente. Per qualsiasi domanda, rispondi pure a questo messaggio.", "Serve aiuto? Scrivi a aiuto@shop.example."),
    "nl": ("Vijf nieuwe titels deze week.", "Afmelden", "Voorkeuren beheren",
           "Deze e-mail is automatisch verzonden. Heb je vragen? Beantwoord dan gewoon dit bericht.", "Hulp nodig? Mail naar hulp@shop.example."),
    "sv": ("Fem nyheter den här veckan.", "Avregistrera", "Hantera inställningar",
           "Det här mejlet skickades automatiskt. Har du frågor kan du svara på det.", "Behöver du hjälp? Skriv till hjalp@shop.example."),
    "da": ("Fem nyheder i denne uge.", "Afmeld", "Administrer præferencer",
           "Denne e-mail er sendt automatisk. Har du spørgsmål, kan du bare svare på den.", "Brug for hjælp? Skriv til hjaelp@shop.example."),
    "pl": ("Pięć nowości w tym tygodniu.", "Wypisz się", "Zarządzaj ustawieniami",
           "Ta wiadomość została wysłana automatycznie. Jeśli masz pytania, po prostu na nią odpowiedz.", "Potrzebujesz pomocy? Napisz na pomoc@shop.example."),
    "cs": ("Pět novinek tento týden.", "Odhlásit odběr", "Spravovat předvolby",
           "Tento e-mail byl odeslán automaticky. Máte-li dotazy, stačí na něj odpovědět.", "Potřebujete pomoc? Napište na pomoc@shop.example."),
    "ru": ("Пять новинок на этой неделе.", "Отписаться", "Настроить рассылку",
           "Это письмо отправлено автоматически. Если у вас есть вопросы, просто ответьте на него.", "Нужна помощь? Пишите на help@shop.example."),
    "uk": ("П’ять новинок цього тижня.", "Відписатися", "Керувати підпискою",
           "Цей лист надіслано автоматично. Якщо маєте запитання, просто дайте відповідь на нього.", "Потрібна допомога? Пишіть на help@shop.example."),
    "tr": ("Bu hafta beş yeni ürün.", "Abonelikten çık", "Tercihleri yönet",
           "Bu e-posta otomatik olarak gönderildi. Sorularınız için bu e-postayı yanıtlayabilirsiniz.", "Yardım mı gerekiyor? yardim@shop.example adresine yazın."),
    "el": ("Πέντε νέες αφίξεις αυτή την εβδομάδα.", "Διαγραφή", "Διαχείριση προτιμήσεων",
           "Αυτό το email στάλθηκε αυτόματα. Για οποιαδήποτε ερώτηση, απαντήστε σε αυτό το μήνυμα.", "Χρειάζεστε βοήθεια; Γράψτε στο help@shop.example."),
    "fi": ("Viisi uutuutta tällä viikolla.", "Peru tilaus", "Hallitse asetuksia",
           "Tämä viesti on lähetetty automaattisesti. Jos sinulla on kysyttävää, vastaa tähän viestiin.", "Tarvitsetko apua? Kirjoita osoitteeseen apu@shop.example."),
    "hu": ("Öt újdonság ezen a héten.", "Leiratkozás", "Beállítások kezelése",
           "Ezt az e-mailt automatikusan küldtük. Ha kérdése van, válaszoljon erre az üzenetre.", "Segítségre van szüksége? Írjon a segitseg@shop.example címre."),
    "ja": ("今週の新着は5点です。", "配信停止", "配信設定の変更",
           "このメールは自動送信されています。ご質問はこのメールにご返信ください。", "お問い合わせ：support@shop.example"),
    "zh": ("本周有五件新品。", "退订", "管理订阅偏好",
           "此邮件由系统自动发送。如有疑问，请直接回复此邮件。", "需要帮助？请发送邮件至 help@shop.example。"),
    "ko": ("이번 주 신상품 다섯 가지.", "수신거부", "수신 설정 관리",
           "이 메일은 자동으로 발송되었습니다. 문의 사항이 있으시면 이 메일에 회신해 주세요.", "도움이 필요하세요? help@shop.example 로 문의하세요."),
    "ar": ("خمسة منتجات جديدة هذا الأسبوع.", "إلغاء الاشتراك", "إدارة التفضيلات",
           "تم إرسال هذه الرسالة تلقائيًا. إذا كانت لديك أسئلة، فقط قم بالرد على هذه الرسالة.", "هل تحتاج إلى مساعدة؟ راسلنا على help@shop.example."),
    "vi": ("Năm sản phẩm mới trong tuần này.", "Hủy đăng ký", "Quản lý tùy chọn",
           "Email này được gửi tự động. Nếu bạn có câu hỏi, hãy trả lời email này.", "Cần hỗ trợ? Hãy viết cho help@shop.example."),
}

HEAD = ("From: {sender}\r\nTo: reader@example.net\r\nSubject: {subject}\r\nDate: Sun, 06 Dec 2026 10:00:00 +0000\r\n"
        "Message-ID: <{index}@shop.example>\r\n{extra}MIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n')


def parts(plain, html, lang):
    return ("--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"{plain}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f'<!DOCTYPE html><html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}"><head><title>News</title></head>'
            f'<body style="color:#222;background:#fff">{html}</body></html>\r\n--b--\r\n')


def newsletter(index, lang, line, unsubscribe, preferences):
    extra = ("List-Unsubscribe: <https://shop.example/u/k2>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
             "List-Id: <weekly.shop.example>\r\nPrecedence: bulk\r\n")
    address = "Shop Ltd, 12 Quay Street, Bristol BS1 4DJ, United Kingdom"
    plain = f"{line}\r\n\r\n{unsubscribe}: https://shop.example/u/k2\r\n{preferences}: https://shop.example/p/k2\r\n{address}"
    html = (f"<p>{line}</p><p style=\"font-size:13px;color:#444\"><a href=\"https://shop.example/u/k2\" style=\"color:#1a4d8f\">"
            f"{unsubscribe}</a> · <a href=\"https://shop.example/p/k2\" style=\"color:#1a4d8f\">{preferences}</a><br>{address}</p>")
    return HEAD.format(sender="Shop <news@shop.example>", subject=line, index=index, extra=extra) + parts(plain, html, lang)


def notice(index, lang, automated, contact):
    plain = f"Order 1234.\r\n\r\n{automated}\r\n{contact}"
    html = f"<p>Order 1234.</p><p>{automated}</p><p>{contact}</p>"
    return HEAD.format(sender="Shop <orders@shop.example>", subject="Order 1234", index=index, extra="") + parts(plain, html, lang)


def main():
    messages = []
    for lang, (line, unsubscribe, preferences, automated, contact) in LANGUAGES.items():
        messages.append((lang, "newsletter", newsletter(len(messages), lang, line, unsubscribe, preferences)))
        messages.append((lang, "notice", notice(len(messages), lang, automated, contact)))
    binary = release_tool.mail_lint()
    with tempfile.TemporaryDirectory() as folder:
        for index, (_, _, text) in enumerate(messages):
            with open(os.path.join(folder, f"{index:04d}.eml"), "w", encoding="utf-8") as out:
                out.write(text)
        run = subprocess.run([binary, "lint", "--format", "jsonl", "--quiet", "--fail-on", "never", folder],
                             capture_output=True, text=True, check=True)
    others = collections.Counter()
    wrong = 0
    for line in run.stdout.splitlines():
        finding = json.loads(line)
        lang, kind, _ = messages[int(os.path.basename(finding["file"])[:4])]
        if finding["rule"] in WATCHED:
            wrong += 1
            print(f"WRONG\t{lang} {kind}\t{finding['rule']}: {finding['message']}")
        else:
            others[finding["rule"]] += 1
    print(f"{len(messages)} clean messages: {wrong} findings of the watched rules; others: {dict(others)}")


if __name__ == "__main__":
    main()
