/// `unsubscribe-link-tiny`: an unsubscribe or preferences link in a font too small to read.
public struct UnsubscribeLinkTinyRule: Rule {
    static let link = "<a href=\"https://harbourbooks.example/u/8f3a\">Unsubscribe</a>"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-link-tiny",
        summary: "an unsubscribe or preferences link is set in a font too small to read",
        rationale: """
            A 6px "unsubscribe" is on the screen and still not "clear and conspicuous" \
            (CAN-SPAM: "creative use of type size … can improve clarity"; Gmail, Yahoo and \
            Microsoft: "clearly visible"). The rule measures the computed font size of the \
            link's text through the whole cascade (inline styles, `<style>` rules, inherited \
            sizes, em, %, pt, keywords, `<font size>`, `<small>`) and names the declaration \
            that set it. The default threshold (9px) leaves the usual 10–12px footers alone; \
            text below 1px is hidden and reported by `unsubscribe-link-hidden` instead.
            """,
        defaultSeverity: .warning, category: .unsubscribe, appliesToTemplates: true,
        references: [UnsubscribeReferences.canSpam, UnsubscribeReferences.gmail, UnsubscribeReferences.yahoo],
        options: [RuleOption("min-font-size", .number, default: .number(9), "the smallest acceptable size, in CSS px")],
        examples: RuleExamples(
            triggering: RuleExample(NewsletterExample.html("<p style=\"font-size:7px\">↓\(link)</p>")),
            RuleExample(NewsletterExample.html("<p class=\"legal\">↓\(link)</p>", css: ".legal { font-size: 8px }")),
            RuleExample(
                NewsletterExample.html(
                    "<div style=\"font-size:12px\"><p style=\"font-size:0.5em\">↓\(link)</p></div>")),
            RuleExample(NewsletterExample.html("<p style=\"font-size:6pt\">↓\(link)</p>")),
            RuleExample(NewsletterExample.html("<p style=\"font-size:10px\"><small>↓\(link)</small></p>")),
            RuleExample(
                NewsletterExample.html("<p style=\"font-size:11px\">↓\(link)</p>"),
                options: ["min-font-size": .number(12)]),
            passing: RuleExample(NewsletterExample.html("<p style=\"font-size:11px\">\(link)</p>")),
            RuleExample(NewsletterExample.html("<p class=\"legal\">\(link)</p>", css: ".legal { font-size: 10px }")),
            RuleExample(NewsletterExample.html(NewsletterExample.unsubscribeLink)),
            RuleExample(
                NewsletterExample.html(
                    "<table><tr><td style=\"font-size:0\"><div style=\"display:inline-block;font-size:12px\">\(link)</div></td></tr></table>"
                )),
            RuleExample(NewsletterExample.html("<p style=\"font-size:0\">\(link)</p>")),
            RuleExample(NewsletterExample.html("<p><font size=\"1\">\(link)</font></p>"))))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let minimum = options.number("min-font-size")
        return context.optOutLinks.compactMap { optOut in
            guard optOut.isVisible, let link = optOut.link, let size = link.fontSize, size < minimum,
                let partIndex = optOut.htmlPartIndex
            else { return nil }
            var evidence = optOut.evidence
            evidence.append(
                Evidence(
                    "font size", "\(Measurement.pixels(size))px (at least \(Measurement.pixels(minimum))px wanted)"))
            if let node = link.measuredNode,
                let declaration = context.htmlParts[partIndex].analysis.analyzer.declaration(
                    setting: "font-size", for: node)
            {
                evidence.append(
                    Evidence("set by", declaration.citation))
            }
            return optOut.finding(
                "the \(optOut.name) link is set in \(Measurement.pixels(size))px type",
                evidence: evidence, fix: "set the link (and its paragraph) in at least \(Measurement.pixels(minimum))px"
            )
        }
    }
}
