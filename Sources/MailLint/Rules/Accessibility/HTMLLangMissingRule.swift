import MailHTML

/// `html-lang-missing`: an HTML body that does not say what language it is in.
public struct HTMLLangMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "html-lang-missing",
        summary: "the HTML does not say its language (no lang on <html>, <body> or the wrapper)",
        rationale: """
            A screen reader picks its voice and pronunciation from `lang`; without it a German \
            newsletter is read with English rules, and translation and hyphenation guess. \
            The Email Markup Consortium found `lang` missing in 96% of 443,585 e-mails. Webmail \
            drops `<html>` and often `<body>`, so `lang` is looked for on `<html>`, on \
            `<body>` and on the first element inside the body (the wrapper that survives), \
            and the finding says where to put it. An info: the text stays readable, only \
            worse read, and nearly every message would otherwise carry a warning. A \
            template's fragment (no `<html>` or `<body>` of its own) is not checked. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .info, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.languageOfPage, AccessibilityReferences.emailMarkupReport],
        examples: RuleExamples(
            triggering: RuleExample(AccessibleExample.html("<p>Hello.</p>", html: "", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>Hallo.</p>", html: " dir=\"ltr\"", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>x</p>", html: " lang=\"\"", markHTML: true)),
            RuleExample(
                AccessibleExample.html(
                    "<div class=\"wrapper\"><p>x</p></div>", html: " xmlns=\"http://www.w3.org/1999/xhtml\"",
                    markHTML: true)),
            RuleExample(AccessibleExample.html("<p>x</p>", html: " data-lang=\"en\"", markHTML: true)),
            passing: RuleExample(AccessibleExample.html("<p>Hello.</p>")),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick
                    + "Content-Type: text/html; charset=utf-8\n\n<html><body><div lang=\"de\"><p>Hallo.</p></div></body></html>\n"
            ),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick
                    + "Content-Type: text/html; charset=utf-8\n\n<html><body lang=\"fr\"><p>Bonjour.</p></body></html>\n"
            ),
            RuleExample(AccessibleExample.html("<p>x</p>", html: " xml:lang=\"en\"")),
            RuleExample(
                NewsletterExample.sender + NewsletterExample.oneClick + "\nPlain text has no lang attribute to set.\n"))
    )

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part without a language.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.htmlParts.compactMap { html in
            let tree = html.analysis.tree
            guard DocumentWrappers.isWholeDocument(html, in: context),
                DocumentWrappers.attribute(["lang", "xml:lang"], in: tree) == nil
            else { return nil }
            let checked = DocumentWrappers.elements(of: tree).map { "<\(tree.tag($0))>" }.joined(separator: ", ")
            return DocumentWrappers.finding(
                html, in: context, "the HTML does not say what language it is in",
                evidence: [Evidence("looked on", checked)],
                fix: "add lang=\"…\" (\"en\", \"de-CH\") to <html> and to the wrapper inside <body>")
        }
    }
}
