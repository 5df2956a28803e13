import Testing

@testable import MailLint

/// Dead ends that say a mailbox is not meant for replies ("not intended for replies", "nicht
/// für Antworten vorgesehen"), that replies are disabled, in the languages that write the
/// lasting state with a mark of the past (已禁用, đã bị tắt), or that replying has no effect;
/// and the look-alikes: a mailbox meant for something else, "no effect" on something else,
/// comments disabled, a past event said of something other than the replies.
struct DeadEndIntendedAndDisabledTests {
    @Test(arguments: [
        ("en", "This address is not intended for replies."),
        ("de", "Diese Adresse ist nicht für Antworten vorgesehen."),
        ("nl", "Dit adres is niet bedoeld voor antwoorden."), ("sv", "Den här adressen är inte avsedd för svar."),
        ("it", "Questo indirizzo non è destinato alle risposte."), ("ru", "Этот адрес не предназначен для ответов."),
        ("fi", "Tätä osoitetta ei ole tarkoitettu vastauksille."), ("he", "כתובת זו אינה מיועדת לתשובות."),
        ("ja", "このアドレスは返信用ではありません。"), ("zh", "此地址不用于接收回复。"),
        ("fr", "Cette adresse n'est pas destinée à recevoir des réponses."),
        ("zh", "此邮件的回复功能已禁用。"), ("vi", "Tính năng trả lời đã bị tắt cho tin nhắn này."),
        ("tr", "Bu mesaj için yanıtlar devre dışı bırakılmıştır."), ("ko", "이 메시지에 대한 회신 기능이 비활성화되어 있습니다."),
        ("en", "Replying to this email has no effect."), ("de", "Eine Antwort auf diese E-Mail hat keine Wirkung."),
        ("pl", "Odpowiedź na tę wiadomość nie odniesie żadnego skutku."), ("he", "להשיב למייל הזה אין שום השפעה."),
        ("de", "Dieses Postfach wird von keinem Menschen gelesen."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "This address is not intended for invoices; please send them to billing@example.com.",
        "Diese Adresse ist nicht für Rechnungen vorgesehen, Antworten lesen wir gern.",
        "Your email address is not intended for publication.", "Этот адрес не предназначен для счетов.",
        "このアドレスは請求書用ではありません。", "Replying to this email has no effect on your subscription.",
        "Répondre à ce sondage n'a aucun effet sur votre commande.", "Comments are disabled for this video.",
        "此文章的评论功能已禁用。",
        "Sunucudan geçersiz yanıt alındığı için %s seçeneği otomatik olarak devre dışı bırakıldı.",
        "您的回复已被管理员删除。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
