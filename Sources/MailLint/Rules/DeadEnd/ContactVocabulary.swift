/// Link texts that lead to a person, in every language the dead-end lexicon reads: "contact
/// us", "Kundenservice", "Contactez-nous", "Служба поддержки", "고객센터". Matched folded, as
/// the opt-out vocabulary is (case, diacritics, apostrophes, hyphens and spaces do not
/// matter; whole words, anywhere for the scripts without spaces); a phrase with a final `*`
/// is a stem ("kontaktier*": "kontaktieren", "Kontaktieren Sie uns").
enum ContactVocabulary {
    /// The phrases and their language.
    static let phrases: [(phrase: String, language: String)] = [
        ("contact", "en"), ("contact us", "en"), ("get in touch", "en"), ("customer service", "en"),
        ("customer care", "en"), ("customer support", "en"), ("support", "en"), ("help", "en"), ("help centre", "en"),
        ("help center", "en"), ("talk to us", "en"), ("reach us", "en"), ("chat with us", "en"),
        ("kontakt", "de"), ("kontaktier*", "de"), ("kontaktformular", "de"), ("kundenservice", "de"),
        ("kundendienst", "de"), ("hilfe", "de"), ("schreiben sie uns", "de"),
        ("contactez-nous", "fr"), ("nous contacter", "fr"), ("contactez", "fr"), ("service client", "fr"),
        ("service clients", "fr"), ("assistance", "fr"), ("aide", "fr"),
        ("contacto", "es"), ("contáctanos", "es"), ("contáctenos", "es"), ("contactar", "es"), ("ayuda", "es"),
        ("soporte", "es"), ("atención al cliente", "es"), ("centro de ayuda", "es"),
        ("fale conosco", "pt"), ("contato", "pt"), ("contacte-nos", "pt"), ("entre em contato", "pt"),
        ("ajuda", "pt"), ("suporte", "pt"), ("atendimento", "pt"), ("apoio ao cliente", "pt"),
        ("contatt*", "it"), ("assistenza", "it"), ("aiuto", "it"), ("servizio clienti", "it"), ("supporto", "it"),
        ("neem contact op", "nl"), ("klantenservice", "nl"), ("hulp", "nl"), ("ondersteuning", "nl"),
        ("kontakta*", "sv"), ("kundtjänst", "sv"), ("hjälp", "sv"), ("kundservice", "sv"),
        ("kontakt os", "da"), ("kundeservice", "da"), ("hjælp", "da"),
        ("kontakt oss", "nb"), ("kundestøtte", "nb"), ("hjelp", "nb"),
        ("ota yhteyttä", "fi"), ("yhteystiedot", "fi"), ("asiakaspalvelu", "fi"), ("tuki", "fi"),
        ("skontaktuj*", "pl"), ("obsługa klienta", "pl"), ("pomoc", "pl"), ("wsparcie", "pl"),
        ("kontaktujte", "cs"), ("zákaznická podpora", "cs"), ("podpora", "cs"), ("nápověda", "cs"),
        ("zákaznícka podpora", "sk"),
        ("kapcsolat*", "hu"), ("ügyfélszolgálat*", "hu"), ("segítség", "hu"),
        ("contactează-ne", "ro"), ("contactați-ne", "ro"), ("asistență", "ro"), ("ajutor", "ro"), ("suport", "ro"),
        ("bize ulaşın", "tr"), ("iletişim", "tr"), ("destek", "tr"), ("yardım", "tr"), ("müşteri hizmetleri", "tr"),
        ("επικοινωνία", "el"), ("επικοινωνήστε μαζί μας", "el"), ("υποστήριξη", "el"), ("βοήθεια", "el"),
        ("εξυπηρέτηση πελατών", "el"),
        ("связаться", "ru"), ("свяжитесь с нами", "ru"), ("служба поддержки", "ru"), ("поддержка", "ru"),
        ("помощь", "ru"), ("контакты", "ru"), ("обратная связь", "ru"),
        ("зв'язатися", "uk"), ("служба підтримки", "uk"), ("підтримка", "uk"), ("допомога", "uk"),
        ("контакти", "uk"),
        ("お問い合わせ", "ja"), ("問い合わせ", "ja"), ("サポート", "ja"), ("ヘルプ", "ja"),
        ("联系我们", "zh"), ("客服", "zh"), ("帮助", "zh"), ("客户服务", "zh"),
        ("聯絡我們", "zh-Hant"), ("聯繫我們", "zh-Hant"), ("幫助", "zh-Hant"), ("客戶服務", "zh-Hant"),
        ("고객센터", "ko"), ("문의", "ko"), ("고객지원", "ko"), ("도움말", "ko"),
        ("اتصل بنا", "ar"), ("تواصل معنا", "ar"), ("الدعم", "ar"), ("مساعدة", "ar"), ("خدمة العملاء", "ar"),
        ("צור קשר", "he"), ("תמיכה", "he"), ("עזרה", "he"), ("שירות לקוחות", "he"),
        ("hubungi kami", "id"), ("bantuan", "id"), ("layanan pelanggan", "id"), ("dukungan", "id"),
        ("liên hệ", "vi"), ("hỗ trợ", "vi"), ("trợ giúp", "vi"), ("chăm sóc khách hàng", "vi"),
        ("ติดต่อเรา", "th"), ("ติดต่อ", "th"), ("ฝ่ายบริการลูกค้า", "th"), ("ช่วยเหลือ", "th"),
        // Session 14's second probe round: a person to talk to, "write to us" in each
        // language, help centres written as one compound word, help and support in the
        // cases a link puts them in ("Centrum pomocy", "Центр поддержки", "Κέντρο
        // βοήθειας"), and the definite article joined to Arabic and Hebrew nouns.
        ("talk to a person", "en"), ("talk to someone", "en"), ("speak to someone", "en"),
        ("speak to a person", "en"), ("email us", "en"), ("email our team", "en"), ("write to us", "en"),
        ("hilfe*", "de"), ("écrivez-nous", "fr"), ("escríbenos", "es"), ("escríbanos", "es"),
        ("scrivici", "it"), ("scriveteci", "it"), ("hjälp*", "sv"), ("hjælp*", "da"), ("hjelp*", "nb"),
        ("ohjekeskus", "fi"), ("pomoc*", "pl"), ("napisz do nas", "pl"),
        ("nápověd*", "cs"), ("súgó*", "hu"), ("βοήθει*", "el"), ("поддержк*", "ru"), ("напишите нам", "ru"),
        ("допомог*", "uk"), ("напишіть нам", "uk"), ("고객 지원", "ko"), ("المساعدة", "ar"),
        ("העזרה", "he"),
        // Session 17's round 4: asking, messaging, chatting and reporting as the way in.
        ("ask a question", "en"), ("ask us", "en"), ("send us a message", "en"), ("message us", "en"),
        ("live chat", "en"), ("submit a request", "en"), ("report a problem", "en"), ("report an issue", "en"),
        ("kundencenter", "de"), ("kontaktdaten", "de"), ("live-chat", "de"), ("frage stellen", "de"),
        ("problem melden", "de"),
        ("nous écrire", "fr"), ("chat en direct", "fr"), ("poser une question", "fr"),
        ("signaler un problème", "fr"), ("envíanos un mensaje", "es"), ("chat en vivo", "es"),
        ("hacer una pregunta", "es"), ("reportar un problema", "es"), ("chat ao vivo", "pt"),
        ("fale com a gente", "pt"), ("chat dal vivo", "it"), ("fai una domanda", "it"),
        ("segnala un problema", "it"), ("stel een vraag", "nl"), ("meld een probleem", "nl"),
        // Contact-link round 3 (session 28): a callback, a support ticket, a chat, and the
        // ways of reaching the sender that are one word or a fixed phrase (the others are
        // pairs: `pair(in:)`).
        ("request a callback", "en"), ("callback", "en"), ("rückruf*", "de"), ("support-ticket", "de"),
        ("ticket erstellen", "de"), ("être rappelé", "fr"), ("ouvrir un ticket", "fr"), ("solicitar una llamada", "es"),
        ("abrir un ticket", "es"), ("richiamata", "it"), ("retorno de ligação", "pt"), ("abrir um chamado", "pt"),
        ("terugbel*", "nl"), ("scrie-ne", "ro"), ("scrieți-ne", "ro"), ("sunați-ne", "ro"), ("canlı destek", "tr"),
        ("チャットで相談", "ja"), ("チャット相談", "ja"), ("在线客服", "zh"), ("تحدث معنا", "ar"), ("راسلنا", "ar"),
        ("כתבו לנו", "he"), ("צ'אט עם נציג", "he"), ("דברו איתנו", "he"), ("แชทกับเรา", "th"),
        ("open a support ticket", "en"),
    ]

