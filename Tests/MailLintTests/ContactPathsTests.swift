import MailParser
import Testing

@testable import MailLint

/// Phone numbers and contact words, as the replyability rules find them.
struct ContactPathsTests {
    @Test(arguments: [
        ("Call us: +49 30 1234 5678", "+49 30 1234 5678"), ("Tel.: 030 1234567", "030 1234567"),
        ("TELEFON 0 30/12 34 56", "0 30/12 34 56"), ("電話 03-1234-5678", "03-1234-5678"),
        ("phone\u{A0}(555) 123-4567.", "(555) 123-4567"), ("Téléphone : 01 23 45 67 89", "01 23 45 67 89"),
        ("Телефон: 8 800 555 35 35", "8 800 555 35 35"), ("Puhelin 09 123 4567", "09 123 4567"),
        ("전화 02-123-4567", "02-123-4567"), ("Điện thoại: 028 3823 4567", "028 3823 4567"),
        // Words between a call verb or a phone word and the number; a service's name before
        // its colon.
        ("Questions? Call us at 1-800-555-0199.", "1-800-555-0199"), ("Ligue para (11) 3123-4567", "(11) 3123-4567"),
        ("Телефон поддержки: 8 800 555-35-35", "8 800 555-35-35"), ("Kundenservice: 0800 123 4567", "0800 123 4567"),
        ("고객센터: 1588-1234", "1588-1234"), ("Müşteri hizmetleri: 0850 123 45 67", "0850 123 45 67"),
        // A fullwidth colon after a CJK word; dots between groups; the sentence's full stop left out.
        ("電話：03-1234-5678", "03-1234-5678"), ("客服电话：400-123-4567", "400-123-4567"),
        ("Call 555.123.4567 any time", "555.123.4567"), ("Call us at +1 (555) 123-4567.", "+1 (555) 123-4567"),
        // Service names in more languages, in capitals of their own scripts.
        ("Εξυπηρέτηση πελατών: 210 123 4567", "210 123 4567"), ("خدمة العملاء: 920012345", "920012345"),
        ("שירות לקוחות: 03-1234567", "03-1234567"), ("お問い合わせ先：03-1234-5678", "03-1234-5678"),
        ("Assistenza clienti: 800 123 456", "800 123 456"), ("Tổng đài hỗ trợ: 1900 1234", "1900 1234"),
    ])
    func phoneNumbersAfterTheirWord(text: String, number: String) {
        #expect(ContactPaths.phoneNumber(in: text) == number)
    }

    @Test(arguments: [
        "Hotel 123456 rooms", "Order 12345678 shipped", "Call us soon", "tel 12345", "+49 123",
        "Tracking: 1Z 999 AA1 01 2345 6784", "Invoice no. 2026-000123",
        // A service's name is not followed by other words before its number; a long word
        // after a phone word ends the search.
        "Kundenservice Auftragsnummer 12345678", "Call reference ABCDEFGHIJKLMNOPQRSTUVWXYZABC 12345678",
    ])
    func notPhoneNumbers(text: String) {
        #expect(ContactPaths.phoneNumber(in: text) == nil, "\(text)")
    }

    @Test func contactWordsOfURLsStandOnTheirOwn() {
        #expect(ContactPaths.linkWord(in: "https://x.example/contact-us") == "contact")
        #expect(ContactPaths.linkWord(in: "https://x.example/ContactUs") == "contactus")
        #expect(ContactPaths.linkWord(in: "https://x.example/HILFE/") == "hilfe")
        #expect(ContactPaths.linkWord(in: "https://x.example/sehhilfe-kaufen") == nil)
    }

    @Test(arguments: [
        ("Contact us", "en"), ("Get in touch", "en"), ("Kontaktieren Sie uns", "de"), ("Contactez-nous", "fr"),
        ("Nous contacter", "fr"), ("Contáctanos", "es"), ("Fale conosco", "pt"), ("Contattaci", "it"),
        ("Neem contact op", "nl"), ("Kontakta oss", "sv"), ("Kundeservice", "da"), ("Ota yhteyttä", "fi"),
        ("Skontaktuj się z nami", "pl"), ("Kontaktujte nás", "cs"), ("Ügyfélszolgálat", "hu"), ("Contactează-ne", "ro"),
        ("Bize ulaşın", "tr"), ("Επικοινωνία", "el"), ("Служба поддержки", "ru"), ("Зв’язатися з нами", "uk"),
        ("お問い合わせはこちら", "ja"), ("联系我们", "zh"), ("聯絡我們", "zh-Hant"), ("고객센터", "ko"), ("اتصل بنا", "ar"),
        ("צור קשר", "he"), ("Hubungi kami", "id"), ("Liên hệ với chúng tôi", "vi"), ("ติดต่อเรา", "th"),
        // A person to talk to, "write to us", help centres as one compound word, help in the
        // case a link puts it in, the definite article joined to the noun.
        ("Talk to a person", "en"), ("Email our team", "en"), ("Hilfe-Center", "de"), ("Écrivez-nous", "fr"),
        ("Escríbenos", "es"), ("Scrivici", "it"), ("Hjälpcenter", "sv"), ("Hjælpecenter", "da"),
        ("Hjelpesenter", "nb"), ("Ohjekeskus", "fi"), ("Centrum pomocy", "pl"), ("Centrum nápovědy", "cs"),
        ("Súgóközpont", "hu"), ("Κέντρο βοήθειας", "el"), ("Центр поддержки", "ru"), ("Центр допомоги", "uk"),
        ("고객 지원", "ko"), ("مركز المساعدة", "ar"), ("מרכז העזרה", "he"),
        // Asking, messaging, chatting and reporting as the way in.
        ("Ask a question", "en"), ("Live chat", "en"), ("Submit a request", "en"), ("Kundencenter", "de"),
        ("Nous écrire", "fr"), ("Chat en vivo", "es"), ("Our contact details", "en"), ("Unsere Kontaktdaten", "de"),
    ])
    func contactLinkTextsInEveryLanguage(_ text: String, _ language: String) {
        #expect(ContactVocabulary.phrase(in: text)?.language == language, "\(text)")
    }

