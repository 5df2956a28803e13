import MailHTML

/// `html-dir-missing`: an HTML body that does not say its text direction.
public struct HTMLDirMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "html-dir-missing",
        summary: "the HTML does not say its text direction (no dir on <html>, <body> or the wrapper)",
        rationale: """
            Without `dir`, a message takes the direction of the client it is shown in: an \
            English newsletter opened in Gmail or Outlook set to Arabic or Hebrew is laid out \
            right to left, its punctuation and lists out of place, and a Hebrew one in an \
            English client the other way. The Email Markup Consortium found `dir` missing in \
            98% of e-mails. It is looked for on `<html>`, `<body>` and the first element \
            inside the body, as `lang` is. An info, like `html-lang-missing`; a template's \
            fragment is not checked. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .info, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.infoAndRelationships, AccessibilityReferences.emailMarkupReport],
        examples: RuleExamples(
            triggering: RuleExample(AccessibleExample.html("<p>Hello.</p>", html: " lang=\"en\"", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>שלום</p>", html: " lang=\"he\"", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>x</p>", html: " lang=\"en\" dir=\"\"", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>مرحبا</p>", html: " lang=\"ar\" direction=\"rtl\"", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>x</p>", html: "", markHTML: true)),
            passing: RuleExample(AccessibleExample.html("<p>Hello.</p>")),
            RuleExample(AccessibleExample.html("<p>שלום</p>", html: " lang=\"he\" dir=\"rtl\"")),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick
                    + "Content-Type: text/html; charset=utf-8\n\n<html><body dir=\"ltr\"><p>Hello.</p></body></html>\n"),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick
                    + "Content-Type: text/html; charset=utf-8\n\n<html><body><table dir=\"rtl\"><tr><td>مرحبا</td></tr></table></body></html>\n"
            ),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick + "\nPlain text has no dir attribute to set.\n")))

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part without a direction.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.htmlParts.compactMap { html in
            let tree = html.analysis.tree
            guard DocumentWrappers.isWholeDocument(html, in: context),
                DocumentWrappers.attribute(["dir"], in: tree) == nil
            else { return nil }
            let checked = DocumentWrappers.elements(of: tree).map { "<\(tree.tag($0))>" }.joined(separator: ", ")
            return DocumentWrappers.finding(
                html, in: context, "the HTML does not say its text direction",
                evidence: [Evidence("looked on", checked)],
                fix: "add dir=\"ltr\" (or \"rtl\") to <html> and to the wrapper inside <body>")
        }
    }
}
