/// `unsubscribe-link-hidden`: an unsubscribe or preferences link a reader cannot see.
public struct UnsubscribeLinkHiddenRule: Rule {
    /// The hiding techniques MailHTML knows, as CSS declarations: every one has a triggering
    /// example inline and through a `<style>` class.
    static let techniques = [
        "display: none", "visibility: hidden", "visibility: collapse", "opacity: 0", "font-size: 0",
        "font-size: 0px", "color: transparent", "color: #ffffff", "max-height: 0; overflow: hidden",
        "height: 0; overflow: hidden", "width: 0; overflow: hidden", "max-width: 0; overflow: hidden",
        "line-height: 0; overflow: hidden", "position: absolute; left: -9999px", "position: absolute; top: -9999px",
        "text-indent: -9999px", "clip: rect(0 0 0 0); position: absolute", "clip-path: inset(50%)",
        "height: 1px; overflow: hidden", "position: absolute; right: -9999px", "margin-left: -9999px",
        "transform: scale(0)", "transform: translateY(-9999px)", "opacity: 0.01",
    ]

    static let link = "<a href=\"https://harbourbooks.example/u/8f3a\">Unsubscribe</a>"

    static var techniqueExamples: [RuleExample] {
        techniques.flatMap { declarations in
            [
                RuleExample(
                    NewsletterExample.html(
                        "<p>↓<a href=\"https://harbourbooks.example/u/8f3a\" style=\"\(declarations)\">Unsubscribe</a></p>"
                    )
                ),
                RuleExample(
                    NewsletterExample.html("<p class=\"legal\">↓\(link)</p>", css: ".legal a { \(declarations) }")),
            ]
        }
    }

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-link-hidden",
        summary: "an unsubscribe or preferences link is hidden from the reader",
        rationale: """
            An opt-out link that is in the HTML but not on the screen — display: none, zero \
            size with overflow hidden, transparent or background-coloured text, off-screen \
            positioning, clipping, zero opacity — lets a sender claim an unsubscribe link \
            while the reader has none. CAN-SPAM requires a "clear and conspicuous" opt-out, \
            Gmail, Yahoo and Microsoft "a clearly visible unsubscribe link". The evidence names \
            each declaration that hides the link, with the selector or attribute it comes \
            from and its line. `mso-hide: all` alone (Outlook-only fallbacks) is not reported, \
            nor is a responsive variant: a link hidden only by `@media` rules that read the \
            screen width (the desktop copy on a narrow screen) while another opt-out link is \
            visible. Any other hidden link is reported even when a visible one exists \
            elsewhere.
            """,
        defaultSeverity: .error, category: .unsubscribe, appliesToTemplates: true,
        references: [
            UnsubscribeReferences.canSpam, UnsubscribeReferences.gmail, UnsubscribeReferences.yahoo,
            UnsubscribeReferences.microsoft,
        ],
        examples: RuleExamples(
            triggering: RuleExample(
                NewsletterExample.html(
                    "<table><tr><td bgcolor=\"#ffffff\"><span style=\"color:#ffffff\">↓\(link)</span></td></tr></table>",
                    css: "a { color: inherit }")),
            techniqueExamples + [
                RuleExample(
                    NewsletterExample.html(
                        "<table><tr><td bgcolor=\"#1a1a1a\" class=\"footer\">↓\(link)</td></tr></table>",
                        css: ".footer a { color: #1a1a1a }")),
                RuleExample(NewsletterExample.html("<div hidden><p>↓\(link)</p></div>")),
                RuleExample(
                    NewsletterExample.html(
                        "<div class=\"legal\">↓\(link)</div>",
                        css: "@media (max-width: 640px) { .legal { display: none } }")),
                RuleExample(NewsletterExample.html("<div style=\"display:none\"><p>↓\(link)</p></div>")),
                RuleExample(
                    NewsletterExample.html("<p>↓<a href=\"https://harbourbooks.example/unsubscribe\"></a></p>")),
                RuleExample(
                    NewsletterExample.html(
                        "<p>↓<a href=\"https://harbourbooks.example/unsubscribe\"><img src=\"u.png\" alt=\"Unsubscribe\" style=\"display:none\"></a></p>"
                    )),
                RuleExample(
                    NewsletterExample.sender + NewsletterExample.oneClick
                        + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
                        + "<p>Our picks of the week.</p>\n↓<p style=3D\"font-size:0\">\(link.replacingFirst("=", with: "=3D"))</p>\n"
                ),
            ],
            passing: RuleExample(NewsletterExample.html(NewsletterExample.unsubscribeLink)),
            [
                RuleExample(NewsletterExample.html("<p style=\"mso-hide:all\">\(link)</p>")),
                RuleExample(
                    NewsletterExample.html(
                        "<div style=\"display:none;max-height:0;overflow:hidden\">Fresh picks inside</div>\n"
                            + NewsletterExample.unsubscribeLink)),
                RuleExample(
                    NewsletterExample.html(
                        "<table><tr><td style=\"font-size:0\"><div style=\"display:inline-block;font-size:12px\">\(link)</div></td></tr></table>"
                    )),
                RuleExample(
                    NewsletterExample.html(
                        "<a href=\"https://harbourbooks.example/track/1\" style=\"display:none\">.</a>\n"
                            + NewsletterExample.unsubscribeLink)),
                RuleExample(
                    NewsletterExample.html(
                        "<div style=\"visibility:hidden\"><p style=\"visibility:visible\">\(link)</p></div>")),
                RuleExample(
                    NewsletterExample.html(
                        "<table><tr><td bgcolor=\"#1a1a1a\" class=\"footer\">\(link)</td></tr></table>",
                        css: ".footer a { color: #cccccc }")),
            ]))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let anyVisible = context.optOutLinks.contains(where: \.isVisible)
        return context.optOutLinks.compactMap { optOut in
            guard case .hidden(let reasons) = optOut.link?.visibility else { return nil }
            // A responsive variant: hidden at this width, its twin shown.
            if anyVisible, reasons.allSatisfy(\.viewportDependent) { return nil }
            // When no opt-out link is visible, this is also why the body offers no way out.
            let noneVisible =
                anyVisible
                ? [] : [Evidence("visible opt-out links", "none: the body offers no other way to unsubscribe")]
            return optOut.finding(
                "the \(optOut.name) link is hidden from the reader: \(reasons[0].what)",
                evidence: optOut.evidence + reasons.map { Evidence("hidden by", $0.description) } + noneVisible,
                fix: "remove what hides the link (see `hidden by`), and give it a readable size and colour")
        }
    }
}
