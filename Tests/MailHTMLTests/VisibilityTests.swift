import Testing

@testable import MailHTML

/// Every hiding technique, through inline styles, `<style>` rules with classes, ids and
/// descendant selectors, and with backgrounds inherited from table cells.
struct VisibilityTests {
    /// The single link of a document whose body is `body`, with `css` in a `<style>`.
    static func link(_ body: String, css: String = "") -> Link {
        let html = "<html><head><style>\(css)</style></head><body>\(body)</body></html>"
        let links = HTMLAnalysis(bytes: Array(html.utf8)).links
        precondition(links.count == 1, "expected one link in \(body)")
        return links[0]
    }

    static func reasons(_ link: Link) -> [String] {
        if case .hidden(let reasons) = link.visibility { return reasons.map(\.what) }
        return []
    }

    static let a = "<a class=\"u\" id=\"u\" href=\"https://example.org/unsubscribe\">unsubscribe</a>"

    @Test(arguments: [
        ("display: none", "display: none"),
        ("visibility: hidden", "visibility: hidden"),
        ("visibility: collapse", "visibility: collapse"),
        ("opacity: 0", "opacity: 0"),
        ("font-size: 0", "font-size: 0px"),
        ("font-size: 0px", "font-size: 0px"),
        ("color: transparent", "color: transparent"),
        ("color: #ffffff", "text colour #ffffff on background #ffffff: contrast 1.00:1"),
        ("max-height: 0; overflow: hidden", "max-height: 0 with overflow: hidden"),
        ("height: 0; overflow: hidden", "height: 0 with overflow: hidden"),
        ("width: 0; overflow: hidden", "width: 0 with overflow: hidden"),
        ("position: absolute; left: -9999px", "positioned off-screen (left: -9999px)"),
        ("text-indent: -9999px", "text-indent: -9999px"),
        ("clip: rect(0 0 0 0); position: absolute", "clipped to nothing"),
        ("clip-path: inset(50%)", "clipped to nothing"),
        ("line-height: 0; overflow: hidden", "line-height: 0 with overflow: hidden"),
        ("height: 1px; overflow: hidden", "height: 1px with overflow: hidden"),
        ("max-height: 1px; overflow: hidden", "max-height: 1px with overflow: hidden"),
        ("position: absolute; right: -9999px", "positioned off-screen (right: -9999px)"),
        ("position: absolute; bottom: -9999px", "positioned off-screen (bottom: -9999px)"),
        ("margin-left: -9999px", "positioned off-screen (margin-left: -9999px)"),
        ("margin: -5000px 0 0 0", "positioned off-screen (margin-top: -5000px)"),
        ("transform: scale(0)", "transform: scale(0)"),
        ("transform: scaleY(0)", "transform: scaley(0)"),
        ("transform: translateX(-9999px)", "positioned off-screen (transform: translatex(-9999px))"),
    ])
    func hiddenByInlineClassIdAndDescendantRules(declarations: String, reason: String) {
        let inline = Self.link(
            "<p><a href=\"https://example.org/unsubscribe\" style=\"\(declarations)\">unsubscribe</a></p>")
        #expect(Self.reasons(inline).contains(reason), "inline: \(inline.visibility)")
        for css in [
            ".u { \(declarations) }", "#u { \(declarations) }", "p a { \(declarations) }", "p > .u { \(declarations) }",
        ] {
            let link = Self.link("<p>\(Self.a)</p>", css: css)
            #expect(Self.reasons(link).contains(reason), "\(css): \(link.visibility)")
        }
    }

    @Test(arguments: [
        "height: 2px; overflow: hidden", "margin-left: -20px", "position: relative; right: -9999px",
        "transform: scale(0.9)", "transform: translateX(-20px)", "margin: 0 auto",
    ])
    func nearMissesStayVisible(declarations: String) {
        let link = Self.link("<p><a href=\"https://example.org/u\" style=\"\(declarations)\">unsubscribe</a></p>")
        #expect(link.visibility == .visible, "\(declarations): \(link.visibility)")
    }

