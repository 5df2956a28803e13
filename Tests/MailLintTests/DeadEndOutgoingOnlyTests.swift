import Testing

@testable import MailLint

/// A mailbox whose only use is sending, said with the restriction before it where it ends the
/// clause as where the mail comes from ("only automated messages are sent from this
/// address"), and never of where mail goes ("notifications are sent only to this address");
/// and, from the interface strings, restrictions that overlap the mailbox's own phrase
/// ("*sending* account", "*outgoing mail* box"), which once stopped the process.
struct DeadEndOutgoingOnlyTests {
    @Test(arguments: [
        ("en", "Only automated messages are sent from this address."),
        ("de", "Von dieser Adresse werden nur automatische Nachrichten versendet."),
        ("fr", "Seuls des messages automatiques sont envoyés depuis cette adresse."),
        ("ru", "С этого адреса отправляются только автоматические сообщения."),
        ("ja", "このアドレスからは自動メッセージのみが送信されます。"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Notifications are sent only to this address.", "Benachrichtigungen werden nur an diese Adresse gesendet.",
        "Only subscribers who opted in receive mail from this address.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }

    /// Read without stopping: a restriction inside the mailbox's own phrase is not read as
    /// standing before it.
    @Test(arguments: [
        "Only notifications come from this sending account.", "Only sent from the outgoing mail box.",
        "Only automated messages are sent from this sending account",
    ])
    func readsOverlappingPhrases(_ sentence: String) {
        _ = DeadEndGrammarTests.recognised(sentence)
    }
}
