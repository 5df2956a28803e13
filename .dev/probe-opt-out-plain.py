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
    # Session 24: real opt-out lines, not written here: the topic-subscription line of the
    # "new reply" mail templates of FluxBB and PunBB language packs read for the replyability
    # set (fluxbb/langs <Language>/mail_templates/new_reply.tpl, neofutur/MyBestBB
    # lang/<Language>/mail_templates/new_reply.tpl, MioVisman/FluxBB_by_Visman,
    # ScriptElite/PunBB-Chinese-language, wenyinos/punbb-1.4.6-chinese, chirimenmonster/PunBB-ja,
    # punbb/punbb, flazyforum/Flazy-Core, Gemorroj/punbb-mod; GPL-2.0), <unsubscribe_url>
    # replaced by a URL; measured before anything was changed for them.
    ("O", "en", "You can unsubscribe by going to https://e.com/x/81"),
    ("O", "fr", "Vous pouvez vous désabonner en allant sur https://e.com/x/81 et en cliquant sur le lien Se désabonner au bas de la page."),
    ("O", "ru", "Вы можете снять подписку с темы перейдя по этой ссылке https://e.com/x/81 и нажав 'Отказаться от подписки' внизу страницы."),
    ("O", "ar", "لإلغاء إشتراكك في هذا الموضوع إذهب إلى https://e.com/x/81"),
    ("O", "de", "Du kannst dieses Abonnement über den Link https://e.com/x/81 abbestellen."),
    ("O", "da", "Du kan afmelde dit abonnement ved at besøge https://e.com/x/81 og klikke på afbryd abonnering linket i bunden af siden."),
    ("O", "nl", "Beëindig je abbonement op https://e.com/x/81"),
    ("O", "fi", "Voit lakata seuraamasta otsikkoa osoitteessa https://e.com/x/81"),
    ("O", "fr", "Vous pouvez interrompre le suivi de cette discussion en cliquant ici : https://e.com/x/81"),
    ("O", "el", "Μπορείτε να διακόψετε τη συνδρομή σας, πηγαίνοντας στη διεύθυνση https://e.com/x/81"),
    ("O", "he", "תוכל לבטל קבלת עדכונים מנושא זה על ידי לחיצה על הקישור הבא: https://e.com/x/81"),
    ("O", "it", "Puoi cancellare in qualsiasi momento la tua iscrizione a: https://e.com/x/81"),
    ("O", "ja", "トピックの購読を止める場合は下のアドレスをクリックします。\r\nhttps://e.com/x/81"),
    ("O", "ko", "https://e.com/x/81로 가서 받아보지 않게 할 수 있다."),
    ("O", "pl", "Możesz wypisać się z subskrypcji: https://e.com/x/81"),
    ("O", "pt", "Você pode cancelar a sua subscrição indo a https://e.com/x/81"),
    ("O", "ro", "Te poți dezabona urmând adresa https://e.com/x/81"),
    ("O", "ru", "Вы можете отписаться от темы по этой ссылке: https://e.com/x/81"),
    ("O", "es", "Usted puede cancelar su suscripción si va a https://e.com/x/81"),
    ("O", "uk", "Ви можете зняти підписку з теми за цим посиланням: https://e.com/x/81"),
    ("O", "nb", "Du kan avslutte abonnementet ved å gå til https://e.com/x/81"),
    ("O", "pt", "Você pode cancelar sua inscrição indo em https://e.com/x/81 e clicando no link 'Cancelar inscrição' na parte inferior da página."),
    ("O", "th", "คุณสามารถยกเลิกการสมัคร ไปที่ https://e.com/x/81 และคลิกที่ลิงก์ยกเลิกการสมัครที่ด้านล่างของหน้า"),
    ("O", "zh", "要取消对该主题的订阅请点击链接 https://e.com/x/81"),
    ("O", "zh-Hant", "要取消對該主題的訂閱請點擊鏈接 https://e.com/x/81"),
    ("O", "cs", "Odhlásit se z odběru lze na stránce https://e.com/x/81"),
    ("O", "hu", "Leiratkozhatsz a témáról ezen a címen: https://e.com/x/81"),
    ("O", "vi", "Bạn có thể bỏ đăng kí nhận thông báo thông qua địa chỉ https://e.com/x/81"),
    ("O", "sk", "Môžete zrušiť odber navštívením: https://e.com/x/81"),
    ("O", "id", "Anda dapat berhenti langganan untuk topik ini dengan mengunjungi link berikut https://e.com/x/81"),
    ("O", "sv", "Du kan säga upp din prenumeration genom att besöka https://e.com/x/81"),
    ("O", "it", "Puoi rimuovere la tua sottoscrizione cliccando qui https://e.com/x/81"),
    ("O", "pt", "Você pode cancelar a inscrição acessando https://e.com/x/81"),
    ("O", "ja", "https://e.com/x/81 で通知設定を解除することが出来ます。"),
    ("O", "ko", "구독을 취소하시려면 https://e.com/x/81를 방문해 주시기 바랍니다."),
    ("O", "ro", "Puteti sa va dezabonati, mergand la https://e.com/x/81"),
    ("O", "de", "Sie können dieses Abonement hier https://e.com/x/81 abbestellen"),
    ("O", "fr", "Vous pouvez vous desabonner ici https://e.com/x/81"),
    ("O", "nl", "Je kunt de attendering uitschakelen door naar https://e.com/x/81 te gaan."),
    ("O", "el", "Μπορείτε να διακόψετε τη λήψη ειδοποιήσεων πηγαίνοντας στο https://e.com/x/81"),
    ("O", "he", "אם ברצונך לבטל מעקב אחר אשכול תוכל לעשות זאת ע\"י על הלינק הבא: https://e.com/x/81"),
    ("O", "da", "Du kan anullere dit abonnement ved at besøge https://e.com/x/81"),
    ("O", "fi", "Voit perua tilauksen menemällä https://e.com/x/81"),
    ("O", "zh", "如果你想取消订阅，请访问：https://e.com/x/81"),
    ("O", "zh", "您可以前往 https://e.com/x/81 取消订阅"),
    ("O", "ja", "このお知らせを停止するには： https://e.com/x/81"),
    ("O", "ru", "Для отказа от подписки посетите: https://e.com/x/81"),
    ("O", "ru", "Вы можете отказаться от подписки, проследовав по следующей ссылке — https://e.com/x/81"),
    ("O", "ru", "Вы можете отписаться от получения уведомлений по адресу https://e.com/x/81"),    # Session 24, written against the pairs of cancelling and a subscription or a following:
    # cancelling orders and bookings, tracking parcels, a paid subscription renewed.
    ("N", "en", "Cancel your order: https://e.com/x/81"),
    ("N", "en", "Cancel your booking here: https://e.com/x/81"),
    ("N", "en", "Your subscription ends on 5 May. Renew it at https://e.com/x/81"),
    ("N", "en", "Subscription renewed. Manage billing: https://e.com/x/81"),
    ("N", "de", "Bestellung kündigen? Hier: https://e.com/x/81"),
    ("N", "fr", "Annuler ma commande : https://e.com/x/81"),
    ("N", "fr", "Suivi de votre colis : https://e.com/x/81"),
    ("N", "fr", "Gérer le suivi de commande : https://e.com/x/81"),
    ("N", "es", "Cancelar tu reserva: https://e.com/x/81"),
    ("N", "it", "Annulla l'ordine: https://e.com/x/81"),
    ("N", "ru", "Отменить заказ: https://e.com/x/81"),
    ("N", "uk", "Скасувати замовлення: https://e.com/x/81"),
    ("N", "zh", "取消订单：https://e.com/x/81"),
    ("N", "ja", "注文を取り消し：https://e.com/x/81"),
    ("N", "he", "לבטל הזמנה: https://e.com/x/81"),
    ("N", "he", "מעקב משלוח: https://e.com/x/81"),
    ("N", "pl", "Anuluj zamówienie: https://e.com/x/81"),
    ("N", "sv", "Avsluta ditt köp: https://e.com/x/81"),
    ("N", "nb", "Avslutt bestillingen: https://e.com/x/81"),
    ("N", "fi", "Peru varaus: https://e.com/x/81"),
    ("N", "ar", "إلغاء الطلب: https://e.com/x/81"),
    ("N", "vi", "Hủy đơn hàng: https://e.com/x/81"),
    ("N", "ko", "주문 취소: https://e.com/x/81"),
    ("N", "el", "Ακύρωση παραγγελίας: https://e.com/x/81"),
    ("N", "tr", "Siparişi iptal et: https://e.com/x/81"),
    ("N", "pt", "Cancelar pedido: https://e.com/x/81"),    # Session 24: the stop-watching line of the topic notification of the phpBB extension
    # primehalo/primenotify (language/<lang>/email/topic_notify.txt, GPL-2.0), read by
    # repository and path, measured once after the cancelling pairs and not tuned on.
    ("O", "en", "If you no longer wish to watch this topic, either click the \"Unsubscribe topic\" link found in the forum above, or click the following link:\r\nhttps://e.com/x/81"),
    ("O", "fr", "Si vous souhaitez ne plus surveiller ce sujet, cliquez sur le lien �� Se desabonner du sujet �� sur la page du forum, ou cliquez sur le lien suivant :\r\nhttps://e.com/x/81"),
    ("O", "ru", "Если вы больше не хотите следить за темой, то либо щёлкните по находящейся в ней ссылке «Отписаться от темы», либо перейдите по следующей ссылке:\r\nhttps://e.com/x/81"),
    ("O", "cs", "Pokud nadále nechcete sledovat toto téma, můžete buď kliknout na odkaz\r\n„Ukončit sledování tématu“, který naleznete naspodu tématu nahoře, nebo\r\nkliknout na následující odkaz:\r\nhttps://e.com/x/81"),
    ("O", "da", "Hvis du ikke længere ønsker at overvåge dette emne, kan du enten klikke på \"Stop overvågning af emne\" linket, som du finder øverst i ovennævnte emne, eller ved at klikke på følgende link:\r\nhttps://e.com/x/81"),
    ("O", "el", "Εάν δεν επιθυμείτε πλέον, την παρακολούθηση του Θέματος επιλέξτε \"Παύση παρακολούθησης αυτού του Θέματος\" στο κάτω τμήμα της σελίδας του Θέματος ή πατήστε στον ακόλουθο δεσμό:\r\nhttps://e.com/x/81"),
    ("O", "es", "Si desea dejar de seguir este tema, puede seleccionar el enlace \"No seguir Tema\" situado en el foro mencionado o hacer clic sobre este enlace:\r\nhttps://e.com/x/81"),
    ("O", "it", "Se non desideri più seguire la discussione, clicca sul link \"Annulla sottoscrizione forum\" seguendo il link che trovi sopra, oppure clicca sul seguente link:\r\nhttps://e.com/x/81"),
    ("O", "nl", "Als je dit onderwerp niet meer wilt volgen, klik dan bovenaan op \"Geen abonnement meer op dit onderwerp\" in het forum, of klik op deze link:\r\nhttps://e.com/x/81"),
    ("O", "pt", "Caso não pretenda continuar a observar este tópico, poderá clicar em \"Parar de observar este tópico\" no tópico mencionado ou clicar no link que se segue:\r\nhttps://e.com/x/81"),
    # The German pack says only "visit the forum" above the stop-watching link: no opt-out by its words.
    ("N", "de", "Du kannst das Forum durch einen Klick auf den folgenden Link besuchen:\r\nhttps://e.com/x/81"),    # Session 24, written against stopping the following or watching of a topic: following
    # and watching offered, tracking a parcel.
    ("N", "en", "Watch the video: https://e.com/x/81"),
    ("N", "en", "Start following this topic: https://e.com/x/81"),
    ("N", "en", "Keep watching: https://e.com/x/81"),
    ("N", "en", "Follow us on Twitter: https://e.com/x/81"),
    ("N", "es", "Síguenos en Instagram: https://e.com/x/81"),
    ("N", "es", "Seguir leyendo: https://e.com/x/81"),
    ("N", "nl", "Volg ons op Facebook: https://e.com/x/81"),
    ("N", "nl", "Blijf ons volgen: https://e.com/x/81"),
    ("N", "pt", "Observar este tópico: https://e.com/x/81"),
    ("N", "pt", "Siga-nos: https://e.com/x/81"),
    ("N", "da", "Overvåg dette emne: https://e.com/x/81"),
    ("N", "el", "Παρακολούθηση παραγγελίας: https://e.com/x/81"),
    ("N", "cs", "Sledovat toto téma: https://e.com/x/81"),
    ("N", "cs", "Sledování zásilky: https://e.com/x/81"),
    ("N", "de", "Thema beobachten: https://e.com/x/81"),
    ("N", "de", "Sendungsverfolgung: https://e.com/x/81"),    # Session 24, written against reading a sentence wrapped over the lines of its paragraph:
    # an opt-out sentence that ends before another sentence gives the URL; wrapped opt-outs.
    ("N", "en", "Thanks for reading. If you no longer want these emails,\r\nyou can reply STOP. Meanwhile, our new collection\r\nis out now and you can browse it here:\r\nhttps://e.com/x/81"),
    ("N", "de", "Sie möchten diese E-Mails nicht mehr erhalten? Antworten Sie mit STOP.\r\nUnser neuer Katalog ist da und\r\nhier zu finden:\r\nhttps://e.com/x/81"),
    ("O", "en", "If you would rather not get these notifications about this\r\ntopic any more, you can stop watching it and unsubscribe\r\nwith the link below:\r\nhttps://e.com/x/81"),
    ("O", "fr", "Si vous ne souhaitez plus recevoir les notifications de ce\r\nsujet, vous pouvez vous désabonner en suivant\r\nle lien ci-dessous :\r\nhttps://e.com/x/81"),    # Session 24: the stop-watching line of phpBB's topic notification in language packs
    # (language/<lang>/email/topic_notify.txt of the repositories named; GPL-2.0), read by
    # repository and path and measured once before anything was changed for them.
    ("O", "de", "Wenn du das Thema nicht länger beobachten möchtest, verwende entweder den Link „Thema nicht mehr beobachten“ in dem entsprechenden Thema oder besuche folgenden Link:\r\n\r\nhttps://e.com/x/81"),  # phpbb-de/phpbb-translation
    ("O", "fr", "Si vous ne souhaitez plus surveiller ce sujet, vous pouvez cliquer sur le lien « Ne plus surveiller le sujet », présent en bas de page du sujet accessible ci-dessus, ou cliquer sur le lien suivant :\r\nhttps://e.com/x/81"),  # qiaeru/phpbb-language-fr
    ("O", "es", "Si no quiere seguir más ese tema puede hacer clic en \"Cancelar suscripción al tema\" cuando esté allí, \r\no bien siguiendo este enlace:\r\n\r\nhttps://e.com/x/81"),  # Sabayon/forum-website
    ("O", "it", "Se non desideri piu' controllare questo argomento puoi cliccare su \"Annulla sottoscrizione argomento\" che trovi sull'argomento sottoscritto, o cliccando sul link seguente:\r\n\r\nhttps://e.com/x/81"),  # phpbbitalia/phpbb-it
    ("O", "pl", "Jeśli nie chcesz już otrzymywać powiadomień, kliknij na odnośnik \"Przestań śledzić temat\", który znajduje się na dole powyższego tematu lub kliknij następujący odnośnik:\r\nhttps://e.com/x/81"),  # phpbb-pl/phpbb-translation
    ("O", "nl", "Als je niet langer meer geabonneerd wil zijn op dit onderwerp, klik dan op de \"Uitschrijven onderwerp\" link bovenaan of onderaan het onderwerp, of door te klikken op de volgende link:\r\nhttps://e.com/x/81"),  # phpbb-nl-vertaling/phpbb_nl
    ("O", "en", "If you no longer wish to watch this forum, either click the \"Unsubscribe forum\" link found in the forum above, or click the following link:\r\nhttps://e.com/x/81"),  # primehalo/primenotify    # Session 24, more of phpBB's packs (topic_notify.txt), measured once before any change.
    ("O", "pt", "Se você deseja parar de visualizar este tópico, clique no link \"Parar de visualizar este tópico\" na parte inferior esquerda do tópico, ou clique no seguinte endereço:\r\n\r\nhttps://e.com/x/81"),  # suportephpbb/phpbb
    ("O", "tr", "Eğer bu başlığı takip etmek istemiyorsanız başlığın altındaki \"Bu başlığa abone olmayı bırak\" bağlantısını bulup kullanabilirsiniz, ya da alttaki bağlantıya tıklayabilirsiniz:\r\n\r\nhttps://e.com/x/81"),  # phpbbturkiye/phpbb33turkce
    ("O", "ja", "このトピックの返信通知を停止したい場合、上記のトピックURLにてリンク \"このトピックの監視を解除する\" をクリックするか下記URLをクリックしてください：\r\n\r\nhttps://e.com/x/81"),  # hkowata/forum
    ("O", "zh", "如果您不希望再关注这个主题, 您可以点击主题浏览页面中的 \"取消关注这个主题\" 链接, 或者点击下面的链接:\r\nhttps://e.com/x/81"),  # MiltonLai/phpbb3-lang-chinese
    ("O", "cs", "Pokud již dále nechcete sledovat toto téma, použijte odkaz „Ukončit sledování tohoto tématu“, nebo použijte následující odkaz:\r\nhttps://e.com/x/81"),  # R3gi/phpbb-cz
    ("O", "fi", "Mikäli et enää halua seurata tämän viestiketjun vastauksia, voit napsauttaa \"Lopeta seuranta\" -linkkiä ketjun lopussa tai alla olevaa linkkiä:\r\nhttps://e.com/x/81"),  # pettis/phpbb3-finnish
    ("O", "hu", "Amennyiben a továbbiakban nem kívánod figyelni a témát, kattints a \"Leiratkozás a témáról\" linkre, melyet a fenti oldalon találsz, vagy egyszerűen kattints a következő linkre:\r\nhttps://e.com/x/81"),  # mrcll/phpbb-hu-translation
    ("O", "ru", "Если вы больше не хотите следить за темой, то либо щёлкните по находящейся в ней ссылке «Отписаться от темы», либо перейдите по следующей ссылке:\r\n\r\nhttps://e.com/x/81"),  # vrubleg/phpbbex
    ("O", "ar", "إذا لم ترغب في متابعة المنتدى، اضغط على الرابط التالي:\r\nhttps://e.com/x/81"),  # hubaishan/phpbb-Arabic
    ("O", "ar", "إذا لم تكن ترغب بمتابعة الموضوع اضغط على \"توقف عن متابعة الموضوع\" الموجودة في آخر الموضوع المذكور أعلاه , أو بالضغط على الوصلة التالية:\r\n\r\nhttps://e.com/x/81"),  # Sabayon/forum-website
    ("O", "he", "אם אינך מעוניין יותר לעקוב אחר הנושא, לחץ על הקישור \"בטל הרשמתך מנושא זה\" הנמצא בתחתית הנושא, או לחץ על הקישור הבא:\r\nhttps://e.com/x/81"),  # ReallyGood/phpBB-Hebrew
    ("O", "uk", "Якщо ви більше не хочете стежити за темою, то або клацніть по знаходиться в ній посиланням «Відмовитися від теми», або перейдіть за наступним посиланням:\r\nhttps://e.com/x/81"),  # phpbbukraine/ukrainian-3.1
    ("O", "ro", "Dacă nu mai doriţi să urmăriţi acest subiect, puteţi să folosiţi legătura \"Opreşte urmărirea acestui subiect\" care poate fi găsită în josul topicului de mai sus sau folosiţi următoarea legătură:\r\n\r\nhttps://e.com/x/81"),  # Sabayon/forum-website
    ("O", "el", "Εάν δεν επιθυμείτε πλέον να παρακολουθείτε αυτό το θέμα μπορείτε, είτε πατήσετε στον σύνδεσμο „Διακοπή συνδρομής θέματος“ που βρίσκεται στο κάτω μέρος του ανωτέρω θέματος, είτε πατήσετε στον παρακάτω σύνδεσμο:\r\nhttps://e.com/x/81"),  # tzampatzis/el_phpbb_3.3.x
    ("O", "vi", "Nếu bạn không muốn theo dõi chủ đề này nữa, bạn có thể bấm vào liên kết \"Ngừng theo dõi chủ đề này\" xuất hiện trong phần xem chủ đề hoặc bấm vào liên kết dưới đây:\r\nhttps://e.com/x/81"),  # Sabayon/forum-website
    ("O", "id", "Jika anda sudah tidak ingin lagi memperhatikan forum ini, anda dapat mengklik link \"Berhenti berlangganan forum\" yang terdapat di bawah forum, atau dengan mengklik link berikut ini:\r\nhttps://e.com/x/81"),  # FladeX/phpbb_id
    # Session 24, written against following (visualizar, takip, 关注) and Turkish stopping:
    ("N", "pt", "Clique para visualizar no navegador: https://e.com/x/81"),
    ("N", "tr", "Bizi takip edin: https://e.com/x/81"),
    ("N", "tr", "Bültenimize abone olun: https://e.com/x/81"),
    ("N", "zh", "关注我们的微信公众号：https://e.com/x/81"),
    ("N", "zh-Hant", "追蹤我們的粉絲專頁：https://e.com/x/81"),
    ("N", "fi", "Lähetyksen seuranta: https://e.com/x/81"), ("N", "fi", "Seuraa meitä Instagramissa: https://e.com/x/81"),
    ("N", "ar", "تابعونا على تويتر: https://e.com/x/81"),
    ("N", "ar", "متابعة الطلب: https://e.com/x/81"),
    ("N", "he", "עקבו אחרינו בפייסבוק: https://e.com/x/81"),
    ("N", "he", "להרשמה לאירוע: https://e.com/x/81"),
    ("N", "uk", "Стежити за замовленням: https://e.com/x/81"),
    ("N", "uk", "Стежте за нами в Instagram: https://e.com/x/81"),
    ("N", "ro", "Urmăriți comanda: https://e.com/x/81"),
    ("N", "ro", "Urmăriți-ne pe Facebook: https://e.com/x/81"),
    ("N", "vi", "Theo dõi đơn hàng: https://e.com/x/81"),
    ("N", "vi", "Theo dõi chúng tôi trên Facebook: https://e.com/x/81"),
    # Session 24, round 11: stopping or no longer wanting to follow a topic, and following
    # one or tracking an order, in the languages the real lines had not shown; written here.
    ("O", "it", "Se non vuoi più seguire questa discussione, clicca qui: https://e.com/x/81"),
    ("O", "it", "Smetti di seguire questa discussione: https://e.com/x/81"),
    ("O", "sv", "Om du inte längre vill bevaka den här tråden, klicka här: https://e.com/x/81"),
    ("O", "sv", "Sluta bevaka tråden: https://e.com/x/81"),
    ("O", "nb", "Hvis du ikke lenger vil følge denne tråden, klikk her: https://e.com/x/81"),
    ("O", "nb", "Slutt å følge tråden: https://e.com/x/81"),
    ("O", "pl", "Jeśli nie chcesz już obserwować tego wątku, kliknij tutaj: https://e.com/x/81"),
    ("O", "pl", "Przestań obserwować wątek: https://e.com/x/81"),
    ("O", "sk", "Ak už nechcete sledovať túto tému, kliknite sem: https://e.com/x/81"),
    ("O", "sk", "Zrušiť sledovanie témy: https://e.com/x/81"),
    ("O", "hu", "Ha a továbbiakban nem kívánod követni ezt a témát, kattints ide: https://e.com/x/81"),
    ("O", "hu", "Téma követésének leállítása: https://e.com/x/81"),
    ("O", "ru", "Если вы больше не хотите отслеживать эту тему, нажмите здесь: https://e.com/x/81"),
    ("O", "ru", "Прекратить отслеживание темы: https://e.com/x/81"),
    ("O", "id", "Jika Anda tidak ingin lagi mengikuti topik ini, klik di sini: https://e.com/x/81"),
    ("O", "id", "Berhenti mengikuti topik ini: https://e.com/x/81"),
    ("O", "th", "หากคุณไม่ต้องการติดตามกระทู้นี้อีกต่อไป คลิกที่นี่: https://e.com/x/81"),
    ("O", "th", "เลิกติดตามกระทู้นี้: https://e.com/x/81"),
    ("O", "ja", "このスレッドのフォローを解除するにはこちら：https://e.com/x/81"),
    ("O", "ko", "이 주제의 알림을 그만 받으려면 팔로우를 취소하세요: https://e.com/x/81"),
    ("O", "da", "Hvis du ikke længere vil følge denne tråd, klik her: https://e.com/x/81"),
    ("O", "de", "Diesem Thema nicht mehr folgen: https://e.com/x/81"),
    ("O", "es", "Dejar de seguir este hilo: https://e.com/x/81"),
    ("O", "fr", "Ne plus suivre cette discussion : https://e.com/x/81"),
    ("O", "pt", "Deixar de seguir este tópico: https://e.com/x/81"),
    ("O", "nl", "Stop met het volgen van dit onderwerp: https://e.com/x/81"),
    ("O", "cs", "Přestat sledovat toto vlákno: https://e.com/x/81"),
    ("O", "uk", "Припинити стеження за темою: https://e.com/x/81"),
    ("O", "tr", "Bu konuyu takip etmeyi bırak: https://e.com/x/81"),
    ("O", "ar", "إلغاء متابعة هذا الموضوع: https://e.com/x/81"),
    ("O", "he", "הפסק לעקוב אחר הנושא: https://e.com/x/81"),
    ("O", "vi", "Bỏ theo dõi chủ đề này: https://e.com/x/81"),
    ("O", "zh", "取消关注此主题：https://e.com/x/81"),
    ("O", "el", "Διακοπή παρακολούθησης του θέματος: https://e.com/x/81"),
    ("O", "fi", "Lopeta ketjun seuraaminen: https://e.com/x/81"),
    ("O", "ro", "Nu mai urmări acest subiect: https://e.com/x/81"),
    ("N", "it", "Segui questa discussione: https://e.com/x/81"),
    ("N", "sv", "Bevaka tråden: https://e.com/x/81"),
    ("N", "nb", "Følg tråden: https://e.com/x/81"),
    ("N", "pl", "Obserwuj wątek: https://e.com/x/81"),
    ("N", "sk", "Sledovať tému: https://e.com/x/81"),
    ("N", "hu", "Kövesd a témát: https://e.com/x/81"),
    ("N", "ru", "Отслеживать заказ: https://e.com/x/81"),
    ("N", "id", "Ikuti kami di Instagram: https://e.com/x/81"),
    ("N", "th", "ติดตามพัสดุ: https://e.com/x/81"),
    ("N", "ja", "フォローする：https://e.com/x/81"),
    ("N", "ko", "팔로우하기: https://e.com/x/81"),
    ("N", "de", "Folge uns auf Instagram: https://e.com/x/81"),
    ("N", "fr", "Suivre cette discussion : https://e.com/x/81"),
    ("N", "es", "Seguir este hilo: https://e.com/x/81"),
    ("N", "zh", "关注此主题：https://e.com/x/81"),
    ("N", "tr", "Siparişini takip et: https://e.com/x/81"),
    ("N", "nl", "Volg dit onderwerp: https://e.com/x/81"),
    ("N", "da", "Følg os på Facebook: https://e.com/x/81"),
    # Session 24, written against reading the paragraph before a blank line when it ends with a
    # colon announcing the URL, and against "ne souhaitez plus" and "surveiller".
    ("N", "en", "If you no longer want these emails, reply STOP. Browse the new collection here:\r\n\r\nhttps://e.com/x/81"),
    ("N", "de", "Sie möchten keine E-Mails mehr? Antworten Sie mit STOP. Unser neuer Katalog:\r\n\r\nhttps://e.com/x/81"),
    ("N", "fr", "Vous ne souhaitez plus recevoir nos e-mails ? Répondez STOP. Notre boutique :\r\n\r\nhttps://e.com/x/81"),
    ("N", "fr", "Pour ne plus manquer le suivi de votre commande : https://e.com/x/81"),
    # Round 12 (session 24), written after the Italian "Puoi cancellare in qualsiasi momento la
    # tua iscrizione" was missed: "at any time" between the verb and what it ends, in the
    # languages that put it there; look-alikes with the same adverb and nothing ended.
    ("O", "it", "Puoi annullare in qualsiasi momento la tua iscrizione: https://e.com/x/81"),
    ("O", "it", "Puoi disattivare in ogni momento le notifiche: https://e.com/x/81"),
    ("O", "es", "Puedes cancelar en cualquier momento tu suscripción: https://e.com/x/81"),
    ("O", "pt", "Você pode cancelar a qualquer momento a sua assinatura: https://e.com/x/81"),
    ("O", "fr", "Vous pouvez annuler à tout moment votre abonnement : https://e.com/x/81"),
    ("O", "de", "Sie können jederzeit und kostenlos Ihr Abonnement kündigen: https://e.com/x/81"),
    ("O", "nl", "Je kunt op elk moment je abonnement opzeggen: https://e.com/x/81"),
    ("O", "ro", "Poți anula în orice moment abonamentul tău: https://e.com/x/81"),
    ("O", "pl", "Możesz w każdej chwili anulować swoją subskrypcję: https://e.com/x/81"),
    ("N", "it", "Puoi modificare in qualsiasi momento il tuo profilo: https://e.com/x/81"),
    ("N", "es", "Puedes consultar en cualquier momento tu pedido: https://e.com/x/81"),
    ("N", "fr", "Vous pouvez consulter à tout moment votre commande : https://e.com/x/81"),
    ("N", "pt", "Você pode acompanhar a qualquer momento o seu pedido: https://e.com/x/81"),
    ("N", "de", "Sie können jederzeit und kostenlos Ihre Bestellung verfolgen: https://e.com/x/81"),
]


def message(index, line):
    body = f"News of the week: five new arrivals.\r\n\r\nRead them all at https://e.com/news\r\n\r\n{line}\r\n"
    return release_tool.email(index, "News <news@e.com>", "News", body, "text/plain",
                              "Precedence: bulk\r\nList-Id: <news.e.com>\r\n")


def main():
    release_tool.score_silence(PROBES, message, "unsubscribe-link-missing", "O", "opt-out lines", ("missed", "false link"))


if __name__ == "__main__":
    main()
