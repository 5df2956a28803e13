import Testing

@testable import MailLint

/// "This is not a monitored mailbox": the negation before a noun phrase whose modifier is the
/// state, before the mailbox where the language puts adjectives first ("kein überwachtes
/// Postfach", "nie jest monitorowana skrzynka pocztowa"), after it where it puts them after
/// ("pas une adresse surveillée"); and "neither read nor answered". Not the reader's address,
/// not an address that is not valid, not a mailbox for something else, not a condition, not
/// where something else is not accepted ("Credit cards are no longer accepted at this address").
struct DeadEndNotAMonitoredMailboxTests {
    @Test(arguments: [
        ("en", "This is not a monitored mailbox."), ("de", "Dies ist kein überwachtes Postfach."),
        ("nl", "Dit is geen gecontroleerde mailbox."), ("sv", "Detta är ingen bevakad brevlåda."),
        ("pl", "To nie jest monitorowana skrzynka pocztowa."), ("en", "This isn't a monitored mailbox."),
        ("fr", "Ce n'est pas une adresse surveillée."), ("es", "Esta no es una dirección monitoreada."),
        ("it", "Questo non è un indirizzo monitorato."), ("pt", "Este não é um endereço monitorado."),
        ("zh", "这不是一个受监控的邮箱。"),
        ("en", "Replies to this email are neither read nor answered."),
        ("de", "Antworten auf diese E-Mail werden weder gelesen noch beantwortet."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "This is not your mailbox.", "This is not a monitored mailbox for invoices; send them to billing@example.com.",
        "If this is not a monitored mailbox, please tell us.", "This was not a monitored mailbox until last year.",
        "Das ist nicht Ihr Postfach.", "Dies ist kein überwachtes Postfach für Rechnungen.",
        "No es una dirección válida.",
        "Questo non è un indirizzo valido.", "Dit is geen geldig e-mailadres.", "To nie jest prawidłowy adres.",
        "Это не ваш почтовый ящик.", "Credit cards are no longer accepted at this address.",
        "Can't read this email? View it online.",
        "Replies to this email are neither charged nor counted against your plan.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