    @Test func hiddenAttributeAndHiddenAncestors() {
        #expect(Self.reasons(Self.link("<div hidden>\(Self.a)</div>")) == ["display: none"])
        #expect(Self.reasons(Self.link("<div style=\"display:none\"><p>\(Self.a)</p></div>")) == ["display: none"])
        let nested = Self.link("<div style=\"opacity:0.5\"><p style=\"opacity:0\">\(Self.a)</p></div>")
        #expect(Self.reasons(nested).contains("opacity: 0"))
    }

    @Test func reasonsNameTheDeclarationAndItsLine() throws {
        let html =
            "<html><head><style>\n.footer a { display: none }\n</style></head><body>\n<div class=\"footer\"><a href=\"u\">unsubscribe</a></div></body></html>"
        let link = try #require(HTMLAnalysis(bytes: Array(html.utf8)).links.first)
        guard case .hidden(let reasons) = link.visibility else {
            Issue.record("not hidden")
            return
        }
        #expect(reasons.first?.description == "display: none (.footer a { display: none } on <a>, html line 2)")
    }

    @Test func backgroundInheritedFromATableCell() {
        let link = Self.link(
            "<table><tr><td bgcolor=\"#1a1a1a\"><a href=\"u\" style=\"color:#1b1b1b\">unsubscribe</a></td></tr></table>"
        )
        #expect(Self.reasons(link).first?.hasPrefix("text colour #1b1b1b on background #1a1a1a") == true)
        #expect(link.background?.hex == "#1a1a1a")
        let font = Self.link(
            "<table bgcolor=\"white\"><tr><td><font color=\"#fefefe\"><a href=\"u\">x</a></font></td></tr></table>")
        // The link keeps the UA link colour: <font color> does not reach an <a>'s own colour.
        #expect(font.color?.hex == "#0000ee")
        let inheritedColor = Self.link(
            "<table bgcolor=\"#ffffff\"><tr><td><a href=\"u\"><font color=\"#fefefe\">unsubscribe</font></a></td></tr></table>"
        )
        #expect(Self.reasons(inheritedColor).first?.hasPrefix("text colour #fefefe on background #ffffff") == true)
    }

    @Test func visibleLinksAndMeasurements() throws {
        let link = Self.link(
            "<td style=\"background-color:#ffffff\"><a href=\"https://example.org/u\" style=\"color:#767676;font-size:12px\">Unsubscribe</a></td>"
        )
        #expect(link.visibility == .visible)
        #expect(link.fontSize == 12)
        #expect(link.color?.hex == "#767676")
        let contrast = try #require(link.contrast)
        #expect(abs(contrast - 4.54) < 0.01)  // WCAG: #767676 on white is 4.54:1
    }

    @Test func backgroundImageMakesContrastUndetermined() {
        let link = Self.link(
            "<div style=\"background: url(hero.png) #000\"><a href=\"u\" style=\"color:#fff\">unsubscribe</a></div>")
        #expect(link.visibility == .undetermined("a background image is behind the text"))
    }

    @Test func calcAndVarAreUndetermined() {
        let link = Self.link("<a href=\"u\" style=\"font-size: var(--small)\">unsubscribe</a>")
        guard case .undetermined(let reason) = link.visibility else {
            Issue.record("\(link.visibility)")
            return
        }
        #expect(reason.contains("var(--small)"))
    }

    @Test func msoHideIsOutlookOnly() {
        let link = Self.link("<div style=\"mso-hide:all\">\(Self.a)</div>")
        #expect(link.visibility == .visible)
        #expect(link.hiddenInOutlook.first?.what == "mso-hide: all")
        #expect(link.hiddenInOutlook.first?.outlookOnly == true)
    }

