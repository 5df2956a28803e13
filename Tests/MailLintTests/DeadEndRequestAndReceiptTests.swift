import Testing

@testable import MailLint

/// Dead ends said as a request with its own subject ("we kindly ask you not to reply",
/// "Pyydämme, ettet vastaa", "prosimy o nieodpowiadanie"), and as the sender's not receiving
/// or not reading the reply, with the state verb second where the language puts it there
/// ("Wir erhalten Ihre Antwort nicht", "Vi modtager ikke dit svar"); and the look-alikes each
/// reading must leave alone: the reader who receives nothing more, a condition in the noun's
/// clause, other things not received, a reply asked for.
struct DeadEndRequestAndReceiptTests {
    @Test(arguments: [
        ("en", "We kindly ask you not to reply to this message."),
        ("nl", "Wij verzoeken u niet op dit bericht te reageren."), ("fi", "Pyydämme, ettet vastaa tähän viestiin."),
        ("fi", "Sinua pyydetään olemaan vastaamatta tähän sähköpostiin."),
        ("pl", "Uprzejmie prosimy o nieodpowiadanie na tę wiadomość."),
        ("cs", "Prosíme vás, abyste na tuto zprávu neodpovídali."), ("tr", "Bu mesaja yanıt vermemenizi rica ederiz."),
        ("he", "אנו מבקשים שלא להשיב להודעה זו."), ("th", "เราขอให้คุณไม่ตอบกลับข้อความนี้"),
        ("de", "Wir erhalten Ihre Antwort nicht."), ("da", "Vi modtager ikke dit svar."),
        ("nb", "Vi mottar ikke svaret ditt."),
        ("fr", "Nous ne recevrons pas votre réponse."), ("sv", "Vi kommer inte att få ditt svar."),
        ("ru", "Мы не получим ваш ответ."), ("cs", "Vaši odpověď neobdržíme."), ("tr", "Yanıtınızı almayacağız."),
        ("ar", "لن نتلقى ردك."), ("zh", "我们将不会收到您的回复。"), ("ja", "このアドレスは確認されておりません。"),
        ("ko", "회신하신 내용은 읽히지 않습니다."), ("da", "Denne adresse bliver ikke tjekket."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Wenn Sie antworten, erhalten Sie keine weiteren Erinnerungen.",
        "Falls Sie unsere Antwort nicht erhalten, prüfen Sie den Spam-Ordner.",
        "Sie erhalten unsere Antwort nicht per Post.",
        "Wir erhalten leider keine Zahlungen per Scheck.", "Vi modtager ikke kontantbetaling.",
        "Hvis vi ikke modtager dit svar inden fredag, annulleres ordren.", "We kindly ask you to reply by Friday.",
        "We ask that you reply within two days.", "You are requested to reply before the deadline.",
        "Jos emme saa vastaustasi perjantaihin mennessä, tilaus perutaan.", "Emme saa lähettää tietojasi eteenpäin.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
