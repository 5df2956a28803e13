import Testing

@testable import MailLint

/// A mailbox or replies not read at some times only (`occasion`: weekends, holidays, nights)
/// is no dead end, when the time stands in the statement's own clause; past a comma it leaves
/// the statement whole. And "this is not a monitored mailbox" where the language has no
/// present copula ("Ez nem egy figyelt postafiók", "Это не отслеживаемый почтовый ящик"), or
/// says it in one word with the negation ("Toto není sledovaná schránka").
struct DeadEndAtSomeTimesTests {
    @Test(arguments: [
        "This mailbox is not monitored on weekends.", "Replies to this email are not read on weekends.",
        "Dieses Postfach wird am Wochenende nicht überwacht.",
        "Cette boîte aux lettres n'est pas surveillée le week-end.",
        "Este buzón no se revisa los fines de semana.", "Ta skrzynka nie jest sprawdzana w weekendy.",
        "Этот почтовый ящик не проверяется в выходные.", "このメールボックスは週末は確認されません。",
        "Tuto schránku nekontrolujeme o víkendu.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }

    @Test(arguments: [
        ("de", "Antworten auf diese E-Mail werden nicht gelesen, vor allem nicht am Wochenende."),
        ("hu", "Ez nem egy figyelt postafiók."), ("ru", "Это не отслеживаемый почтовый ящик."),
        ("cs", "Toto není sledovaná schránka."), ("id", "Ini bukan kotak surat yang dipantau."),
        ("ar", "هذا ليس صندوق بريد مراقبًا."), ("ro", "Aceasta nu este o căsuță poștală monitorizată."),
        ("vi", "Bạn không nên trả lời email này."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }
}
