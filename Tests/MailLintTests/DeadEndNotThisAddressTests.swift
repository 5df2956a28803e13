import Testing

@testable import MailLint

/// Dead ends that send the reader's mail elsewhere "and not to this address", after a verb of
/// sending; and the look-alikes: another address refused, the sender's own account of where
/// it sends, a Greek "no" that answers a question.
struct DeadEndNotThisAddressTests {
    @Test(arguments: [
        ("en", "Please send your questions to support@example.com, not to this address."),
        ("de", "Bitte senden Sie Ihre Fragen an support@example.com und nicht an diese Adresse."),
        ("fr", "Merci d'envoyer vos questions à support@example.com et non à cette adresse."),
        ("es", "Envíe sus preguntas a support@example.com y no a esta dirección."),
        ("ru", "Вопросы направляйте на support@example.com, а не на этот адрес."),
        ("el", "Στείλτε τις ερωτήσεις σας στο support@example.com και όχι σε αυτή τη διεύθυνση."),
        ("pl", "Wyślij odpowiedź do nadawcy, a nie na ten adres."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Reply to this email, not to the old address.", "We send invoices to your address, not to this address.",
        "Antworten Sie auf diese E-Mail und nicht an die alte Adresse.", "Απάντηση όχι στις περισσότερες ερωτήσεις.",
        "Wyślij odpowiedź na ten adres, a nie na stary.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }

    /// The evidence names the mailbox as written, the longest mailbox word of the lexicon where
    /// a shorter one starts at the same word: "cette adresse e-mail", not "cette adresse".
    @Test(arguments: [
        ("Répondez à l'expéditeur et non à cette adresse e-mail.", "non a cette adresse email"),
        ("Responda al remitente y no a esta dirección de correo.", "no a esta direccion de correo"),
    ])
    func theEvidenceEndsWithTheWholeMailbox(_ sentence: String, _ ending: String) {
        let folded = FoldedText(sentence)
        let covered = DeadEndGrammar.statements(in: folded).map {
            String(String.UnicodeScalarView(folded.scalars[$0.range]))
        }
        #expect(covered.count == 1 && covered[0].hasSuffix(ending), "\(covered)")
    }
}
