import Testing

@testable import MailLint

/// What is sent to this address as the subject of what becomes of it ("Tout ce qui est envoyé à
/// cette adresse est supprimé", round 72); not mail sent to the reader's old address.
struct DeadEndSentHereTests {
    @Test(arguments: [
        ("fr", "Tout ce qui est envoyé à cette adresse est supprimé."),
        ("es", "Todo lo que se envíe a esta dirección se elimina."),
        ("de", "Alles, was an diese Adresse geschickt wird, wird gelöscht."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Messages sent to your old address are not forwarded.",
        "E-Mails an Ihre alte Adresse werden nicht weitergeleitet.",
        "Les messages envoyés à votre ancienne adresse ne sont pas transférés.",
        "Tu cuenta se elimina tras 30 días de inactividad.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
