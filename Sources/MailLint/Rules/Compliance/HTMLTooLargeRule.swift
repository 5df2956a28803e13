/// `html-too-large`: an HTML part with more nodes than MailLint analyses.
public struct HTMLTooLargeRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.htmlTooLarge]

    /// 140,000 images, a line each: with the line break after it an image counts as four
    /// nodes, past the limit of 840 KB of HTML (504,000).
    static let images = String(repeating: "<img>\n", count: 140_000)

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "html-too-large",
        summary: "an HTML part has more elements and texts than MailLint analyses",
        rationale: """
            MailLint keeps at most one node (element, text, comment) per 68 bytes of HTML and \
            32 MiB more, a link or an image counted as three: half a million for a few MB, far \
            more than any real message holds, so that memory stays within twice the input and \
            64 MB. HTML past that is analysed only up to there: the finding names the line from \
            which nothing was checked (links, text, visibility), and the rules that report an \
            opt-out link, a postal address or a contact missing report nothing for the message, \
            for it could stand past the cut. The milter treats such a message as not linted.
            """,
        defaultSeverity: .warning, category: .compliance, appliesToTemplates: true,
        references: [
            RuleReference(
                "MITRE CWE-400: Uncontrolled Resource Consumption", "https://cwe.mitre.org/data/definitions/400.html"),
            RuleReference(
                "Email on Acid: Gmail clipping at 102 KB",
                "https://www.emailonacid.com/blog/article/email-development/12-things-you-must-know-when-developing-for-gmail-and-gmail-mobile-apps-2/"
            ),
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@example.org\nContent-Type: text/html\n\n<p>Our catalogue</p>\n" + images),
            RuleExample(
                "From: a@example.org\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\nHi\n--b\n↓Content-Type: text/html\n\n"
                    + images + "\n--b--\n"),
            passing: RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n"
                    + String(repeating: "<img>\n", count: 100_000))))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        "the part's HTML has more nodes than MailLint analyses: the rest is not checked, and nothing is reported missing from it"
    }
}
