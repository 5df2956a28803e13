import Testing

@testable import MailLint

/// The sender saying in the first person that it does not read or check this mailbox, in the
/// word orders languages give it: a subject word before the negation and the second half of
/// the negation between the verb and the mailbox ("Nous ne consultons pas cette boîte"); the
/// verb second, the mailbox before or after the negation ("Wir lesen dieses Postfach nicht",
/// "Vi læser ikke denne postkasse"); the object put first ("Antworten an diese Adresse lesen
/// wir nicht"); a verb that carries its subject ("No revisamos este buzón", "لا نقرأ صندوق
/// البريد هذا"); and scripts without spaces (我们不查看此邮箱). Not the reader's mailbox (a
/// privacy promise), nor a mailbox read only at some times.
struct DeadEndFirstPersonTests {
    @Test(arguments: [
        ("fr", "Nous ne consultons pas cette boîte aux lettres."),
        ("de", "Wir lesen dieses Postfach nicht."),
        ("de", "Antworten an diese Adresse lesen wir nicht."),
        ("nl", "Wij lezen deze mailbox niet."),
        ("da", "Vi læser ikke denne postkasse."),
        ("nb", "Svar til denne adressen leser vi ikke."),
        ("sv", "Vi läser inte den här brevlådan."),
        ("es", "No revisamos este buzón."),
        ("it", "Non controlliamo questa casella di posta."),
        ("pt", "Não monitoramos esta caixa de correio."),
        ("pl", "Nie sprawdzamy tej skrzynki pocztowej."),
        ("ro", "Nu monitorizăm această căsuță poștală."),
        ("el", "Δεν παρακολουθούμε αυτό το γραμματοκιβώτιο."),
        ("tr", "Bu posta kutusunu kontrol etmiyoruz."),
        ("ar", "لا نقرأ صندوق البريد هذا."),
        ("ar", "لا نطلع على الردود المرسلة إلى هذا العنوان."),
        ("zh", "我们不查看此邮箱。"),
        ("zh-Hant", "我們不會查看此信箱。"),
        ("th", "เราไม่ได้ตรวจสอบกล่องจดหมายนี้"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Wir lesen Ihr Postfach nicht.", "Wir lesen dieses Postfach nicht am Wochenende.",
        "Antworten an diese Adresse lesen wir nicht am Wochenende.", "Ihr Postfach lesen wir nicht.",
        "Vi læser ikke din indbakke.", "Vi læser ikke denne postkasse i weekenden.", "Wij lezen uw mailbox niet.",
        "No revisamos tu buzón.", "No revisamos este buzón los fines de semana.",
        "Non controlliamo la tua casella di posta.", "Não monitoramos a sua caixa de correio.",
        "Nie sprawdzamy Twojej skrzynki pocztowej.", "Nu monitorizăm căsuța ta poștală.",
        "E-posta kutunuzu kontrol etmiyoruz.", "لا نراقب صندوق بريدك.", "我们不查看您的邮箱。", "我們不會查看您的信箱。",
        "เราไม่ได้ตรวจสอบกล่องจดหมายของคุณ",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
