import MailHTML

/// `title-missing`: an HTML document without a title.
public struct TitleMissingRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "title-missing",
        summary: "the HTML document has no <title>, or an empty one",
        rationale: """
            The `<title>` is what a screen reader announces when the message opens in a \
            browser ("view online", a webmail's reading pane in some clients) and what a \
            browser tab and its history show; without one the reader hears a file name or \
            nothing. Set it to the subject. An info: most clients show the Subject instead. A \
            template's fragment is not checked. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .info, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.pageTitled],
        examples: RuleExamples(
            triggering: RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "<title></title>", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "<title>   </title>", markHTML: true)),
            RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "<meta charset=\"utf-8\">", markHTML: true)),
            RuleExample(
                AccessibleExample.html("<p>Hello.</p>", head: "<style>p { color: #333 }</style>", markHTML: true)),
            passing: RuleExample(AccessibleExample.html("<p>Hello.</p>")),
            RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "<title>New arrivals this week</title>")),
            RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "<meta charset=\"utf-8\"><title>News</title>")),
            RuleExample(AccessibleExample.html("<p>Hello.</p>", head: "<TITLE>News</TITLE>")),
            RuleExample(NewsletterExample.sender + NewsletterExample.oneClick + "\nPlain text has no title.\n")))

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part without a title.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.htmlParts.compactMap { html in
            let tree = html.analysis.tree
            guard DocumentWrappers.isWholeDocument(html, in: context) else { return nil }
            if let title = tree.firstElement("title"), !VisibleText.collapse(tree.textContent(of: title)).isEmpty {
                return nil
            }
            var evidence: [Evidence] = []
            if let subject = context.subject, !subject.isEmpty { evidence.append(Evidence("subject", subject)) }
            return DocumentWrappers.finding(
                html, in: context,
                tree.firstElement("title") == nil ? "the HTML has no <title>" : "the HTML's <title> is empty",
                evidence: evidence, fix: "add <title> with the subject to <head>")
        }
    }
}
