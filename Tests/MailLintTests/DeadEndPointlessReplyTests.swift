import Testing

@testable import MailLint

/// Dead ends that say a reply is of no use ("inutile d'y répondre", "replying to this email
/// is pointless"), in scripts with and without spaces; and the look-alikes the reading must
/// leave alone: a negated "pointless", a condition, other mail, "invalid" beside a reply
/// in another clause.
struct DeadEndPointlessReplyTests {
    @Test(arguments: [
        ("fr", "Email automatique — inutile d'y répondre."),
        ("fr", "Ceci est un mail automatique de notification. Inutile donc d'y répondre directement."),
        ("fr", "Ce message est automatique, il ne sert à rien d'y répondre."),
        ("en", "There is no point replying to this email."), ("en", "Replying to this email is pointless."),
        ("de", "Es ist zwecklos, auf diese E-Mail zu antworten."), ("es", "Es inútil responder a este correo."),
        ("it", "È inutile rispondere a questa email."), ("fi", "Tähän viestiin on turha vastata."),
        ("ru", "Отвечать на это письмо бесполезно."), ("tr", "Bu e-postayı yanıtlamak boşuna."),
        ("ja", "このメールに返信しても無駄です。"), ("zh", "回复此邮件是没有用的。"),
        ("ko", "이 메일에 회신하셔도 소용없습니다."), ("th", "ไม่มีประโยชน์ที่จะตอบกลับอีเมลนี้"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
        #expect(DeadEndGrammarTests.recognised(sentence).contains { $0.pattern == "reply of no use" })
    }

    @Test(arguments: [
        "It is not pointless to reply to this email: we read every message.",
        "If it is pointless to reply, call us instead.", "It is pointless to reply to phishing emails; delete them.",
        "There is no point waiting: reply to this email now.", "Il n'est pas inutile de répondre à ce message.",
        "Inutile de vous déplacer, répondez simplement à ce message.",
        "Es ist nicht sinnlos, auf diese E-Mail zu antworten.", "旧链接没用了，请回复本邮件。", "验证码无效，请回复本邮件告诉我们。",
        "如果链接无效，请直接回复此邮件。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }

    /// The classes a sentence holds are gathered as bits of one word: every class must have
    /// a bit of its own, or a class past the last bit is never seen.
    @Test func everyClassHasABitOfItsOwn() {
        #expect(DeadEndWord.allCases.count <= DeadEndGrammar.ClassSet.bitWidth)
    }
}
