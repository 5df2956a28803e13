#!/usr/bin/env python3
"""Development-time probe, not part of the build or the tests: opt-out link texts written
here (not taken from the corpus or the vocabulary), each put in a bulk message whose link
URL carries no opt-out word, and `mail-lint --rule unsubscribe-link-missing` run over them.
A text labelled O must be recognised (no finding); one labelled N must not (a finding).

    python3 .dev/probe-opt-out-links.py
"""
import release_tool

PROBES = [
    ("O", "en", "Opt out of these emails"), ("O", "en", "Stop getting these emails"),
    ("O", "en", "Unsubscribe from this list"), ("O", "en", "Turn off these notifications"),
    ("O", "en", "Email preferences"), ("O", "en", "Manage your subscription"),
    ("O", "en", "Don't want these emails? Unsubscribe"), ("O", "en", "Remove me from this list"),
    ("O", "en", "Change how often you hear from us"), ("O", "en", "Leave this mailing list"),
    ("O", "de", "Newsletter abbestellen"), ("O", "de", "Vom Newsletter abmelden"),
    ("O", "de", "Keine E-Mails mehr erhalten"), ("O", "de", "E-Mail-Einstellungen verwalten"),
    ("O", "fr", "Se désabonner de la newsletter"), ("O", "fr", "Ne plus recevoir ces e-mails"),
    ("O", "fr", "Gérer mes préférences"), ("O", "es", "Cancelar la suscripción"),
    ("O", "es", "Dejar de recibir estos correos"), ("O", "es", "Darme de baja"), ("O", "pt", "Descadastrar-se"),
    ("O", "pt", "Cancelar inscrição"), ("O", "pt", "Não quero mais receber estes e-mails"),
    ("O", "it", "Annulla l'iscrizione"), ("O", "it", "Disiscriviti dalla newsletter"),
    ("O", "it", "Non ricevere più queste email"), ("O", "nl", "Afmelden voor de nieuwsbrief"), ("O", "nl", "Uitschrijven"),
    ("O", "sv", "Avregistrera dig från nyhetsbrevet"), ("O", "sv", "Avsluta prenumerationen"),
    ("O", "da", "Afmeld nyhedsbrevet"), ("O", "nb", "Meld deg av nyhetsbrevet"), ("O", "fi", "Peru uutiskirjeen tilaus"),
    ("O", "pl", "Wypisz się z newslettera"), ("O", "pl", "Zrezygnuj z subskrypcji"), ("O", "cs", "Odhlásit se z odběru"),
    ("O", "sk", "Odhlásiť sa z odberu"), ("O", "hu", "Leiratkozás a hírlevélről"), ("O", "ro", "Dezabonează-te"),
    ("O", "tr", "Abonelikten çık"), ("O", "tr", "E-posta aboneliğinden çıkın"), ("O", "el", "Διαγραφή από τη λίστα"),
    ("O", "ru", "Отписаться от рассылки"), ("O", "uk", "Відписатися від розсилки"), ("O", "ja", "配信停止はこちら"),
    ("O", "ja", "メール配信の停止"), ("O", "zh", "取消订阅"), ("O", "zh", "退订此类邮件"), ("O", "zh-Hant", "取消訂閱"),
    ("O", "ko", "수신 거부"), ("O", "ko", "구독 취소"), ("O", "ar", "إلغاء الاشتراك"), ("O", "he", "הסרה מרשימת התפוצה"),
    ("O", "id", "Berhenti berlangganan"), ("O", "vi", "Hủy đăng ký"), ("O", "th", "ยกเลิกการรับข่าวสาร"),
    ("N", "en", "Subscribe to our newsletter"), ("N", "en", "Manage your order"), ("N", "en", "Update your profile picture"),
    ("N", "en", "Cancel your booking"), ("N", "de", "Jetzt abonnieren"), ("N", "fr", "S'abonner"), ("N", "es", "Suscríbete"),
    ("N", "en", "View in browser"), ("N", "en", "Stop watching this thread on GitHub"), ("N", "it", "Iscriviti"),
    # A second round, written after the first was read right (6 of its 40 opt-out texts
    # were missed before the vocabulary lines they led to).
    ("O", "en", "Notification settings"), ("O", "en", "Email settings"), ("O", "en", "Manage email notifications"),
    ("O", "en", "Unsubscribe from all"), ("O", "en", "Click here to stop receiving emails from us"),
    ("O", "en", "Change your email preferences or unsubscribe"), ("O", "en", "Opt-out"),
    ("O", "en", "Remove my email address"), ("O", "en", "I no longer want to receive these emails"),
    ("O", "de", "Abmeldung vom Newsletter"), ("O", "de", "Newsletter-Abmeldung"),
    ("O", "de", "E-Mail-Benachrichtigungen verwalten"), ("O", "fr", "Désinscription"),
    ("O", "fr", "Gérer vos abonnements"), ("O", "es", "Baja de la lista"), ("O", "es", "Cancelar suscripción"),
    ("O", "it", "Annullare l'iscrizione"), ("O", "pt", "Preferências de e-mail"), ("O", "nl", "Afmelden"),
    ("O", "nl", "Uitschrijven voor deze nieuwsbrief"), ("O", "pl", "Wypisz mnie"), ("O", "cs", "Odhlásit odběr"),
    ("O", "sv", "Avprenumerera"), ("O", "da", "Afmeld"), ("O", "fi", "Lopeta tilaus"), ("O", "hu", "Leiratkozás"),
    ("O", "ro", "Dezabonare"), ("O", "tr", "Abonelikten çıkmak için tıklayın"), ("O", "el", "Απεγγραφή"),
    ("O", "ru", "Отписаться"), ("O", "uk", "Відписатися"), ("O", "ja", "配信停止"), ("O", "zh", "退订"),
    ("O", "zh-Hant", "取消訂閱"), ("O", "ko", "수신거부"), ("O", "ar", "إلغاء الاشتراك"), ("O", "he", "להסרה"),
    ("O", "id", "Berhenti Berlangganan"), ("O", "vi", "Hủy đăng ký nhận email"), ("O", "th", "ยกเลิกการสมัคร"),
    ("N", "en", "Account settings"), ("N", "en", "Privacy policy"), ("N", "en", "Terms of service"),
    ("N", "en", "Forward to a friend"), ("N", "en", "Update billing info"),
    ("N", "en", "Unsubscribed users can resubscribe here"), ("N", "de", "Mitglied werden"),
    ("N", "fr", "S'inscrire à la newsletter"),
    # A third round (session 14), written after the second was read right: the wording of
    # large senders' footers, in every language of the vocabulary.
    ("O", "en", "Update your email preferences"), ("O", "en", "Unsubscribe instantly"),
    ("O", "en", "Manage notifications"), ("O", "en", "Click here to unsubscribe"),
    ("O", "en", "Opt out of marketing emails"), ("O", "en", "Stop receiving marketing emails"),
    ("O", "en", "Change your communication preferences"), ("O", "en", "Unsubscribe or manage email preferences"),
    ("O", "en", "Manage subscriptions"), ("O", "en", "Email subscription center"),
    ("O", "en", "Subscription preferences"), ("O", "en", "Turn off email notifications"),
    ("O", "en", "Mute these notifications"), ("O", "de", "Hier abmelden"), ("O", "de", "Abbestellen"),
    ("O", "de", "Newsletter kündigen"), ("O", "de", "Benachrichtigungseinstellungen ändern"),
    ("O", "de", "Vom Verteiler abmelden"), ("O", "fr", "Se désinscrire"), ("O", "fr", "Me désabonner"),
    ("O", "fr", "Se désinscrire de cette liste"), ("O", "fr", "Modifier mes préférences de communication"),
    ("O", "es", "Darse de baja"), ("O", "es", "Anular suscripción"), ("O", "es", "Gestionar mis preferencias"),
    ("O", "es", "Desuscribirse"), ("O", "es", "Dejar de recibir correos"), ("O", "it", "Cancellati"),
    ("O", "it", "Cancella l’iscrizione"), ("O", "it", "Disiscriviti"), ("O", "it", "Gestisci le preferenze"),
    ("O", "it", "Non voglio più ricevere queste email"), ("O", "pt", "Cancelar assinatura"),
    ("O", "pt", "Descadastrar"), ("O", "pt", "Sair da lista"), ("O", "pt", "Gerenciar preferências"),
    ("O", "pt", "Deixar de receber e-mails"), ("O", "nl", "Afmelden voor deze e-mails"),
    ("O", "nl", "Voorkeuren beheren"), ("O", "sv", "Avsluta prenumeration"),
    ("O", "sv", "Hantera dina e-postinställningar"), ("O", "da", "Frameld nyhedsbrev"), ("O", "da", "Afmeld dig her"),
    ("O", "nb", "Avslutt abonnement"), ("O", "nb", "Meld deg av"), ("O", "fi", "Peruuta tilaus"),
    ("O", "pl", "Wypisz się"), ("O", "pl", "Rezygnacja z subskrypcji"), ("O", "pl", "Zarządzaj subskrypcją"),
    ("O", "cs", "Odhlásit se"), ("O", "cs", "Zrušit odběr"), ("O", "sk", "Zrušiť odber"), ("O", "sk", "Odhlásiť"),
    ("O", "hu", "Leiratkozom"), ("O", "ro", "Dezabonare de la newsletter"), ("O", "ro", "Renunță la abonare"),
    ("O", "tr", "Aboneliği iptal et"), ("O", "tr", "E-posta tercihlerini yönet"), ("O", "el", "Κατάργηση εγγραφής"),
    ("O", "ru", "Отписаться от писем"), ("O", "ru", "Отказаться от рассылки"), ("O", "ru", "Управление подпиской"),
    ("O", "uk", "Скасувати підписку"), ("O", "uk", "Відмовитися від розсилки"), ("O", "ja", "メルマガの配信停止"),
    ("O", "ja", "配信解除"), ("O", "ja", "購読解除"), ("O", "zh", "取消订阅邮件"), ("O", "zh", "退订邮件"),
    ("O", "zh-Hant", "取消訂閱電子報"), ("O", "zh-Hant", "退訂"), ("O", "ko", "구독 해지"), ("O", "ko", "수신 거부하기"),
    ("O", "ar", "إلغاء الاشتراك من القائمة البريدية"), ("O", "he", "הסר אותי מרשימת התפוצה"),
    ("O", "he", "ביטול הרשמה"), ("O", "id", "Berhenti langganan"), ("O", "id", "Batalkan langganan"),
    ("O", "vi", "Hủy đăng ký nhận tin"), ("O", "vi", "Ngừng nhận email"), ("O", "th", "ยกเลิกการรับอีเมล"),
    ("N", "en", "Subscribe"), ("N", "en", "Sign up for our newsletter"), ("N", "en", "Manage your account"),
    ("N", "en", "Manage your booking"), ("N", "en", "Update your address"), ("N", "en", "Contact us"),
    ("N", "de", "Abonnieren"), ("N", "fr", "Abonnez-vous"), ("N", "es", "Suscribirse"), ("N", "it", "Registrati"),
    ("N", "en", "Cancel your order"), ("N", "en", "Leave a review"),
    # Session 15, round 4: the languages with the thinnest vocabulary, their other usual
    # link texts, and the subscribe texts beside them.
    ("O", "fi", "Lopeta tilaus"), ("O", "fi", "Poistu postituslistalta"), ("O", "fi", "Hallinnoi sähköpostiasetuksia"),
    ("O", "hu", "Leiratkozom"), ("O", "hu", "Hírlevél lemondása"), ("O", "hu", "E-mail beállítások kezelése"),
    ("O", "tr", "Abonelikten ayrıl"), ("O", "tr", "E-posta aboneliğini iptal et"),
    ("O", "tr", "E-posta tercihlerini güncelle"), ("O", "el", "Απεγγραφή"), ("O", "el", "Διαγραφή από τη λίστα"),
    ("O", "el", "Κατάργηση συνδρομής"), ("O", "cs", "Odhlásit se z odběru"), ("O", "cs", "Zrušit odběr"),
    ("O", "sk", "Zrušiť odber"), ("O", "sk", "Odhlásiť z newslettera"), ("O", "ro", "Dezabonează-te"),
    ("O", "ro", "Anulează abonamentul"), ("O", "ro", "Preferințe e-mail"), ("O", "uk", "Скасувати підписку"),
    ("O", "uk", "Відмовитися від розсилки"), ("O", "ru", "Отказаться от рассылки"), ("O", "ru", "Отменить подписку"),
    ("O", "ru", "Управление подписками"), ("O", "id", "Berhenti langganan"), ("O", "id", "Batalkan langganan"),
    ("O", "id", "Kelola preferensi email"), ("O", "vi", "Hủy đăng ký nhận tin"), ("O", "vi", "Ngừng nhận email"),
    ("O", "vi", "Quản lý đăng ký"), ("O", "ar", "إلغاء الاشتراك في النشرة"), ("O", "ar", "إدارة التفضيلات"),
    ("O", "he", "ביטול הרשמה"), ("O", "he", "להסרה לחצו כאן"), ("O", "th", "ยกเลิกการสมัครรับข่าวสาร"),
    ("O", "ko", "구독 취소"), ("O", "ko", "뉴스레터 수신 거부"), ("O", "ja", "購読解除"), ("O", "ja", "メール配信の設定"),
    ("O", "zh-Hant", "取消訂閱"), ("O", "zh-Hant", "退訂電子報"), ("O", "zh", "取消订阅"), ("O", "zh", "退订邮件"),
    ("N", "fi", "Tilaa uutiskirje"), ("N", "hu", "Feliratkozás"), ("N", "tr", "Abone ol"), ("N", "el", "Εγγραφή"),
    ("N", "cs", "Přihlásit k odběru"), ("N", "ru", "Подписаться на рассылку"), ("N", "id", "Berlangganan sekarang"),
    ("N", "vi", "Đăng ký ngay"), ("N", "ar", "اشترك الآن"), ("N", "he", "הרשמה לניוזלטר"), ("N", "th", "สมัครสมาชิก"),
    ("N", "ko", "구독하기"), ("N", "ja", "購読する"), ("N", "zh-Hant", "立即訂閱"), ("N", "zh", "立即订阅"),
]


def message(index, text):
    body = (f'<html><body><p>News of the week.</p><p><a href="https://example.com/r/{index}7x">{text}</a></p>'
            '<p>Contact: help@example.com</p></body></html>')
    return release_tool.email(index, "News <news@example.com>", "News", body,
                              extra_headers="Precedence: bulk\r\nList-Id: <news.example.com>\r\n")


def main():
    release_tool.score_silence(PROBES, message, "unsubscribe-link-missing", "O", "opt-out texts", ("missed", "false alarm"))


if __name__ == "__main__":
    main()
