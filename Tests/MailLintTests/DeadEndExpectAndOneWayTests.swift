import Testing

@testable import MailLint

/// Dead ends that tell the reader not to expect an answer, or call the message one-way; and
/// the look-alikes: an answer expected later, a one-way ticket.
struct DeadEndExpectAndOneWayTests {
    @Test(arguments: [
        ("en", "Please do not expect an answer to this message."),
        ("de", "Bitte erwarten Sie keine Antwort auf diese Nachricht."),
        ("sv", "Förvänta dig inget svar på detta meddelande."),
        ("fr", "Merci de ne pas attendre de réponse à ce message."),
        ("cs", "Neočekávejte prosím odpověď na tuto zprávu."), ("tr", "Lütfen bu mesaja yanıt beklemeyin."),
        ("ru", "Пожалуйста, не ждите ответа на это сообщение."), ("zh", "请不要期待对此邮件的回复。"),
        ("en", "This is a one-way email."), ("de", "Dies ist eine Einweg-E-Mail."),
        ("es", "Este es un mensaje unidireccional."),
        ("nl", "Dit is een eenrichtingsbericht."), ("ja", "これは一方向のメッセージです。"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test func anAnswerNotToExpectIsNamedSo() {
        let found = DeadEndGrammarTests.recognised("Please do not expect an answer to this message.")
        #expect(Set(found.map(\.pattern)) == ["no answer to expect"])
    }

    @Test(arguments: [
        "Please do not expect an answer before Monday.", "You can expect an answer within two days.",
        "Erwarten Sie bitte keine Antwort vor Montag.", "Book a one-way ticket or reply to this email for a return.",
        "This is a one-way street; parking is on the left.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
