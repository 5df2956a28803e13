/// `style-sheet-too-large`: more `<style>` text than MailLint reads.
public struct StyleSheetTooLargeRule: DefectRule {
    /// The parser defects this rule reports.
    public static let defectKinds: Set<DefectKind> = [.styleSheetTooLarge]

    static let oversized =
        "<style>" + String(repeating: ".x{color:red}\n", count: 19_000) + "</style>"

    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "style-sheet-too-large",
        summary: "the HTML's style sheets are larger than MailLint reads (256 KiB)",
        rationale: """
            Real campaigns keep their CSS far below 100 KiB, and mail clients drop or cut \
            large style blocks. MailLint reads the first 256 KiB of `<style>` text of a part, \
            which bounds what a hostile style sheet can cost; rules past that are not applied, \
            so what the unsubscribe rules say about visibility, size and contrast may be wrong \
            for this message. Inline the styles that matter, or shrink the sheet.
            """,
        defaultSeverity: .warning, category: .compliance, appliesToTemplates: true,
        references: [
            RuleReference(
                "Email on Acid: Gmail and large embedded styles",
                "https://www.emailonacid.com/blog/article/email-development/12-things-you-must-know-when-developing-for-gmail-and-gmail-mobile-apps-2/"
            )
        ],
        examples: RuleExamples(
            triggering: RuleExample("↓From: a@example.org\nContent-Type: text/html\n\n" + oversized + "<p>Hi</p>\n"),
            RuleExample(
                "From: a@example.org\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\nHi\n--b\n↓Content-Type: text/html\n\n"
                    + oversized + "\n--b--\n"),
            passing: RuleExample(
                "From: a@example.org\nContent-Type: text/html\n\n<style>.x{color:red}</style><p>Hi</p>\n")))

    /// Creates the rule.
    public init() {}

    /// The diagnostic message for `defect`.
    public func message(for defect: ParseDefect) -> String {
        "the part's style sheets are larger than the 256 KiB MailLint reads; the rest is ignored"
    }
}
