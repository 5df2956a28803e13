import Testing

@testable import MailLint

/// The order in which a negation's readings are tried, and where a clause ends them: a
/// reply verb that makes no instruction leaves the statement readings their turn (Danish
/// and Norwegian "svar" is both "reply!" and "replies"), and a need word or condition of
/// the clause before does not reach across its comma into the instruction after it.
struct DeadEndReadingOrderTests {
    @Test(arguments: [
        ("da", "Vi læser ikke svar på denne e-mail."), ("nb", "Vi leser ikke svar på denne e-posten."),
        ("de", "Wenn Sie Hilfe brauchen, antworten Sie bitte nicht auf diese E-Mail, sondern schreiben Sie uns."),
        ("de", "Wenn Sie Hilfe brauchen, bitte nicht auf diese E-Mail antworten."),
        ("en", "If you need help, please do not reply to this email."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Vi læser ikke mails om reklame.", "Du behøver ikke at svare på denne e-mail.",
        "Vi svarer ikke på spørgsmål om priser.", "Hvis du ikke svarer, lukker vi sagen.",
        "Du trenger ikke å svare på denne e-posten.", "Svar ikke alle på denne tråd.",
        "Svara inte alla i den här tråden.", "Wenn Sie Hilfe brauchen, antworten Sie einfach auf diese E-Mail.",
        "Sie müssen auf diese E-Mail nicht antworten.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