    /// Help asked of the reader, a donation, the reader's own contact settings.
    @Test(arguments: [
        "View your order", "Contactless payment receipt", "Sehhilfe kaufen", "Bestellung ansehen", "Help us improve",
        "Support our cause", "Contact preferences", "Update your contact details", "Kontaktdaten ändern",
        "Ayúdanos a mejorar",
    ])
    func otherLinkTextsAreNoContact(_ text: String) {
        #expect(ContactVocabulary.phrase(in: text) == nil, "\(text)")
    }

    @Test func aURLOnALineThatNamesAContactIsAPath() {
        let message = Array(
            "From: Shop <noreply@example.com>\nSubject: Order\n\nYour order has shipped.\nKundenservice: https://example.com/k/1\n"
                .utf8)
        let context = LintContext(message: MessageParser.parse(message), file: "t.eml")
        #expect(context.contactPaths == ["Kundenservice link: https://example.com/k/1"])
    }

    /// A web address written without its scheme, as mail clients link it, where a word
    /// starts with "www."; not inside another word.
    @Test func aBareWebAddressOfAHelpPageIsAPath() {
        func paths(_ line: String) -> [String] {
            let message = Array("From: Shop <noreply@example.com>\nSubject: Order\n\nShipped.\n\(line)\n".utf8)
            return LintContext(message: MessageParser.parse(message), file: "t.eml").contactPaths
        }
        #expect(paths("Help centre: www.example.com/help") == ["link: www.example.com/help"])
        #expect(paths("Kundenservice: www.example.com/k/1") == ["Kundenservice link: www.example.com/k/1"])
        #expect(paths("See awww.example.com/help") == [])
    }

    /// A "click here" is a way in when its sentence says what for: help, contact, or
    /// questions the reader may have; not when the questions are the reader's to answer.
    @Test(arguments: [
        ("Need help? <a href=\"https://example.com/r/1\">Click here</a>.", ["help link: https://example.com/r/1"]),
        (
            "Bei Fragen <a href=\"https://example.com/r/1\">klicken Sie hier</a>.",
            ["Bei Fragen link: https://example.com/r/1"]
        ),
        ("To view your order, <a href=\"https://example.com/r/1\">click here</a>.", []),
        ("Answer three questions about your stay: <a href=\"https://example.com/r/1\">click here</a>.", []),
    ])
    func aVagueLinkIsAPathWhereItsSentenceSaysSo(_ paragraph: String, _ expected: [String]) {
        let message = Array(
            "From: Shop <noreply@example.com>\nSubject: Order\nContent-Type: text/html\n\n<p>Shipped.</p><p>\(paragraph)</p>\n"
                .utf8)
        #expect(LintContext(message: MessageParser.parse(message), file: "t.eml").contactPaths == expected)
    }

    /// An address or web address written out in HTML is a path as in plain text (a mail
    /// program links it); the reader's own address is not, and an address a mailto link
    /// already gave is one path.
    @Test(arguments: [
        ("<p>Questions? Write to support@example.com.</p>", ["address: support@example.com"]),
        ("<p>Help centre: https://example.com/help</p>", ["link: https://example.com/help"]),
        ("<p>This email was sent to ann@example.org.</p>", []),
        (
            "<p><a href=\"mailto:help@example.com\">help@example.com</a></p>",
            ["mailto link: help@example.com"]
        ),
    ])
    func addressesWrittenInHTMLArePaths(_ html: String, _ expected: [String]) {
        let message = Array(
            "From: Shop <noreply@example.com>\nTo: Ann <ann@example.org>\nSubject: Order\nContent-Type: text/html\n\n\(html)\n"
                .utf8)
        #expect(LintContext(message: MessageParser.parse(message), file: "t.eml").contactPaths == expected)
    }
}
