import Testing

@testable import MailLint

/// Dead ends said of the answer the reader will not get after replying, of a sender that
/// accepts no replies, of replies that go nowhere, and of this address not to be e-mailed;
/// and the look-alikes each reading must leave alone: "reply STOP and you will get no more
/// texts" in every language whose verb of getting the reading knows, an answer promised.
struct DeadEndAnswerNotGotTests {
    @Test(arguments: [
        ("en", "You will not get an answer if you reply to this email."),
        ("fr", "Vous n'obtiendrez pas de réponse si vous répondez à ce courriel."),
        ("sv", "Du får inget svar om du svarar på detta mejl."),
        ("sv", "Om du svarar på detta mejl får du inget svar."),
        ("nb", "Du får ikke noe svar hvis du svarer på denne e-posten."),
        ("fi", "Et saa vastausta, jos vastaat tähän sähköpostiin."),
        ("cs", "Pokud na tento e-mail odpovíte, odpověď nedostanete."),
        ("ru", "Вы не получите ответа, если ответите на это письмо."),
        ("ar", "لن تحصل على إجابة إذا رددت على هذه الرسالة."), ("sv", "Den här avsändaren tar inte emot svar."),
        ("cs", "Tento odesílatel nepřijímá odpovědi."), ("de", "Antworten auf diese Nachricht laufen ins Leere."),
        ("fr", "Les réponses à ce message ne mènent nulle part."),
        ("ru", "Ответы на это сообщение никуда не попадают."),
        ("en", "Please don't email this address."), ("cs", "Na tuto adresu prosím neposílejte e-maily."),
        ("fi", "Tämä osoite on vain lähettämistä varten."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "If you reply STOP, you will not get any more texts.", "Om du svarar STOP får du inga fler sms.",
        "Wenn Sie mit STOP antworten, erhalten Sie keine weiteren SMS.",
        "Wenn Sie antworten, erhalten Sie keine weiteren Erinnerungen.",
        "Если вы ответите СТОП, вы больше не получите сообщений.", "Pokud odpovíte STOP, nedostanete další SMS.",
        "Jos vastaat STOP, et saa enää tekstiviestejä.", "Se rispondi STOP, non riceverai più messaggi.",
        "Jeśli odpowiesz STOP, nie otrzymasz więcej wiadomości.",
        "If you reply to this email, you will get an answer within a day.", "Please email this address for support.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
