import Testing

@testable import MailLint

/// Replies rejected, and a mailbox that cannot receive named right after the state, in the
/// unspaced scripts and Turkish (round 68); not an application rejected, nor the reader's
/// address that may not receive mail.
struct DeadEndRejectedRepliesTests {
    @Test(arguments: [
        ("zh", "对此邮件的回复将被拒收。"), ("zh-Hant", "對此郵件的回覆將被拒收。"),
        ("tr", "Bu e-postaya verilen yanıtlar reddedilecektir."), ("ja", "このメールは受信できないアドレスから送信されています。"),
    ])
    func recognises(_ language: String, _ sentence: String) {
        DeadEndGrammarTests.expectRecognised(language, sentence)
    }

    @Test(arguments: [
        "メールを受信できない場合は、迷惑メールフォルダをご確認ください。", "お使いのアドレスでメールを受信できない場合があります。", "Başvurunuz reddedilecektir.",
        "您的申请将被拒绝。",
    ])
    func leavesAlone(_ sentence: String) {
        DeadEndGrammarTests.expectSilent(sentence)
    }
}
