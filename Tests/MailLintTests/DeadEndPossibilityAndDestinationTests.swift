import Testing

@testable import MailLint

/// Dead ends said with a noun of possibility ("there is no possibility of a reply"), with
/// replies switched off, with this mailbox as where mail would go, standing between the
/// negation and its verb ("ne ezen a címen keressen minket", "我们无法通过此地址接收邮件"),
/// and with the sender's team as the subject; and the look-alikes each reading must leave
/// alone.
struct DeadEndPossibilityAndDestinationTests {
    @Test(arguments: [
        ("en", "There is no possibility to reply to this message."),
        ("en", "There is no possibility of a reply to this message."),
        ("de", "Es besteht keine Möglichkeit, auf diese E-Mail zu antworten."),
        ("pl", "Nie ma możliwości odpowiedzi na tę wiadomość."),
        ("fr", "Il n'y a pas de possibilité de répondre à ce message."),
        ("es", "No hay posibilidad de responder a este correo."),
        ("it", "Non c'è la possibilità di rispondere a questa email."),
        ("pt", "Não há possibilidade de responder a este e-mail."),
        ("en", "Replies to this email are disabled."), ("de", "Antworten auf diese E-Mail sind deaktiviert."),
        ("fr", "Les réponses à cet e-mail sont désactivées."), ("it", "Le risposte a questa email sono disattivate."),
        ("tr", "Bu e-postaya verilen yanıtları kimse okumuyor."),
        ("hu", "Kérjük, ne ezen a címen keressen minket."), ("de", "Bitte nicht an diese Adresse schreiben."),
        ("nl", "Wij kunnen geen vragen beantwoorden die naar dit adres worden gestuurd."),
        ("zh", "我们无法通过此地址接收邮件。"), ("zh-Hant", "我們無法透過此地址接收郵件。"),
        ("zh", "我们无法接收发送到此地址的邮件。"), ("en", "This e-mail was sent from a \"no reply\" account."),
        // The sender's team as the subject; a filler between the state and its negation.
        ("en", "Our team doesn't monitor this address."),
        ("de", "Antworten an diese Adresse erreichen uns leider nicht."),
        ("ru", "Ответы на это письмо до нас не доходят."), ("nl", "Op dit adres kunnen wij geen reacties ontvangen."),
        ("en", "There's nobody reading this mailbox."), ("en", "Messages sent here are not read."),
        ("fr", "Nous ne sommes pas en mesure de répondre aux messages envoyés à cette adresse."),
        ("es", "Cualquier respuesta a este correo será descartada."),
        ("it", "Eventuali risposte a questo messaggio non saranno prese in considerazione."),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        // The reader's own reply, something else not possible, a condition.
        "Es gibt keine Möglichkeit, Ihre Antwort zu ändern.", "There is no possibility to edit your reply once sent.",
        "There is no possibility of a refund.", "If there is no possibility to reply, call us.",
        "No hay posibilidad de cambiar tu respuesta.", "There is no reply button in this app.",
        // Replies of another kind switched off; a reply others may read after all.
        "Your out-of-office replies are disabled.", "Automatic replies are disabled while you are away.",
        "Les réponses automatiques sont désactivées.", "Comment replies are disabled on this post.",
        "Nobody will see your reply except our support team.", "Eine Antwort ist vor Montag nicht möglich.",
        // Without a reply address; the address as what is sent; other things at an address.
        "Your form arrived with no reply address.", "Do not send this address to anyone.",
        "Replies to this email reach our support team directly.", "Dieses Konto nimmt keine Zahlungen entgegen.",
        "Nobody is monitoring your account for fraud.",
        "Nous ne sommes pas en mesure de répondre à votre demande.",
        "我们无法处理地址变更。", "我们无法查看您的邮箱地址。", "我们无法通过此地址处理退款。", "我们无法在地址栏中查看链接。",
    ])
    func staysSilentOnLookAlikes(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
