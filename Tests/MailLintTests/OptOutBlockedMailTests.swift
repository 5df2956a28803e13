import Testing

@testable import MailLint

/// Footer link texts of link-text round 17 (written here; every opt-out below was missed
/// before it): the sender's mail blocked or refused, and announcements, mailings and reports
/// stopped. Beside them, texts the new words must leave alone: cards, users and cookies
/// blocked or refused, and spam, phishing and unwanted mail blocked or stopped, which is advice
/// about other people's mail in whatever language its words are read.
struct OptOutBlockedMailTests {
    @Test(arguments: [
        ("Block marketing emails", "en", OptOutOffer.unsubscribe), ("Refuse future emails", "en", .unsubscribe),
        ("Stop announcements", "en", .unsubscribe), ("Stop weekly reports", "en", .unsubscribe),
        ("Stop mailings", "en", .unsubscribe), ("Unregister from this list", "en", .unsubscribe),
        ("Opt me out", "en", .unsubscribe), ("Werbe-E-Mails blockieren", "de", .unsubscribe),
        ("Refuser les e-mails marketing", "fr", .unsubscribe), ("Detener los anuncios", "es", .unsubscribe),
        ("Blocca le comunicazioni commerciali", "it", .unsubscribe),
        ("Recusar e-mails de marketing", "pt", .unsubscribe),
        ("Marketingmails weigeren", "nl", .unsubscribe), ("Blockera reklammejl", "sv", .unsubscribe),
        ("Estä markkinointiviestit", "fi", .unsubscribe), ("Zablokuj e-maile marketingowe", "pl", .unsubscribe),
        ("Zablokovat marketingové e-maily", "cs", .unsubscribe), ("Marketing e-mailek letiltása", "hu", .unsubscribe),
        ("Pazarlama e-postalarını engelle", "tr", .unsubscribe), ("Заблокировать рекламные письма", "ru", .unsubscribe),
        ("Отказаться от рекламных рассылок", "ru", .unsubscribe), ("広告メールを拒否", "ja", .unsubscribe),
        ("拒收营销邮件", "zh", .unsubscribe), ("광고 메일 차단", "ko", .unsubscribe), ("حظر رسائل التسويق", "ar", .unsubscribe),
        ("חסימת דיוור שיווקי", "he", .unsubscribe), ("Chặn email quảng cáo", "vi", .unsubscribe),
        ("บล็อกอีเมลการตลาด", "th", .unsubscribe),
    ])
    func areOptOuts(_ text: String, _ language: String, _ offer: OptOutOffer) {
        let found = OptOutVocabulary.phrase(in: text)
        #expect(found?.offer == offer && found?.language == language, "\(text): \(String(describing: found))")
    }

    @Test(arguments: [
        "Block this card", "Block user", "Report spam", "Reject cookies", "Refuse delivery", "Decline the invitation",
        "Read the announcement", "View the full report", "Karte sperren", "Zahlung ablehnen", "Bloquear tarjeta",
        "Заблокировать карту", "Kartı engelle", "حظر البطاقة", "How to block spam emails",
        "Stop phishing emails in their tracks", "Unerwünschte E-Mails blockieren", "Bloquear e-mails indesejados",
        "Αποκλεισμός ανεπιθύμητων email", "拦截垃圾邮件", "스팸 메일 차단", "Chặn email rác", "บล็อกอีเมลขยะ",
    ])
    func areNot(_ text: String) {
        #expect(OptOutVocabulary.phrase(in: text) == nil, "\(text)")
    }
}
