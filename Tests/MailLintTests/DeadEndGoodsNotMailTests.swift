import Testing

@testable import MailLint

/// Goods sent to or handled at an address — returns, parcels, merchandise — are other things
/// than mail (`otherMail`): "Please do not send returns to this address" is a shop's footer
/// about its postal address, not a dead end; the same sentence about questions or e-mails is
/// one. A verb that looks like such a word stays a verb ("Nobody checks this mailbox").
struct DeadEndGoodsNotMailTests {
    @Test(arguments: [
        "Please do not send returns to this address.", "We cannot accept returns at this address.",
        "We do not process returns at this address.", "Bitte senden Sie keine Rücksendungen an diese Adresse.",
        "Merci de ne pas envoyer de colis à cette adresse.", "No gestionamos devoluciones en esta dirección.",
        "Nie wysyłaj zwrotów na ten adres.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }

    @Test(arguments: [
        ("en", "Please do not send questions to this address."),
        ("de", "Bitte senden Sie keine E-Mails an diese Adresse."),
        ("en", "Nobody checks this mailbox."), ("nb", "Denne meldingen kommer fra en adresse vi ikke sjekker."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }
}