    /// Texts that name help or contact without offering it — a request for help, a
    /// donation, the reader's own contact settings ("Help us improve", "Support our cause",
    /// "Contact preferences", "Update your contact details", "Kontaktdaten ändern"): a
    /// contact phrase inside one of them does not count. The sender's own contact details
    /// ("Our contact details", "Kontaktdaten") still do.
    static let notContact: [String] = [
        "help us", "support us", "support our", "contact preferences", "contact settings", "update your contact",
        "update contact", "edit your contact", "change your contact", "kontaktdaten ändern",
        "kontaktdaten aktualisieren", "kontakteinstellungen", "hilf uns", "helfen sie uns", "aidez-nous", "ayúdanos",
        "ajude-nos", "aiutaci", "help ons", "message from", "a message from",
    ]

    /// One entry of the automaton: a contact phrase's language, or nil for a `notContact`
    /// text.
    static let matcher = PhraseMatcher<String?>(
        phrases.map { ($0.phrase, $0.language) } + notContact.map { ($0, nil) })

    /// The first contact phrase in `text` (or, failing one, a way in said in two parts:
    /// `pair(in:)`), as written, and its language; nil when there is none.
    static func phrase(in text: String) -> (written: String, language: String)? {
        guard !text.isEmpty else { return nil }
        return phrase(in: text, folded: FoldedText(text))
    }

    /// `phrase(in:)` over `text` already folded, for a caller that reads the folded text
    /// again.
    static func phrase(in text: String, folded: FoldedText) -> (written: String, language: String)? {
        let matches = matcher.matches(in: folded.scalars)
        let excluded = matches.filter { $0.payload == nil }.map(\.range)
        guard
            let match = matches.filter({ match in
                match.payload != nil && !excluded.contains { $0.overlaps(match.range) }
            }).min(by: { $0.range.lowerBound < $1.range.lowerBound }), let language = match.payload ?? nil
        else {
            guard let pair = pair(in: folded), !excluded.contains(where: { $0.overlaps(pair.range) }) else {
                return nil
            }
            return (folded.written(pair.range, in: text), pair.language)
        }
        return (folded.written(match.range, in: text), language)
    }
}
