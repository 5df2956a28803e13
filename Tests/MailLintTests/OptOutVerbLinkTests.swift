import Testing

@testable import MailLint

/// A link whose own text is only the verb of its sentence ("Turn them off", "hier
/// widerrufen") is read with the sentence, the link's words in their place, but only where
/// the sentence needs them: a link that stops, cancels or blocks something else beside a
/// sentence that is an opt-out by itself is no way out.
struct OptOutVerbLinkTests {
    @Test(arguments: [
        (
            "Don’t want these reminders? <a href=\"https://x.example/u\">Turn them off</a>.",
            "“Turn them off” in “reminders? Turn them off” (en)"
        ),
        (
            "Sie können Ihre Einwilligung jederzeit <a href=\"https://x.example/u\">hier widerrufen</a>.",
            "“hier widerrufen” in “Einwilligung jederzeit hier widerrufen” (de)"
        ),
    ])
    func aVerbLinkIsReadWithItsSentence(_ paragraph: String, _ recognisedBy: String) {
        let links = OptOutLinkTests.optOutLinks(inParagraph: paragraph)
        #expect(links.map(\.href) == ["https://x.example/u"], "\(paragraph)")
        #expect(links.first?.recognisedBy == recognisedBy)
    }

    @Test(arguments: [
        "Don’t want these emails? <a href=\"https://x.example/s\">Stop by our store</a> instead.",
        "We email you about every order. <a href=\"https://x.example/s\">Cancel your order</a>.",
        "<a href=\"https://x.example/s\">Block this card</a> if you lost it; we email you about every payment.",
        "Withdraw funds from your account <a href=\"https://x.example/s\">here</a>.",
    ])
    func aVerbLinkBesideSomethingElseIsNoWayOut(_ paragraph: String) {
        #expect(OptOutLinkTests.optOutLinks(inParagraph: paragraph).isEmpty, "\(paragraph)")
    }
}
