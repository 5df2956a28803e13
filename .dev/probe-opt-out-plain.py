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
    # Session 16, round 2: "to stop receiving these emails, go to" and "change your
    # subscription settings at" in every language of the vocabulary.
    ("O", "en", "To stop receiving these emails, go to https://e.com/x/81"),
    ("O", "en", "Change your subscription settings at https://e.com/x/81"),
    ("O", "de", "Um diese E-Mails nicht mehr zu erhalten, besuchen Sie https://e.com/x/81"),
    ("O", "de", "Ändern Sie Ihre Abonnement-Einstellungen unter https://e.com/x/81"),
    ("O", "fr", "Pour ne plus recevoir ces e-mails, rendez-vous sur https://e.com/x/81"),
    ("O", "fr", "Modifiez vos paramètres d'abonnement : https://e.com/x/81"),
    ("O", "es", "Para dejar de recibir estos correos, visita https://e.com/x/81"),
    ("O", "es", "Cambia la configuración de tu suscripción en https://e.com/x/81"),
    ("O", "it", "Per non ricevere più queste email, visita https://e.com/x/81"),
    ("O", "it", "Modifica le impostazioni di iscrizione: https://e.com/x/81"),
    ("O", "pt", "Para deixar de receber estes e-mails, acesse https://e.com/x/81"),
    ("O", "pt", "Altere as configurações de assinatura em https://e.com/x/81"),
    ("O", "nl", "Wil je deze e-mails niet meer ontvangen? Ga naar https://e.com/x/81"),
    ("O", "nl", "Wijzig je abonnementsinstellingen: https://e.com/x/81"),
    ("O", "sv", "För att sluta få dessa mejl, gå till https://e.com/x/81"),
    ("O", "sv", "Ändra dina prenumerationsinställningar: https://e.com/x/81"),
    ("O", "da", "Hvis du ikke længere vil modtage disse e-mails, gå til https://e.com/x/81"),
    ("O", "nb", "Hvis du ikke lenger vil motta disse e-postene, gå til https://e.com/x/81"),
    ("O", "fi", "Jos et halua enää saada näitä viestejä, peru tilaus: https://e.com/x/81"),
    ("O", "pl", "Aby przestać otrzymywać te wiadomości, wejdź na https://e.com/x/81"),
    ("O", "pl", "Zmień ustawienia subskrypcji: https://e.com/x/81"),
    ("O", "cs", "Pokud již nechcete dostávat tyto e-maily, navštivte https://e.com/x/81"),
    ("O", "sk", "Ak už nechcete dostávať tieto e-maily, navštívte https://e.com/x/81"),
    ("O", "hu", "Ha nem szeretne több ilyen e-mailt kapni, látogasson el ide: https://e.com/x/81"),
    ("O", "ro", "Pentru a nu mai primi aceste e-mailuri, accesați https://e.com/x/81"),
    ("O", "tr", "Bu e-postaları almayı durdurmak için https://e.com/x/81 adresini ziyaret edin"),
    ("O", "el", "Για να μην λαμβάνετε πλέον αυτά τα email, επισκεφθείτε το https://e.com/x/81"),
    ("O", "ru", "Чтобы больше не получать эти письма, перейдите по ссылке https://e.com/x/81"),
    ("O", "uk", "Щоб більше не отримувати ці листи, перейдіть за посиланням https://e.com/x/81"),
    ("O", "ar", "لإيقاف تلقي هذه الرسائل، تفضل بزيارة https://e.com/x/81"),
    ("O", "he", "כדי להפסיק לקבל הודעות אלה, היכנסו ל-https://e.com/x/81"),
    ("O", "id", "Untuk berhenti menerima email ini, kunjungi https://e.com/x/81"),
    ("O", "vi", "Để ngừng nhận các email này, hãy truy cập https://e.com/x/81"),
    ("O", "th", "หากต้องการหยุดรับอีเมลเหล่านี้ โปรดไปที่ https://e.com/x/81"),
    ("O", "ja", "今後このメールの受信を停止するには https://e.com/x/81 へ"),
    ("O", "ko", "이 이메일 수신을 중단하려면 https://e.com/x/81 을 방문하세요"),
    ("O", "zh", "如需停止接收这些邮件，请访问 https://e.com/x/81"),
    ("O", "zh-Hant", "如需停止接收這些郵件，請前往 https://e.com/x/81"),
    ("N", "en", "To track your order, go to https://e.com/x/81"),
    ("N", "de", "Ihre Bestellung verfolgen: https://e.com/x/81"),
    ("N", "fr", "Suivre ma commande : https://e.com/x/81"),
    ("N", "ja", "ご注文の確認はこちら https://e.com/x/81"),
    ("N", "de", "Ältere E-Mails sind nicht mehr verfügbar, siehe https://e.com/x/81"),
    ("N", "ru", "Старые письма больше не доступны: https://e.com/x/81"),
    ("N", "pl", "Nie możemy przestać myśleć o tych wiadomościach: https://e.com/x/81"),
    # Session 17, round 3: notification settings and managing a subscription in plain
    # text, the answer to a question on the next line, a label without a verb, and lines of
    # other settings and of subscribing.
    ("O", "en", "Too many emails? Change your notification settings:\r\nhttps://e.com/x/81"),
    ("O", "en", "You can opt out at any time: https://e.com/x/81"), ("O", "en", "Opt-out: https://e.com/x/81"),
    ("O", "de", "Benachrichtigungen verwalten: https://e.com/x/81"), ("O", "de", "Abo verwalten: https://e.com/x/81"),
    ("O", "fr", "Paramètres de notification : https://e.com/x/81"), ("O", "fr", "Désinscription : https://e.com/x/81"),
    ("O", "es", "Configuración de notificaciones: https://e.com/x/81"), ("O", "es", "Baja: https://e.com/x/81"),
    ("O", "it", "Impostazioni delle notifiche: https://e.com/x/81"), ("O", "pt", "Sair da lista: https://e.com/x/81"),
    ("O", "nl", "Meldingsinstellingen: https://e.com/x/81"), ("O", "pl", "Ustawienia powiadomień: https://e.com/x/81"),
    ("O", "ru", "Настройки уведомлений: https://e.com/x/81"), ("O", "ja", "通知設定：https://e.com/x/81"),
    ("O", "zh", "通知设置：https://e.com/x/81"), ("O", "ko", "알림 설정: https://e.com/x/81"),
    ("N", "en", "Account settings: https://e.com/x/81"), ("N", "en", "Privacy settings: https://e.com/x/81"),
    ("N", "en", "Subscribe to our podcast: https://e.com/x/81"), ("N", "de", "Kontoeinstellungen: https://e.com/x/81"),
    ("N", "fr", "Paramètres du compte : https://e.com/x/81"),
    # Session 20, round 3: "if you no longer want these" in the words each language uses
    # most, the link after "click here"; and "click here" lines about something else.
    ("O", "en", "Not interested anymore? Remove yourself: https://e.com/x/81"),
    ("O", "en", "To stop getting updates from us, visit https://e.com/x/81"),
    ("O", "de", "Sie möchten diese Nachrichten nicht mehr erhalten? Hier abmelden: https://e.com/x/81"),
    ("O", "fr", "Pour ne plus recevoir nos courriels, cliquez ici : https://e.com/x/81"),
    ("O", "es", "Si ya no deseas recibir estos correos, haz clic aquí: https://e.com/x/81"),
    ("O", "pt", "Para não receber mais nossos e-mails, acesse: https://e.com/x/81"),
    ("O", "it", "Se non vuoi più ricevere queste email, clicca qui: https://e.com/x/81"),
    ("O", "nl", "Wil je deze e-mails niet meer ontvangen? Klik hier: https://e.com/x/81"),
    ("O", "sv", "Vill du inte få fler mejl från oss? Klicka här: https://e.com/x/81"),
    ("O", "da", "Ønsker du ikke at modtage flere e-mails, så klik her: https://e.com/x/81"),
    ("O", "nb", "Ønsker du ikke flere e-poster fra oss? Klikk her: https://e.com/x/81"),
    ("O", "fi", "Jos et halua enää saada näitä viestejä, klikkaa tästä: https://e.com/x/81"),
    ("O", "pl", "Jeśli nie chcesz otrzymywać więcej wiadomości, kliknij tutaj: https://e.com/x/81"),
    ("O", "cs", "Pokud již nechcete dostávat tyto e-maily, klikněte sem: https://e.com/x/81"),
    ("O", "sk", "Ak už nechcete dostávať tieto e-maily, kliknite sem: https://e.com/x/81"),
    ("O", "ru", "Чтобы отказаться от получения писем, перейдите по ссылке: https://e.com/x/81"),
    ("O", "uk", "Щоб більше не отримувати наші листи, перейдіть за посиланням: https://e.com/x/81"),
    ("O", "el", "Για να μην λαμβάνετε πλέον αυτά τα email, επισκεφθείτε: https://e.com/x/81"),
    ("O", "hu", "Ha nem szeretne több e-mailt kapni tőlünk, kattintson ide: https://e.com/x/81"),
    ("O", "ro", "Dacă nu mai doriți să primiți e-mailuri de la noi, accesați: https://e.com/x/81"),
    ("O", "tr", "Bu e-postaları artık almak istemiyorsanız tıklayın: https://e.com/x/81"),
    ("O", "id", "Jika Anda tidak ingin lagi menerima email ini, klik di sini: https://e.com/x/81"),
    ("O", "vi", "Nếu bạn không muốn nhận email này nữa, hãy nhấp vào đây: https://e.com/x/81"),
    ("O", "ar", "إذا كنت لا ترغب في تلقي هذه الرسائل، انقر هنا: https://e.com/x/81"),
    ("O", "he", "אם אינך רוצה לקבל עוד הודעות, לחץ כאן: https://e.com/x/81"),
    ("O", "ja", "今後このメールが不要な場合はこちら：https://e.com/x/81"),
    ("O", "zh", "如不希望再收到此类邮件，请点击：https://e.com/x/81"),
    ("O", "zh-Hant", "如不希望再收到此類郵件，請點擊：https://e.com/x/81"),
    ("O", "ko", "이메일 수신을 원하지 않으시면 여기를 클릭하세요: https://e.com/x/81"),
    ("O", "th", "หากไม่ต้องการรับอีเมลนี้อีก คลิกที่นี่: https://e.com/x/81"),
    ("N", "en", "If you have questions, click here: https://e.com/x/81"),
    ("N", "de", "Wenn Sie Fragen haben, klicken Sie hier: https://e.com/x/81"),
    ("N", "es", "Para ver tu pedido, haz clic aquí: https://e.com/x/81"),
    ("N", "ru", "Чтобы получить скидку, перейдите по ссылке: https://e.com/x/81"),
    ("N", "ja", "ご注文の確認はこちら：https://e.com/x/81"),
    # Session 22: other wording in every language, and preferences of other things than
    # mail (0 of 42 read wrong before anything was changed for them).
    ("O", "en", "Too many emails? Change how often we write: https://e.com/x/81"),
    ("O", "en", "No longer interested? Unsubscribe here https://e.com/x/81"),
    ("O", "en", "Opt-out: https://e.com/x/81"),
    ("O", "en", "You can unsubscribe at any time by visiting https://e.com/x/81"),
    ("O", "en", "Update your email preferences or unsubscribe:\r\nhttps://e.com/x/81"),
    ("O", "de", "Abmeldung: https://e.com/x/81"), ("O", "de", "Newsletter kündigen: https://e.com/x/81"),
    ("O", "de", "Wenn Sie keine E-Mails mehr erhalten möchten, klicken Sie hier: https://e.com/x/81"),
    ("O", "fr", "Désinscription : https://e.com/x/81"), ("O", "fr", "Pour ne plus recevoir nos e-mails : https://e.com/x/81"),
    ("O", "es", "Para darte de baja, visita https://e.com/x/81"), ("O", "es", "Anular suscripción: https://e.com/x/81"),
    ("O", "it", "Per cancellarti: https://e.com/x/81"), ("O", "it", "Non vuoi più ricevere queste email? https://e.com/x/81"),
    ("O", "pt", "Para cancelar a inscrição, acesse https://e.com/x/81"), ("O", "nl", "Afmelden: https://e.com/x/81"),
    ("O", "pl", "Aby zrezygnować z subskrypcji, kliknij: https://e.com/x/81"), ("O", "sv", "Avsluta prenumerationen: https://e.com/x/81"),
    ("O", "da", "Afmeld dig her: https://e.com/x/81"), ("O", "fi", "Peru tilaus: https://e.com/x/81"),
    ("O", "cs", "Odhlásit odběr: https://e.com/x/81"), ("O", "hu", "Leiratkozás: https://e.com/x/81"),
    ("O", "ro", "Dezabonare: https://e.com/x/81"), ("O", "tr", "Abonelikten çıkmak için: https://e.com/x/81"),
    ("O", "ru", "Чтобы отписаться, перейдите по ссылке https://e.com/x/81"), ("O", "uk", "Відписатися: https://e.com/x/81"),
    ("O", "el", "Για διαγραφή: https://e.com/x/81"), ("O", "ja", "配信停止はこちら https://e.com/x/81"),
    ("O", "zh", "退订请点击：https://e.com/x/81"), ("O", "ko", "수신거부: https://e.com/x/81"),
    ("O", "ar", "لإلغاء الاشتراك: https://e.com/x/81"), ("O", "he", "להסרה: https://e.com/x/81"),
    ("O", "id", "Berhenti berlangganan: https://e.com/x/81"), ("O", "vi", "Hủy đăng ký: https://e.com/x/81"),
    ("O", "th", "ยกเลิกการรับข่าวสาร: https://e.com/x/81"),
    ("N", "en", "Cookie preferences: https://e.com/x/81"), ("N", "en", "Track your order: https://e.com/x/81"),
    ("N", "en", "Subscribe to our podcast: https://e.com/x/81"), ("N", "de", "Jetzt anmelden: https://e.com/x/81"),
    ("N", "fr", "Suivre ma commande : https://e.com/x/81"), ("N", "es", "Suscríbete aquí: https://e.com/x/81"),
    ("N", "en", "Set your language preferences: https://e.com/x/81"),
]


def message(index, line):
    body = f"News of the week: five new arrivals.\r\n\r\nRead them all at https://e.com/news\r\n\r\n{line}\r\n"
    return release_tool.email(index, "News <news@e.com>", "News", body, "text/plain",
                              "Precedence: bulk\r\nList-Id: <news.e.com>\r\n")


def main():
    release_tool.score_silence(PROBES, message, "unsubscribe-link-missing", "O", "opt-out lines", ("missed", "false link"))


if __name__ == "__main__":
    main()
