import Testing

@testable import MailLint

/// Dead ends said of any message sent to this address (ignored), of a mailbox nobody
/// attends that replies go to, of the reply button pressed ("ne pas cliquer sur
/// « Répondre »", "「返信」ボタンを押さないでください"), and of replies the sender does not read;
/// and the look-alikes each reading must leave alone: other things unattended or ignored, a
/// reply button to press, a reply that does not contain something, automatic replies.
struct DeadEndIgnoredAndButtonTests {
    @Test(arguments: [
        ("de", "Jede Nachricht an diese Adresse wird ignoriert."),
        ("fr", "Tout message envoyé à cette adresse sera ignoré."),
        ("pl", "Każda wiadomość wysłana na ten adres zostanie zignorowana."),
        ("ru", "Любое сообщение, отправленное на этот адрес, будет проигнорировано."),
        ("zh", "发送到此地址的任何邮件都将被忽略。"), ("ko", "이 주소로 보낸 모든 메시지는 무시됩니다."),
        ("de", "Antworten auf diese Nachricht landen in einem unbeaufsichtigten Postfach."),
        ("pl", "Odpowiedzi na tę wiadomość trafiają do niemonitorowanej skrzynki."),
        ("ja", "このメッセージへの返信は、管理されていないメールボックスに届きます。"),
        ("fr", "Merci de ne pas cliquer sur « Répondre »."), ("es", "Por favor, no pulses «Responder»."),
        ("cs", "Neklikejte prosím na „Odpovědět“."), ("ja", "「返信」ボタンを押さないでください。"),
        ("tr", "Lütfen Yanıtla düğmesine basmayın."), ("ar", "نحن لا نقرأ الردود على هذا البريد الإلكتروني."),
        ("zh", "我们不会阅读对此邮件的回复。"), ("th", "เราไม่อ่านการตอบกลับอีเมลนี้"),
        ("tr", "Bu gelen kutusu yanıt kabul etmez."), ("fi", "Älä paina Vastaa-painiketta."),
        ("hu", "Kérjük, ne kattintson a Válasz gombra."),
        ("hu", "Nem olvassuk el az erre az e-mailre küldött válaszokat."),
        ("fi", "Tämä viesti lähetettiin osoitteesta, jota käytetään vain ilmoituksiin."),
        // An instruction that begins the clause after a condition of its own.
        ("pl", "Jeśli potrzebujesz pomocy, nie odpowiadaj na tę wiadomość, tylko odwiedź nasze centrum pomocy."),
        ("ru", "Если вам нужна помощь, не отвечайте на это письмо, а посетите наш справочный центр."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "Ihr Fahrzeug stand auf einem unbeaufsichtigten Parkplatz.", "Ne cliquez pas sur les liens suspects.",
        "Le message sera ignoré si le code est incorrect.", "Bitte klicken Sie auf „Antworten“, um uns zu schreiben.",
        "Odpowiedź nie zawiera klucza publicznego.", "Les réponses automatiques sont désactivées.",
        "Por favor, pulsa «Responder» para confirmar.", "Kattintson a Válasz gombra, ha kérdése van.",
        "Paina Vastaa-painiketta, jos sinulla on kysyttävää.", "Nem kaptunk választ a kérdésére.",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