    @Test func visibilityCanBeUndoneByADescendant() {
        #expect(
            Self.link("<div style=\"visibility:hidden\"><a href=\"u\" style=\"visibility:visible\">x</a></div>")
                .visibility == .visible)
    }

    @Test func imageOnlyLinks() {
        let link = Self.link("<a href=\"u\"><img src=\"unsub.png\" alt=\"Unsubscribe\"></a>")
        #expect(link.imageOnly)
        #expect(link.alt == "Unsubscribe")
        #expect(link.visibility == .visible)
        #expect(link.fontSize == nil)
    }

    @Test func visibleTextLeavesHiddenTextOut() {
        let html = """
            <html><head><title>no</title><style>.pre{display:none}</style></head><body>
            <span class="pre">preheader</span><p>Hello <b>reader</b>,</p><p style="font-size:0">spacer</p>
            <div>Thanks&nbsp;for   reading</div></body></html>
            """
        let text = HTMLAnalysis(bytes: Array(html.utf8)).visibleText
        // The comma follows "reader" as it is laid out, without a space.
        #expect(text.text == "Hello reader,\nThanks for reading")
        #expect(text.runs.first { $0.text == "Hello" }?.line == 2)
    }

    /// Blocks that open together (a newsletter's table, row, cell and paragraph) make one
    /// boundary between two texts, the first block's, not one run each.
    @Test func blocksThatOpenTogetherMakeOneBoundary() {
        let html = "<p>One</p><table><tr><td><p>Two</p></td></tr></table><div><div><p>Three</p></div></div>"
        let runs = HTMLAnalysis(bytes: Array(html.utf8)).visibleText.runs
        #expect(runs.map(\.text) == ["\n", "One", "\n", "Two", "\n", "Three"])
        #expect(HTMLAnalysis(bytes: Array(html.utf8)).visibleText.text == "One\nTwo\nThree")
    }
}

/// Links with no content, `inherit`, and which text a link's measurements come from.
struct LinkMeasurementTests {
    @Test func emptyLinksAreHidden() {
        let link = VisibilityTests.link("<p><a href=\"https://example.org/u\"></a></p>")
        #expect(VisibilityTests.reasons(link) == ["the link has no text and no image"])
    }

    @Test func colorInheritOverridesTheLinkColour() {
        let link = VisibilityTests.link("<p style=\"color:#333333\"><a href=\"u\" style=\"color: inherit\">x</a></p>")
        #expect(link.color?.hex == "#333333")
        let unset = VisibilityTests.link("<p style=\"color:#333333\"><a href=\"u\" style=\"color: initial\">x</a></p>")
        #expect(unset.color?.hex == "#000000")
    }

    @Test func measurementsComeFromTheFirstVisibleText() {
        let link = VisibilityTests.link(
            "<a href=\"u\"><span style=\"display:none\">hidden</span><span style=\"color:#808080;font-size:11px\">8:44 AM</span> <b style=\"color:#000\">bold</b></a>"
        )
        #expect(link.color?.hex == "#808080")
        #expect(link.fontSize == 11)
    }

    /// A link's text reads as a browser lays it out: inline elements join their text, white
    /// space between them stays, a block element or an image between two texts separates them.
    @Test(arguments: [
        ("Unsub<span>scribe</span>", "Unsubscribe"), ("<b>Unsubscribe</b> here", "Unsubscribe here"),
        ("<span>Abmelden</span>\n <span>hier</span>", "Abmelden hier"), ("Un<!-- x -->subscribe", "Unsubscribe"),
        ("<div>Manage</div><div>preferences</div>", "Manage preferences"), ("Stop<br>emails", "Stop emails"),
        ("Opt<img src=\"x.png\" alt=\"\">out", "Opt out"), ("<i> Read </i><i>more </i>", "Read more"),
    ])
    func linkTextJoinsInlineElements(inner: String, text: String) {
        #expect(VisibilityTests.link("<p><a href=\"https://example.org/u\">\(inner)</a></p>").text == text)
    }

    @Test(arguments: [
        ("https://example.org/u", "https"), ("MAILTO:help@example.org", "mailto"), ("tel:+4930123", "tel"),
        ("web+news:item", "web+news"), ("  https://example.org", "https"), ("\u{A0}https://example.org", "https"),
        ("/unsubscribe?id=1", ""), ("unsubscribe.html", ""), ("a/b:c", ""), (":nothing", ""), ("", ""),
        ("1http://x", ""), ("héllo:x", "héllo"),
    ])
    func schemes(href: String, scheme: String) {
        #expect(LinkExtractor.scheme(of: href) == scheme)
    }
}

