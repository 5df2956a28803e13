import Testing

@testable import MailLint

/// Dead ends in the registers of regional business mail: "revert" for reply (Indian
/// English), "mail box" in two words, Portuguese and Spanish infinitives with an enclitic
/// pronoun ("respondê-lo", "responderlo"), the Dutch impersonal passive ("kan niet worden
/// gereageerd"), a German mailbox that is not looked after ("betreut"); and the look-alikes
/// each reading must leave alone: "revert" as undo, and advice about calls and text messages
/// rather than this message.
struct DeadEndRegionalRegisterTests {
    @Test(arguments: [
        ("en", "This is a computer generated email, please do not revert."),
        ("en", "Please do not revert to this mail id."), ("en", "Please don't revert back on this email."),
        ("en", "This mail box is not monitored."),
        ("pt", "Este é um e-mail automático, favor não respondê-lo."), ("pt", "Por favor, não responda-o."),
        ("es", "Favor de no responderlo."),
        ("nl", "Op deze e-mail kan niet worden gereageerd."), ("nl", "Er kan niet op deze e-mail worden gereageerd."),
        ("de", "Dieses Postfach wird nicht betreut."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        // "Revert" as undo, and as reply where it is asked for.
        "Please do not revert the changes to your settings.", "Do not revert to an older version of the app.",
        "Kindly revert with your feedback at the earliest.", "Please revert back by Friday.",
        // Calls and text messages, not this message.
        "Do not respond to calls claiming to be from our bank.", "Do not answer calls from unknown numbers.",
        "Nie odpowiadaj na SMS-y z prośbą o kod.",
        "Antworten Sie nicht auf Anrufe oder SMS, die nach Ihrem Passwort fragen.",
        "Ne répondez jamais aux appels ou SMS vous demandant vos codes.",
        "No respondas a llamadas ni SMS que te pidan tu clave.",
        "Nunca responda a ligações ou SMS que peçam a sua senha.",
        "Non rispondere a chiamate o SMS che chiedono il tuo PIN.",
        "Reageer niet op telefoontjes of sms'jes die om uw pincode vragen.",
        // Not a mailbox; a reply asked for.
        "Ihr Kind wird in den Ferien nicht betreut.", "Your mail box is full.",
        "Não se esqueça de respondê-lo até sexta-feira.", "No olvides responderlo antes del viernes.",
        "Op deze vacature kan niet meer worden gereageerd.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
