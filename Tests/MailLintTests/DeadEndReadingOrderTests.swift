import Testing

@testable import MailLint

/// The order in which a negation's readings are tried, and where a clause ends them: a
/// reply verb that makes no instruction leaves the statement readings their turn (Danish
/// and Norwegian "svar" is both "reply!" and "replies"), and a need word or condition of
/// the clause before does not reach across its comma into the instruction after it. A
/// conjunction begins a clause too: "… and it is not possible to reply" follows no verb; and
/// a condition earlier in the clause holds however far back it stands.
struct DeadEndReadingOrderTests {
    @Test(arguments: [
        ("da", "Vi læser ikke svar på denne e-mail."), ("nb", "Vi leser ikke svar på denne e-posten."),
        ("de", "Wenn Sie Hilfe brauchen, antworten Sie bitte nicht auf diese E-Mail, sondern schreiben Sie uns."),
        ("de", "Wenn Sie Hilfe brauchen, bitte nicht auf diese E-Mail antworten."),
        ("en", "If you need help, please do not reply to this email."),
        ("cs", "Tato zpráva byla odeslána automaticky a není možné na ni odpovědět."),
        ("sk", "Táto správa bola odoslaná automaticky a nie je možné na ňu odpovedať."),
        ("es", "Este mensaje se envió automáticamente y no es posible responderlo."),
        ("fr", "Ce message a été envoyé automatiquement et il n'est pas possible d'y répondre."),
        ("ar", "تم إرسال هذه الرسالة تلقائيًا ولا يمكن الرد عليها."),
        ("he", "הודעה זו נשלחה באופן אוטומטי ולא ניתן להשיב עליה."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Vi læser ikke mails om reklame.", "Du behøver ikke at svare på denne e-mail.",
        "Vi svarer ikke på spørgsmål om priser.", "Hvis du ikke svarer, lukker vi sagen.",
        "Du trenger ikke å svare på denne e-posten.", "Svar ikke alle på denne tråd.",
        "Svara inte alla i den här tråden.", "Wenn Sie Hilfe brauchen, antworten Sie einfach auf diese E-Mail.",
        "Sie müssen auf diese E-Mail nicht antworten.", "Zkusili jsme to a nebylo možné odpovědět dříve.",
        "Lo intentamos y no fue posible responder antes.",
        "Nous avons essayé et il n'a pas été possible de répondre plus tôt.",
        // A condition earlier in the clause, however far before the negation.
        "Falls Sie innerhalb von zwei Tagen keine Antwort erhalten, rufen Sie uns an.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
