import Testing

@testable import MailLint

/// A plain-text opt-out sentence hard-wrapped over the lines of its paragraph is read up to
/// three lines above its URL, from where the sentence starts, and across one blank line when
/// it ends announcing the URL with a colon; an opt-out sentence that ends before the sentence
/// giving the URL, a blank line after other words, or words further up do not make the URL an
/// opt-out. Texts written here.
struct OptOutWrappedParagraphTests {
    static func links(_ body: String) -> [String] {
        OptOutLinkTests.context(
            "From: news@x.example\nContent-Type: text/plain; charset=utf-8\n\nNews.\n\n\(body)\n"
        ).optOutLinks.map(\.href)
    }

    @Test(arguments: [
        (
            "If you would rather not hear from\nus again, you can unsubscribe from this\nlist with the link below:\nhttps://x.example/u/1",
            "https://x.example/u/1"
        ),
        (
            "Wenn Sie diese Benachrichtigungen nicht\nmehr erhalten möchten, können Sie sie\nunter folgendem Link abbestellen:\nhttps://x.example/u/2",
            "https://x.example/u/2"
        ),
        (
            "Pokud nadále nechcete sledovat toto vlákno,\nklikněte na\nnásledující odkaz:\nhttps://x.example/u/3",
            "https://x.example/u/3"
        ),
        (
            "If you would rather not receive these notices, use the\nfollowing link:\n\nhttps://x.example/u/4",
            "https://x.example/u/4"
        ),
    ])
    func aWrappedOptOutSentenceMakesItsURLAnOptOut(_ body: String, _ url: String) {
        #expect(Self.links(body) == [url])
    }

    @Test(arguments: [
        "Thanks for reading. If you no longer want these emails,\nreply STOP. Our new collection\nis out now:\nhttps://x.example/shop",
        "To unsubscribe, reply to this email\nwith the word STOP in the subject line\nor write to our office, and in the\nmeantime enjoy our shop at\nhttps://x.example/shop",
        "You can unsubscribe at any time.\n\nOur new collection is out now:\nhttps://x.example/shop",
        "If you no longer want these emails, reply STOP. Our shop:\n\nhttps://x.example/shop",
        "To unsubscribe, use the link in your account.\n\nhttps://x.example/shop",
        // The ideographic full stop ends a sentence with no space after it.
        "如不想再收到此类邮件，请回复退订。我们的新品\n已经上架，欢迎\n访问：\nhttps://x.example/shop",
    ])
    func anOptOutOutsideTheURLsSentenceDoesNot(_ body: String) {
        #expect(Self.links(body).isEmpty)
    }
}
