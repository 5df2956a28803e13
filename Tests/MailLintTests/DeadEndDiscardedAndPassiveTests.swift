import Testing

@testable import MailLint

/// Dead ends said of replies that are discarded, in the languages whose word classes
/// lacked the word, of a message that "cannot be answered" (the passive, the impersonal "nie
/// można na nią odpowiedzieć"), and of questions sent in reply that go unanswered; and the
/// look-alikes each reading must leave alone: a survey or a locked thread that can no longer
/// be answered, other things discarded, a reply not to be forgotten.
struct DeadEndDiscardedAndPassiveTests {
    @Test(arguments: [
        ("es", "Las respuestas a este correo se descartan automáticamente."),
        ("it", "Le risposte a questa email vengono scartate automaticamente."),
        ("sv", "Svar på detta mejl kasseras automatiskt."),
        ("pl", "Odpowiedzi na tę wiadomość są automatycznie odrzucane."),
        ("ru", "Ответы на это письмо автоматически отбрасываются."), ("zh", "对此邮件的回复将被自动丢弃。"),
        ("vi", "Các thư trả lời email này sẽ tự động bị loại bỏ."),
        ("en", "This message was sent automatically and cannot be answered."),
        ("pl", "Ta wiadomość została wysłana automatycznie i nie można na nią odpowiedzieć."),
        ("cs", "Tato zpráva byla odeslána automaticky a nelze na ni odpovědět."),
        ("el", "Αυτό το μήνυμα στάλθηκε αυτόματα και δεν μπορεί να απαντηθεί."),
        ("hu", "Az erre az e-mailre válaszként küldött kérdésekre nem válaszolunk."),
        ("tr", "Bu e-postaya yanıt olarak gönderilen sorular cevaplanmayacaktır."),
        ("ko", "이 이메일에 회신으로 보낸 질문에는 답변하지 않습니다."),
        ("en", "Do not reply to this email; your account is locked until you call us."),
        // The negation joined to "and": "ولا", "ולא".
        ("ar", "هذه رسالة آلية، ولا ترد عليها."), ("he", "הודעה אוטומטית, ולא ניתן להשיב לה."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "You cannot reply to this thread because it is locked.", "This survey can no longer be answered.",
        "このアンケートにはもう回答できません。", "您已无法回复此调查。", "Los cupones caducados se descartan automáticamente.",
        "Старые черновики автоматически отбрасываются.", "Nie zapomnij na nią odpowiedzieć do piątku.",
        "ولا تنس الرد على هذه الرسالة قبل يوم الجمعة.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
