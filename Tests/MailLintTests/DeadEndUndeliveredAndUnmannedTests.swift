import Testing

@testable import MailLint

/// Dead ends said of replies not delivered or not reviewed, of an unmanned address or one
/// nobody handles, and of a reply nobody receives; and the look-alikes each reading must
/// leave alone: replies reviewed by the team, an order delivered tomorrow.
struct DeadEndUndeliveredAndUnmannedTests {
    @Test(arguments: [
        ("en", "Replies to this email will not be delivered."),
        ("de", "Antworten auf diese E-Mail werden nicht zugestellt."),
        ("es", "Las respuestas a este correo no serán entregadas."),
        ("ru", "Ответы на это письмо не будут доставлены."),
        ("fr", "Les réponses à ce message automatique ne sont pas examinées."),
        ("sv", "Svar på detta automatiska meddelande granskas inte."),
        ("nl", "Dit bericht komt van een onbemand adres."),
        ("de", "Diese Nachricht stammt von einer unbesetzten Adresse."),
        ("pl", "Ta wiadomość pochodzi z adresu, którego nikt nie obsługuje."),
        ("ar", "هذه الرسالة صادرة من عنوان لا يديره أحد."), ("cs", "Vaši odpověď nikdo neobdrží."),
        ("tr", "Bu e-posta yanıt alamaz."), ("ja", "このメールへの返信は配信されません。"), ("zh", "没有人会收到您的回复。"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Your answers are reviewed by our team within a day.", "Your order will be delivered tomorrow.",
        "Replies to this email are reviewed by our support staff.", "Ihre Bestellung wird morgen zugestellt.",
        "Ваш заказ будет доставлен завтра.", "Odpowiedzi na tę wiadomość są sprawdzane codziennie.",
        "ご返信は担当者が確認します。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
