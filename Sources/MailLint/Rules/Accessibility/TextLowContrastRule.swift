import MailHTML

/// `text-low-contrast`: visible body text whose colour barely stands out from its
/// background, grouped per colour pair.
public struct TextLowContrastRule: Rule {
    static func text(_ style: String, _ words: String = "Free delivery on orders over £20") -> String {
        "<p style=\"\(style)\">\(words)</p>"
    }

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "text-low-contrast",
        summary: "visible text has too little contrast with its background (WCAG AA)",
        rationale: """
            Light grey small print on white, white on a pale button: text below a contrast \
            ratio of 4.5:1 (3:1 for large text, 24px and up) is hard to read for anyone with \
            weak eyes, on a phone in the sun, or in a client's dark mode. The ratio is \
            measured between each visible text's computed colour and the background it is \
            painted on (through `bgcolor`, `background-color`, alpha and opacity), as \
            `unsubscribe-link-low-contrast` measures opt-out links, which are left to it. \
            Text is grouped per colour pair: one finding per pair, with how many texts use it, \
            the first of them and the declarations that set the colours. Text below 1.1:1 \
            counts as hidden, and text on a background image is not measured. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .warning, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.contrast, AccessibilityReferences.emailMarkupReport],
        options: [
            RuleOption("min-contrast", .number, default: .number(4.5), "the lowest acceptable ratio for text"),
            RuleOption(
                "min-contrast-large", .number, default: .number(3),
                "the lowest acceptable ratio for text of 24px and up"),
        ],
        examples: RuleExamples(
            triggering: RuleExample(AccessibleExample.html("↓\(text("color:#aaaaaa"))")),
            RuleExample(AccessibleExample.html("↓\(text("color:#999999;font-size:11px"))\n\(text("color:#999999"))")),
            RuleExample(
                AccessibleExample.html(
                    "<table><tr><td bgcolor=\"#3399ff\">↓\(text("color:#ffffff", "Shop now"))</td></tr></table>")),
            RuleExample(AccessibleExample.html("↓\(text("color:rgba(0,0,0,0.35)"))")),
            RuleExample(AccessibleExample.html("↓\(text("color:#959595;font-size:30px"))")),
            passing: RuleExample(AccessibleExample.html(text("color:#333333"))),
            RuleExample(AccessibleExample.html(text("color:#767676"))),
            RuleExample(AccessibleExample.html(text("color:#767676;font-size:30px"))),
            RuleExample(
                AccessibleExample.html("<div style=\"background-image:url(bg.png)\">\(text("color:#aaaaaa"))</div>")),
            RuleExample(AccessibleExample.html("<div style=\"display:none\">\(text("color:#aaaaaa"))</div>")),
            RuleExample(AccessibleExample.html(text("color:#aaaaaa")), options: ["min-contrast": .number(2)])))

    /// Creates the rule.
    public init() {}

    /// A colour pair and text size, as the groups are kept: the channels rounded to bytes,
    /// as `#rrggbb` shows them.
    private struct PairKey: Hashable {
        var color: UInt32
        var background: UInt32
        var large: Bool

        init(color: RGBA, background: RGBA, large: Bool) {
            func byte(_ channel: Double) -> UInt32 {
                channel.isFinite ? UInt32(min(max(channel, 0), 255).rounded()) : 0
            }
            func packed(_ c: RGBA) -> UInt32 { byte(c.red) << 16 | byte(c.green) << 8 | byte(c.blue) }
            self.color = packed(color)
            self.background = packed(background)
            self.large = large
        }
    }

    /// One group of texts in one colour pair.
    private struct Group {
        var partIndex: Int
        var firstNode: Int
        var sample: String
        var count: Int
        var ratio: Double
        var color: RGBA
        var background: RGBA
        var large: Bool
    }

    /// One finding per HTML part and colour pair below the ratio wanted.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var findings: [Finding] = []
        for (partIndex, html) in context.htmlParts.enumerated() {
            let analysis = html.analysis
            let tree = analysis.tree
            let optOut = Set(
                context.optOutLinks.filter { $0.htmlPartIndex == partIndex }.compactMap { $0.link?.element })
            var groups: [PairKey: Group] = [:]
            var order: [PairKey] = []
            for run in analysis.visibleText.runs where run.node >= 0 && !run.isBoundary {
                let result = analysis.analyzer.evaluate(run.node, isText: true)
                guard result.visibility == .visible, let ratio = result.contrast, let color = result.color,
                    let background = result.background
                else { continue }
                let large = result.fontSize >= UnsubscribeLinkLowContrastRule.largeTextSize
                guard ratio < options.number(large ? "min-contrast-large" : "min-contrast") else { continue }
                if !optOut.isEmpty, tree.ancestry(of: run.node).contains(where: optOut.contains) { continue }
                let key = PairKey(color: color, background: background, large: large)
                if groups[key] == nil {
                    order.append(key)
                    groups[key] = Group(
                        partIndex: partIndex, firstNode: run.node, sample: run.text, count: 0, ratio: ratio,
                        color: color,
                        background: background, large: large)
                }
                groups[key]?.count += 1
            }
            findings += order.compactMap { groups[$0] }.compactMap { finding(for: $0, html, context, options) }
        }
        return findings
    }

    private func finding(for group: Group, _ html: HTMLPart, _ context: LintContext, _ options: RuleOptions)
        -> Finding?
    {
        guard let part = html.part else { return nil }
        let tree = html.analysis.tree
        let analyzer = html.analysis.analyzer
        let minimum = options.number(group.large ? "min-contrast-large" : "min-contrast")
        let element = tree.parent(group.firstNode)
        let sample = group.sample.count > 60 ? String(group.sample.prefix(57)) + "…" : group.sample
        var evidence = [
            Evidence(
                "contrast",
                "\(Measurement.ratio(group.ratio)):1, text \(group.color.hex) on \(group.background.hex) (at least \(Measurement.ratio(minimum)):1 wanted\(group.large ? " for large text" : ""))"
            ),
            Evidence("first text", "“\(sample)” (line \(html.fileLine(forHTMLLine: tree.line(group.firstNode))))"),
            Evidence("texts in these colours", "\(group.count)"),
        ]
        let declarations = [
            ("color", analyzer.declaration(setting: "color", for: group.firstNode)),
            ("background", analyzer.backgroundDeclaration(for: group.firstNode)),
            ("opacity", analyzer.declaration(setting: "opacity", for: group.firstNode)),
        ]
        for case (let what, let declaration?) in declarations {
            evidence.append(Evidence("\(what) set by", declaration.citation))
        }
        var finding = Finding(
            .bytes(
                ElementFindings.startTag(of: element, in: html, context: context), part: part.path, header: nil),
            group.count == 1
                ? "text in \(group.color.hex) on \(group.background.hex) has a contrast of \(Measurement.ratio(group.ratio)):1"
                : "\(group.count) texts in \(group.color.hex) on \(group.background.hex) have a contrast of \(Measurement.ratio(group.ratio)):1",
            evidence: evidence,
            fix: "darken the text (or lighten its background) to a contrast of at least \(Measurement.ratio(minimum)):1"
        )
        finding.htmlLine = html.isEncoded ? tree.line(element) : nil
        finding.elementPath = tree.elementPath(of: element)
        return finding
    }
}
