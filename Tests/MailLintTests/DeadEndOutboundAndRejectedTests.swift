import Testing

@testable import MailLint

/// Dead ends said of an outbound-only mailbox, of replies rejected automatically, of mail
/// sent in reply not handled; and the look-alikes each reading must leave alone: an
/// application rejected, replies handled by the team, outbound shipments.
struct DeadEndOutboundAndRejectedTests {
    @Test(arguments: [
        ("fr", "Cette boîte aux lettres sert uniquement aux envois sortants."), ("es", "Este buzón es solo de salida."),
        ("ru", "Этот почтовый ящик используется только для исходящих писем."), ("zh", "此邮箱仅用于外发邮件。"),
        ("en", "Replies to this email are automatically rejected."),
        ("de", "Antworten auf diese E-Mail werden automatisch abgelehnt."),
        ("he", "תשובות לדוא\"ל זה נדחות באופן אוטומטי."), ("ja", "このメールへの返信は自動的に拒否されます。"),
        ("en", "Emails sent in reply will not be handled."), ("cs", "E-maily zaslané jako odpověď nebudou vyřízeny."),
        ("he", "שימו לב שכתובת דוא\"ל זו אינה יכולה לקבל הודעות."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Your application was automatically rejected.", "Replies to this email are handled by our support team.",
        "Outbound shipments leave our warehouse daily.", "Ihr Antrag wurde abgelehnt.", "Tu solicitud fue rechazada.",
        "تم رفض طلبك.", "您的申请被拒绝了。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
