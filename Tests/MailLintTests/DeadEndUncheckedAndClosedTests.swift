import Testing

@testable import MailLint

/// Dead ends said of an address the sender does not check (the sender as the subject of a
/// relative clause), of replies the team will not see, of replies no longer accepted, of an
/// address that cannot accept messages; and the look-alikes each reading must leave alone:
/// an address checked daily, replies seen by the team, applications no longer accepted.
struct DeadEndUncheckedAndClosedTests {
    @Test(arguments: [
        ("es", "Este mensaje proviene de una dirección que no revisamos."),
        ("it", "Questo messaggio proviene da un indirizzo che non controlliamo."),
        ("nl", "Dit bericht komt van een adres dat wij niet controleren."),
        ("pl", "Ta wiadomość pochodzi z adresu, którego nie sprawdzamy."),
        ("de", "Diese Nachricht kommt von einer Adresse, die wir nicht prüfen."),
        ("fr", "Ce message provient d'une adresse que nous ne consultons pas."),
        ("de", "Bitte die E-Mail nicht beantworten."),
        ("de", "Antworten auf diese E-Mail werden von unserem Team nicht gesehen."),
        ("fr", "Les réponses à ce courriel ne seront pas vues par notre équipe."),
        ("en", "This conversation is closed; replies are no longer accepted."),
        ("ru", "Этот разговор закрыт; ответы больше не принимаются."),
        ("sv", "Denna konversation är stängd; svar tas inte längre emot."),
        ("de", "Hinweis: Diese E-Mail-Adresse kann keine Nachrichten annehmen."),
        ("cs", "Odpovědi na tuto zprávu naši zaměstnanci nezpracují."),
        ("ar", "لن يعالج موظفونا الردود على هذه الرسالة."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Replies to this email are seen by our whole team.", "This message comes from an address we check daily.",
        "Applications are no longer accepted.", "Credit cards are no longer accepted at this address.",
        "Bewerbungen werden nicht mehr angenommen.", "Заявки больше не принимаются.",
        "Ansökningar tas inte längre emot.",
        "Die Nachricht, die Sie nicht erwartet haben, ist angekommen.",
        "Le message que vous n'avez pas lu est archivé.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
