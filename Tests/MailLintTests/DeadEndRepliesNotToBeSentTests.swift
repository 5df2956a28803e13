import Testing

@testable import MailLint

/// The replies as the subject of a negated participle of sending, with this mailbox as where
/// they go (`sent`, the 40th word class): "Replies should not be sent to this address". A
/// class apart from `send`, whose readings are instructions to the reader: reports of mail
/// not sent, other things not to be sent, the reader's address, a condition and an exception
/// stay silent. And the reader told not to reply with a modal of obligation ("Sie sollten nicht
/// antworten", "Você não deve responder", "Nie należy odpowiadać").
struct DeadEndRepliesNotToBeSentTests {
    @Test(arguments: [
        ("en", "Replies should not be sent to this address."),
        ("de", "Antworten sollten nicht an diese Adresse gesendet werden."),
        ("fr", "Les réponses ne doivent pas être envoyées à cette adresse."),
        ("es", "Las respuestas no deben enviarse a esta dirección."),
        ("it", "Le risposte non devono essere inviate a questo indirizzo."),
        ("pt", "As respostas não devem ser enviadas para este endereço."),
        ("nl", "Antwoorden mogen niet naar dit adres worden gestuurd."),
        ("de", "Sie sollten nicht auf diese E-Mail antworten."), ("pt", "Você não deve responder a este e-mail."),
        ("pl", "Nie należy odpowiadać na tę wiadomość."), ("ru", "Не следует отвечать на это письмо."),
        ("it", "Non dovresti rispondere a questa email."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Your reply was not sent to this address.", "Replies are not sent to your address.",
        "Invoices should not be sent to this address.",
        "Replies should not be sent to this address unless you are a customer.",
        "If replies are not sent to this address, we cannot help.", "Your message could not be sent to this address.",
        "Ihre Nachricht konnte nicht an diese Adresse gesendet werden.",
        "Votre message n'a pas pu être envoyé à cette adresse.",
        "Las facturas no deben enviarse a esta dirección.", "Sie sollten nicht auf verdächtige E-Mails antworten.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
