import Testing

@testable import MailLint

/// How the unsubscribe rules find a message's way out, and what they say about it.
struct OptOutLinkTests {
    static func context(_ text: String, kind: MessageKind? = nil) -> LintContext {
        LintContext(
            message: MessageParser.parse(Array(text.utf8)), file: "t.eml",
            configuration: Configuration(messageKind: kind))
    }

    static func html(_ body: String, headers: String = "From: news@x.example\n") -> String {
        headers + "Content-Type: text/html; charset=utf-8\n\n" + body + "\n"
    }

    /// The opt-out links of an HTML message whose body is "News." and then `paragraph`.
    static func optOutLinks(inParagraph paragraph: String) -> [OptOutLink] {
        context(html("<p>News.</p><p>\(paragraph)</p>")).optOutLinks
    }

    @Test(
        arguments: [
            ("https://news.example/UnSubscribe?id=1", "unsubscribe"), ("https://unsubscribe.example/x", nil),
            ("https://x.example/p/Preferences/unsub", "unsub"), ("mailto:list-leave@lists.example", "-leave@"),
            ("https://x.example/a/b/c/email-settings", "email-settings"), ("https://x.example/home", nil),
        ] as [(String, String?)])
    func urlWordsAreFoundAfterTheHostIgnoringCaseFirstListedFirst(_ url: String, _ word: String?) {
        #expect(OptOutVocabulary.urlWord(in: url)?.word == word, "\(url)")
    }

