/// `unsubscribe-link-low-contrast`: an unsubscribe or preferences link that barely stands out
/// from its background.
public struct UnsubscribeLinkLowContrastRule: Rule {
    /// From this computed size on, text is "large" for WCAG (18pt; 14pt bold is not told
    /// apart, as font weight is not computed).
    static let largeTextSize = 24.0

    static func link(_ style: String) -> String {
        "<a href=\"https://harbourbooks.example/u/8f3a\" style=\"\(style)\">Unsubscribe</a>"
    }

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "unsubscribe-link-low-contrast",
        summary: "an unsubscribe or preferences link has too little contrast with its background",
        rationale: """
            Light grey on white is the classic way to make an opt-out link unfindable while \
            keeping it on the screen. WCAG asks for a contrast ratio of 4.5:1 for text (3:1 \
            for large text, 24px and up); CAN-SPAM names colour among the means of a "clear \
            and conspicuous" opt-out. The ratio is measured between the link's computed colour \
            and the background it is painted on (through inherited `bgcolor` and \
            `background-color`, with alpha and opacity blended); both colours and the ratio \
            are the evidence. Text whose contrast is below 1.1:1 is hidden and reported by \
            `unsubscribe-link-hidden`; a background image makes the ratio unknown and is not \
            reported.
            """,
        defaultSeverity: .warning, category: .unsubscribe, appliesToTemplates: true,
        references: [UnsubscribeReferences.wcagContrast, UnsubscribeReferences.canSpam, UnsubscribeReferences.gmail],
        options: [
            RuleOption("min-contrast", .number, default: .number(4.5), "the lowest acceptable ratio for text"),
            RuleOption(
                "min-contrast-large", .number, default: .number(3),
                "the lowest acceptable ratio for text of 24px and up"),
        ],
        examples: RuleExamples(
            triggering: RuleExample(NewsletterExample.html("<p>↓\(link("color:#aaaaaa"))</p>")),
            RuleExample(
                NewsletterExample.html("<p class=\"legal\">↓\(link(""))</p>", css: ".legal a { color: #999999 }")
            ),
            RuleExample(
                NewsletterExample.html(
                    "<table><tr><td bgcolor=\"#cccccc\"><p>↓\(link("color:#ffffff"))</p></td></tr></table>")),
            RuleExample(NewsletterExample.html("<p>↓\(link("color:#959595; font-size:30px"))</p>")),
            RuleExample(NewsletterExample.html("<p>↓\(link("color:rgba(0,0,0,0.3)"))</p>")),
            RuleExample(NewsletterExample.html("<p style=\"opacity:0.3\">↓\(link("color:#000000"))</p>")),
            RuleExample(
                NewsletterExample.html("<p>↓\(link("color:#666666"))</p>"), options: ["min-contrast": .number(7)]),
            passing: RuleExample(NewsletterExample.html("<p>\(link("color:#333333"))</p>")),
            RuleExample(NewsletterExample.html(NewsletterExample.unsubscribeLink)),
            RuleExample(NewsletterExample.html("<p>\(link("color:#767676; font-size:30px"))</p>")),
            RuleExample(NewsletterExample.html("<p>\(link("color:#ffffff"))</p>")),
            RuleExample(
                NewsletterExample.html(
                    "<div style=\"background-image:url(bg.png)\"><p>\(link("color:#aaaaaa"))</p></div>")),
            RuleExample(
                NewsletterExample.html("<p>\(link("color:#aaaaaa"))</p>"), options: ["min-contrast": .number(2)])))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.optOutLinks.compactMap { optOut in
            guard optOut.isVisible, let link = optOut.link, let ratio = link.contrast, let color = link.color,
                let background = link.background, let partIndex = optOut.htmlPartIndex
            else { return nil }
            let large = (link.fontSize ?? 16) >= Self.largeTextSize
            let minimum = options.number(large ? "min-contrast-large" : "min-contrast")
            guard ratio < minimum else { return nil }
            var evidence = optOut.evidence
            evidence.append(
                Evidence(
                    "contrast",
                    "\(Measurement.ratio(ratio)):1, text \(color.hex) on \(background.hex) (at least \(Measurement.ratio(minimum)):1 wanted\(large ? " for large text" : ""))"
                ))
            let analyzer = context.htmlParts[partIndex].analysis.analyzer
            if let node = link.measuredNode {
                let declarations = [
                    ("color", analyzer.declaration(setting: "color", for: node)),
                    ("background", analyzer.backgroundDeclaration(for: node)),
                    ("opacity", analyzer.declaration(setting: "opacity", for: node)),
                ]
                for case (let what, let declaration?) in declarations {
                    evidence.append(
                        Evidence("\(what) set by", declaration.citation))
                }
            }
            return optOut.finding(
                "the \(optOut.name) link has a contrast of \(Measurement.ratio(ratio)):1 with its background",
                evidence: evidence,
                fix:
                    "darken the link (or lighten its background) to a contrast of at least \(Measurement.ratio(minimum)):1"
            )
        }
    }
}