/// Plain text in the same form as HTML's visible text, and large inputs.
struct VisibleTextFormTests {
    /// Inline elements inside a word do not split it; white space, a block, an image or a
    /// blank text node between two texts does.
    @Test(arguments: [
        ("<p>Bitte ant<span>worten</span> Sie nicht.</p>", "Bitte antworten Sie nicht."),
        ("<p>e<b>mail</b> and <i>more</i></p>", "email and more"),
        ("<p>Unsub<span style=\"display:none\">X</span>scribe</p>", "Unsubscribe"),
        ("<p>one<br>two</p>", "one\ntwo"), ("<p>one<img src=x.png alt=\"\">two</p>", "one two"),
        ("<p><b>one</b>\n<b>two</b></p>", "one two"), ("<p><b>one </b><b>two</b></p>", "one two"),
        ("<p>one</p><p>two</p>", "one\ntwo"),
        // Every white space `collapse` trims separates words, a thin space or an ideographic one too.
        ("<p><b>one\u{2009}</b><b>two</b></p>", "one two"), ("<p><b>one</b><b>\u{3000}two</b></p>", "one two"),
    ])
    func inlineElementsDoNotSplitWords(html: String, text: String) {
        #expect(HTMLAnalysis(bytes: Array(html.utf8)).visibleText.text == text)
    }

    @Test func plainTextRunsCarryTheirLines() {
        let text = VisibleText(plainText: "Hello  reader,\r\n\r\nDo not   reply to this email.\nThanks\n")
        #expect(text.runs.map(\.text) == ["Hello reader,", "\n", "Do not reply to this email.", "Thanks"])
        #expect(text.runs.map(\.line) == [1, 2, 3, 4])
        #expect(text.text == "Hello reader,\nDo not reply to this email. Thanks")
    }

    @Test func aOneMegabyteAttributeIsReadWhole() {
        let big = String(repeating: "x", count: 1 << 20)
        let html = "<p><a href=\"https://example.org/\(big)\" title=\"\(big)\">unsubscribe</a></p>"
        let links = HTMLAnalysis(bytes: Array(html.utf8)).links
        #expect(links.count == 1)
        #expect(links.first?.href.count == (1 << 20) + 20)
        #expect(links.first?.visibility == .visible)
    }
}

/// `VisibilityAnalyzer.isHidden` (what visible text uses) must say hidden exactly where
/// `evaluate` does, for every node, element or text.
struct HiddenShortcutTests {
    @Test func isHiddenAgreesWithEvaluateOnEveryNode() {
        let declarations = [
            "display: none", "visibility: hidden", "opacity: 0", "font-size: 0", "color: transparent",
            "color: #ffffff", "max-height: 0; overflow: hidden", "position: absolute; left: -9999px",
            "text-indent: -9999px", "clip-path: inset(50%)", "line-height: 0; overflow: hidden",
            "transform: scale(0)", "margin-left: -9999px", "mso-hide: all", "background-image: url(x.png)",
            "color: var(--c)", "height: 2px; overflow: hidden", "opacity: 0.5", "color: #777", "",
        ]
        var hidden = 0
        for declaration in declarations {
            let html = """
                <html><head><style>.x { \(declaration) }</style></head><body bgcolor="#ffffff">
                <p>before</p><div class="x"><p>inside <b>bold</b></p><img src="a.png" alt="a"></div>
                <p style="\(declaration)">inline <a href="https://example.org">link</a></p></body></html>
                """
            let analysis = HTMLAnalysis(bytes: Array(html.utf8))
            for index in 0..<analysis.tree.count where analysis.tree.kind(index) != .comment {
                let isText = analysis.tree.kind(index) == .text
                var expected = false
                if case .hidden = analysis.analyzer.evaluate(index, isText: isText).visibility { expected = true }
                #expect(
                    analysis.analyzer.isHidden(index, isText: isText) == expected,
                    "\(declaration): node \(index) <\(analysis.tree.tag(index))>")
                if expected { hidden += 1 }
            }
        }
        #expect(hidden > 20)  // the techniques above hide something
    }
}
