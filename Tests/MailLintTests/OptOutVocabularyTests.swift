import Testing

@testable import MailLint

/// Opt-out link texts in every language of the vocabulary, through the shared normalisation
/// (typographic apostrophes, NBSP, soft hyphens, fullwidth forms, case and accents).
struct OptOutVocabularyTests {
    @Test(arguments: [
        ("Unsubscribe", "en"), ("Manage your preferences", "en"), ("Abmelden", "de"), ("Se désinscrire", "fr"),
        // A question and its answer are read as one.
        ("Zu viele E-Mails? Einstellungen ändern", "de"), ("Too many notifications? Change settings", "en"),
        ("Darse de baja", "es"), ("Descadastre-se", "pt"), ("Cancella l’iscrizione", "it"),
        ("Cancella l'iscrizione", "it"), ("Afmelden", "nl"), ("Wypisz się", "pl"), ("Avregistrera", "sv"),
        ("Afmeld nyhedsbrev", "da"), ("Meld deg av", "nb"), ("Peruuta tilaus", "fi"), ("Odhlásit odběr", "cs"),
        ("Odhlásenie", "sk"), ("Leiratkozás", "hu"), ("Dezabonare", "ro"), ("Abonelikten çık", "tr"),
        ("Κατάργηση εγγραφής", "el"), ("Отписаться", "ru"), ("Відписатися", "uk"), ("수신거부", "ko"),
        ("إلغاء الاشتراك", "ar"), ("להסרה מרשימת התפוצה", "he"), ("Berhenti berlangganan", "id"),
        ("Hủy đăng ký", "vi"), ("ยกเลิกการรับข่าวสาร", "th"), ("退订", "zh"), ("取消訂閱", "zh"), ("配信停止", "ja"),
        ("UN\u{00AD}SUBSCRIBE", "en"), ("ｕｎｓｕｂｓｃｒｉｂｅ", "en"), ("Se\u{00A0}désinscrire", "fr"),
        ("Odhla\u{0301}sit", "cs"), ("購読を解除", "ja"), ("メール配信を停止する", "ja"), ("ยกเลิกการรับอีเมล", "th"),
        // Definite and compound forms, and the sentence before a plain-text link.
        ("Avslutt abonnementet", "nb"), ("Abonnement kündigen", "de"), ("メール配信の停止はこちら", "ja"),
        ("Peruuta uutiskirjeen tilaus", "fi"), ("Hủy nhận email", "vi"),
        ("Aby zrezygnować z otrzymywania wiadomości, kliknij:", "pl"),
        ("Ha nem szeretne több levelet kapni, iratkozzon le itt:", "hu"), ("수신을 원하지 않으시면 여기를 클릭하세요:", "ko"),
        ("Если вы не хотите получать наши письма, нажмите:", "ru"),
        // Stems: endings, clitics, cases and compounds nobody listed.
        ("Descadastrar-se", "pt"), ("E-posta aboneliğinden çıkın", "tr"), ("Zur Abmeldung vom Newsletter", "de"),
        ("Désabonnez-vous", "fr"), ("Uitschrijving bevestigen", "nl"), ("Отписка от рассылки", "ru"),
        ("Stop getting these emails", "en"), ("Turn off these notifications", "en"),
        ("Peru uutiskirjeen tilaus", "fi"), ("Não quero mais receber estes e-mails", "pt"),
        // Notification settings, a hyphen-joined German compound, subscriptions managed.
        ("Notification settings", "en"), ("Remove my email address", "en"), ("Newsletter-Abmeldung", "de"),
        ("E-Mail-Benachrichtigungen verwalten", "de"), ("Gérer vos abonnements", "fr"),
        // A subscription centre, muted notifications, inflected nouns and compounds.
        ("Email subscription center", "en"), ("Mute these notifications", "en"),
        ("Non voglio più ricevere queste email", "it"), ("Hantera dina e-postinställningar", "sv"),
        ("Zarządzaj subskrypcją", "pl"), ("Renunță la abonare", "ro"), ("E-posta tercihlerini yönet", "tr"),
        ("Управление подпиской", "ru"), ("구독 해지", "ko"), ("Aboneliğinizi iptal etmek için", "tr"),
        // Reflexive infinitives and a possessive inside "cancel the subscription".
        ("Per cancellarti:", "it"), ("Para cancelar tu suscripción", "es"), ("Cancelar sua assinatura", "pt"),
        // As templates type them: short, no-break hyphen, accents left out.
        ("Unsub", "en"), ("Opt\u{2011}out", "en"), ("Cancelar suscripcion", "es"), ("Odhlasit odber", "cs"),
        ("Abonelikten cik", "tr"), ("Huy dang ky", "vi"),
        // Leaving a list and the e-mail settings where the lines were fewest.
        ("Poistu postituslistalta", "fi"), ("Hírlevél lemondása", "hu"), ("Abonelikten ayrıl", "tr"),
        ("Κατάργηση συνδρομής", "el"), ("Anulează abonamentul", "ro"), ("Отменить подписку", "ru"),
        ("Kelola preferensi email", "id"), ("Quản lý đăng ký", "vi"), ("メール配信の設定", "ja"),
        // Two parts with words between them: stopping mail, the settings of a subscription.
        ("Stop all marketing emails", "en"), ("Alle Marketing-E-Mails stoppen", "de"),
        ("Zatrzymaj wszystkie e-maile marketingowe", "pl"), ("Tüm pazarlama e-postalarını durdur", "tr"),
        ("すべてのマーケティングメールを停止", "ja"), ("Paramètres d'abonnement", "fr"), ("Ustawienia subskrypcji", "pl"),
        ("Настройки подписки", "ru"), ("購読設定", "ja"), ("Abonnement-Einstellungen", "de"), ("Відпишіться тут", "uk"),
        ("Um diese E-Mails nicht mehr zu erhalten, besuchen Sie:", "de"),
        ("Чтобы больше не получать эти письма:", "ru"),
        ("Pentru a nu mai primi aceste e-mailuri, accesați:", "ro"),
        // The settings of the notifications, managing a subscription, no more newsletters.
        ("Paramètres de notification", "fr"), ("Ustawienia powiadomień", "pl"), ("通知設定", "ja"), ("알림 설정", "ko"),
        ("Abo verwalten", "de"), ("Keine Newsletter mehr", "de"), ("No longer interested?", "en"),
        ("No quiero recibir más correos", "es"),
        // The sentence around a vague link: not wanting to hear from the sender, fewer emails.
        ("Don't want to hear from us?", "en"), ("If you'd rather not receive these emails,", "en"),
        ("Want fewer emails?", "en"), ("¿No quieres recibir más correos?", "es"),
        ("Não quer mais receber nossos e-mails?", "pt"), ("Nie chcesz już otrzymywać naszych wiadomości?", "pl"),
        ("Не хотите больше получать наши письма?", "ru"), ("Vill du inte längre få våra mejl?", "sv"),
        ("Etkö halua enää saada viestejämme?", "fi"), ("E-postalarımızı almak istemiyor musunuz?", "tr"),
        ("더 이상 이메일을 받고 싶지 않으시면", "ko"),
        // E-mail notifications turned off, oneself taken off the list, not wanting these.
        ("Turn off email updates", "en"), ("Mute these updates", "en"), ("Take me off this list", "en"),
        ("E-Mail-Benachrichtigungen deaktivieren", "de"), ("Désactiver les notifications par e-mail", "fr"),
        ("Je ne souhaite plus recevoir ces e-mails", "fr"), ("Disattiva le notifiche email", "it"),
        ("E-mailmeldingen uitschakelen", "nl"), ("Slå av e-postvarsler", "nb"), ("Wyłącz powiadomienia e-mail", "pl"),
        ("Nie chcę otrzymywać tych wiadomości", "pl"), ("E-posta bildirimlerini kapat", "tr"),
        ("Tắt thông báo qua email", "vi"), ("关闭邮件通知", "zh"), ("이메일 알림 끄기", "ko"),
        ("Para não receber mais nossos e-mails, acesse:", "pt"), ("Vill du inte få fler mejl från oss?", "sv"),
        ("Чтобы отказаться от получения писем:", "ru"), ("אם אינך רוצה לקבל עוד הודעות", "he"),
        ("今後このメールが不要な場合はこちら", "ja"), ("如不希望再收到此类邮件，请点击", "zh"),
    ])
    func recognisesOptOutLinkTexts(_ text: String, _ language: String) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Read more", "Contact us", "Subscribe now", "Abonnieren", "S’abonner", "Подписаться", "注文をキャンセル",
        "ยกเลิกคำสั่งซื้อ", "Uutiskirjeen tilauksen vahvistus", "Abonnement verlängern", "Gerenciar pedidos",
        // A stem matches from a word's start only.
        "Zahlungsabmeldung", "Uutiskirjeen tilaus", "Account settings", "Update billing info",
        // Cancelling an order is not leaving a list.
        "Per cancellare l’ordine", "Cancelar tu pedido",
        // Settings of something else, stopping something that is no mail, parts far apart.
        "Delivery settings", "Privacy settings", "Stoppa beställningen", "Stop the payment",
        "Stop by our store to see all the new emails we designed",
        "Ältere E-Mails sind nicht mehr verfügbar", "Старые письма больше не доступны",
        // Managing or setting something else.
        "Manage your order", "Notification center", "Bestellung verwalten", "Paramètres du compte",
        // The same words offering something else.
        "Du kan inte längre få rabatt på den här varan.", "Artık sipariş almak çok kolay!",
        "Już nie możesz otrzymać zwrotu?", "רוצים לקבל יותר מידע?", "E-Mail-Adresse verwalten",
        // Keeping or restoring a subscription; "unsub" only as a word of its own.
        "Resubscribe", "Keep me subscribed", "Stay subscribed", "Opt in", "Unsubstantiated claims",
        // Turning off, muting or closing something that is no mail.
        "Turn off dark mode", "Mute this video", "Désactiver le mode sombre", "关闭窗口", "Stop sharing this document",
        // Two parts in two sentences.
        "Subscription renewed. Manage billing", "Abonnement verlängert. Einstellungen für Zahlungen",
        "Notifications are on. Stop by our store",
    ])
    func staysSilentOnOtherLinks(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }

    @Test func everyLanguageOfTheDeadEndLexiconHasOptOutWords() {
        let languages = Set(OptOutVocabulary.phrases.map(\.language))
        for language in DeadEndLexicon.languages where language.code != "zh-Hant" || !languages.contains("zh") {
            #expect(languages.contains(language.code), "\(language.code) has no opt-out words")
        }
    }
}