    @Test func anHTMLLinkIsAnchoredAtItsOwnStartTag() throws {
        let text = Self.html(
            "<p><a href=\"https://x.example/shop\">Shop</a> | <a href=\"https://x.example/u/1\">Unsubscribe</a></p>\n<p><a\n  href=\"https://x.example/prefs\"\n>Manage preferences</a></p>"
        )
        let links = Self.context(text).optOutLinks
        #expect(links.map(\.href) == ["https://x.example/u/1", "https://x.example/prefs"])
        let bytes = Array(text.utf8)
        let first = try #require(links.first)
        #expect(
            String(decoding: bytes[first.offset..<(first.offset + 30)], as: UTF8.self).hasPrefix(
                "<a href=\"https://x.example/u/1"))
        // A start tag over three lines: libxml2 gives the line of its `>`; the anchor is its `<a`.
        #expect(String(decoding: bytes[links[1].offset..<(links[1].offset + 3)], as: UTF8.self) == "<a\n")
        #expect(links.map(\.offer) == [.unsubscribe, .preferences])
    }

    @Test func genericLinkTextsAreReadWithTheirSentence() {
        let links = Self.context(
            Self.html(
                "<p>Update your email preferences or unsubscribe <a href=\"https://x.example/a\">here</a>. View our privacy policy <a href=\"https://x.example/b\">here</a>.</p><p>Du möchtest keine E-Mails mehr erhalten? Klicke <a href=\"https://x.example/c\">HIER</a>, um dich abzumelden.</p>"
            )
        ).optOutLinks
        #expect(links.map(\.href) == ["https://x.example/a", "https://x.example/c"])
        #expect(links.first?.recognisedBy == "“here” next to “email preferences” (en)")
    }

    /// A link that starts its sentence is read with the sentence before it ("Don't want
    /// these emails? Click here."); "here" and "click here" in the other languages.
    @Test(arguments: [
        "Don’t want these emails? <a href=\"https://x.example/u\">Click here</a>.",
        "Wil je deze e-mails niet meer ontvangen? <a href=\"https://x.example/u\">Klik hier</a>.",
        "Чтобы отписаться, <a href=\"https://x.example/u\">нажмите здесь</a>.",
        "Abonelikten çıkmak için <a href=\"https://x.example/u\">buraya tıklayın</a>.",
        "لإلغاء الاشتراك <a href=\"https://x.example/u\">انقر هنا</a>.",
        "Để hủy đăng ký, <a href=\"https://x.example/u\">nhấn vào đây</a>.",
        "如欲取消訂閱，請<a href=\"https://x.example/u\">按此</a>。",
        "หากต้องการยกเลิกการรับข่าวสาร <a href=\"https://x.example/u\">คลิกที่นี่</a>",
        // A link that answers the question before it.
        "Don’t want these emails anymore? <a href=\"https://x.example/u\">Let us know</a>.",
    ])
    func aClickHereLinkIsReadWithItsSentenceInEveryLanguage(_ paragraph: String) {
        #expect(Self.optOutLinks(inParagraph: paragraph).map(\.href) == ["https://x.example/u"], "\(paragraph)")
    }

    @Test func aQuestionThatIsNotAboutLeavingStaysSilent() {
        let links = Self.context(
            Self.html("<p>Questions about your order? <a href=\"https://x.example/h\">Click here</a>.</p>")
        ).optOutLinks
        #expect(links.isEmpty)
    }

    @Test func classAndIDAndHeaderURIsRecogniseLinks() {
        let links = Self.context(
            Self.html(
                "<a class=\"unsubscribe-link\" href=\"https://t.example/c?1\">x</a><a id=\"optout\" href=\"https://t.example/c?2\">y</a><a href=\"https://x.example/t/9\">z</a>",
                headers: "From: news@x.example\nList-Unsubscribe: <https://x.example/t/9>\n")
        ).optOutLinks
        #expect(
            links.map(\.recognisedBy) == [
                "class “unsubscribe-link”", "id “optout”", "URL of the List-Unsubscribe field",
            ])
    }

    @Test(arguments: [
        ("Unsubscribe: https://x.example/u/1", "https://x.example/u/1"),
        (
            "Klicke [HIER](https://x.example/subscriptions/unsubscribe?a=1), um dich abzumelden.",
            "https://x.example/subscriptions/unsubscribe?a=1"
        ),
        ("To stop receiving these emails, visit:\n<https://x.example/t/1>.", "https://x.example/t/1"),
        (
            "Falls Sie unsere E-Mails nicht mehr\nerhalten möchten, klicken [Sie bitte hier.](https://x.example/t/un/2)",
            "https://x.example/t/un/2"
        ),
        ("To leave the list write to news-leave@x.example.", "news-leave@x.example"),
        ("Manage: https://x.example/email-settings?u=3", "https://x.example/email-settings?u=3"),
        // Written without a scheme, as mail clients link it.
        ("Unsubscribe: www.x.example/u/1", "www.x.example/u/1"),
    ])
    func plainTextURLsNextToTheirWords(text: String, expected: String) {
        let links = Self.context("From: news@x.example\n\nNews.\n\(text)\n").optOutLinks
        #expect(links.map(\.href) == [expected])
        #expect(links.allSatisfy { $0.link == nil && $0.isVisible })
    }

    @Test func plainTextWithoutAWayOutHasNoLink() {
        #expect(
            Self.context("From: a@x.example\n\nSee https://x.example/shop and write to ana@x.example.\n").optOutLinks
                .isEmpty)
        #expect(Self.context("From: a@x.example\n\nRead more at www.x.example/shop\n").optOutLinks.isEmpty)
    }

    @Test(arguments: [
        ("From: news@x.example\nList-Id: <news.x.example>\n\nHi\n", MessageKind.bulk, "List-Id present"),
        (
            "From: noreply@x.example\nContent-Type: text/html\n\n<a href=\"https://x.example/unsubscribe\">Unsubscribe</a>\n",
            .bulk,
            "an unsubscribe link in the body (link text “Unsubscribe” (en))"
        ),
        (
            "From: a@x.example\nContent-Type: text/html\n\n<p>View this email in your browser</p>\n", .bulk,
            "“view this email in your browser” in the body"
        ),
        (
            "From: postmaster@x.example\nPrecedence: junk\n\nUndeliverable: https://x.example/unsubscribe\n",
            .transactional, "Precedence: junk"
        ),
        (
            "From: mailer-daemon@x.example\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\n\nfailed\n--b--\n",
            .transactional, "a delivery or disposition report (multipart/report)"
        ),
        (
            "From: a@x.example\nIn-Reply-To: <1@x.example>\n\n> Unsubscribe: https://x.example/u/1\nSure!\n", .personal,
            "a reply (In-Reply-To or References)"
        ),
        ("From: noreply@x.example\n\nYour code is 1234\n", .transactional, "From is a do-not-reply address"),
    ])
    func theMessageKindSaysWhichSignalsDecidedIt(text: String, kind: MessageKind, signal: String) {
        let classification = Self.context(text).classification
        #expect(classification.kind == kind)
        #expect(classification.signals.first == signal, "\(classification.signals)")
    }

    @Test func diagnosticsCarryTheirEvidence() throws {
        let text = Self.html(
            "<style>.legal { font-size: 7px; color: #bbbbbb }</style><p class=\"legal\"><a href=\"https://x.example/u/1\" style=\"color:inherit\">Unsubscribe</a></p>",
            headers:
                "From: news@x.example\nList-Unsubscribe: <https://x.example/u/1>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
        )
        let diagnostics = Linter().lint(Array(text.utf8), file: "t.eml")
        let tiny = try #require(diagnostics.first { $0.ruleID == "unsubscribe-link-tiny" })
        #expect(tiny.evidence.contains { $0.value == ".legal { font-size: 7px }, html line 1" })
        let htmlLine = text.split(separator: "\n", omittingEmptySubsequences: false)[5]
        let column = htmlLine.distance(from: htmlLine.startIndex, to: htmlLine.range(of: "<a href")!.lowerBound) + 1
        #expect(tiny.location.start.line == 6 && tiny.location.start.column == column)
        let contrast = try #require(diagnostics.first { $0.ruleID == "unsubscribe-link-low-contrast" })
        #expect(contrast.evidence.contains { $0.value.hasPrefix("1.92:1, text #bbbbbb on #ffffff") })
        #expect(contrast.evidence.contains { $0.value == "style attribute { color: inherit }, html line 1" })
        #expect(
            !diagnostics.contains { $0.ruleID == "unsubscribe-link-hidden" || $0.ruleID == "unsubscribe-link-missing" })
    }

    @Test func clippingNamesTheOptOutLinksPastTheCut() throws {
        let filler = "<p>" + String(repeating: "Our picks of the week. ", count: 4_800) + "</p>\n"
        let text = Self.html(
            "<p><a href=\"https://x.example/prefs\">Manage preferences</a></p>\n" + filler
                + "<p><a href=\"https://x.example/unsubscribe\">Unsubscribe</a></p>",
            headers: "From: news@x.example\nList-Unsubscribe: <https://x.example/u/1>\n")
        let diagnostic = try #require(
            Linter().lint(Array(text.utf8), file: "t.eml").first { $0.ruleID == "message-clipped-by-gmail" })
        let past = diagnostic.evidence.filter { $0.label == "past the cut" }.map(\.value)
        #expect(past.count == 1)
        #expect(past.first?.hasPrefix("“Unsubscribe” → https://x.example/unsubscribe at byte ") == true)
    }
}

extension OptOutLinkTests {
    /// A footer that speaks of opting out without a link: the finding stands (providers want a
    /// link) and quotes the line, with its line in the file; a footer without such words
    /// gets no such evidence.
    @Test func optOutWordingWithoutALinkIsQuoted() throws {
        let message =
            "From: news@x.example\nPrecedence: bulk\nList-Id: <n.x.example>\n"
            + "Content-Type: text/plain; charset=utf-8\n\nNews of the week.\n\n"
            + "Pour vous désabonner, répondez avec STOP.\n"
        let diagnostic = try #require(
            Linter().lint(Array(message.utf8), file: "t.eml").first { $0.ruleID == "unsubscribe-link-missing" })
        #expect(
            diagnostic.evidence.first { $0.label == "opt-out wording without a link" }?.value
                == "“Pour vous désabonner, répondez avec STOP.” (line 8)")
        let plain = "From: news@x.example\nPrecedence: bulk\nList-Id: <n.x.example>\n\nNews of the week.\n"
        let silent = try #require(
            Linter().lint(Array(plain.utf8), file: "t.eml").first { $0.ruleID == "unsubscribe-link-missing" })
        #expect(!silent.evidence.contains { $0.label == "opt-out wording without a link" })
    }
}
