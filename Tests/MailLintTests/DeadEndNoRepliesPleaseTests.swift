import Testing

@testable import MailLint

/// Replies asked for by none, with no verb: the negation opening its clause, the replies
/// right after it ending the clause, and politeness beside them ("Bitte keine Antworten", "Pas
/// de réponse, merci", "Inga svar, tack"). Not said by someone, not "no reply needed", not a
/// question or a condition before a request, not replies with passwords.
struct DeadEndNoRepliesPleaseTests {
    @Test(arguments: [
        ("fr", "Pas de réponse, merci."), ("it", "Nessuna risposta, grazie."), ("sv", "Inga svar, tack."),
        ("nl", "Graag geen antwoorden."), ("it", "Per favore, nessuna risposta."), ("sv", "Vänligen inga svar."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Nous n'avons pas de réponse, merci de patienter.", "Pas de réponse nécessaire, merci.",
        "Nessuna risposta richiesta, grazie.", "Inget svar behövs, tack.", "Bitte keine Antworten mit Passwörtern.",
        "Toujours pas de réponse ? Merci de vérifier vos spams.", "Nenhuma resposta ainda? Por favor, aguarde.",
        "If there is no reply, please call us.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
