import MailHTML

/// `link-text-vague`: a link whose text says nothing of where it goes ("click here", "read
/// more").
public struct LinkTextVagueRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "link-text-vague",
        summary: "a link's text says nothing of where it goes (\"click here\", \"read more\")",
        rationale: """
            Screen-reader users move through a message by its links, read out of context: \
            "here, here, read more, read more" tells them nothing. WCAG accepts a vague link \
            whose sentence says where it goes (SC 2.4.4), which is why this is an info; \
            writing the destination into the link ("Read the autumn catalogue") serves every \
            reader, and mail clients that show links in a list. The texts are known in the \
            29 languages of the vocabulary ("hier klicken", "lire la suite", "leer más", \
            "подробнее", "詳しくはこちら"), matched whole, after case, accents and punctuation \
            are folded. Opt-out links are left to the unsubscribe rules, which read their \
            sentence. The links of a part are reported together, at the first. \
            Read in bulk and transactional mail: a person's own message, written in a mail \
            client, offers no way to set these.
            """,
        defaultSeverity: .info, category: .accessibility, appliesTo: [.bulk, .transactional],
        appliesToTemplates: true,
        references: [AccessibilityReferences.linkPurpose, AccessibilityReferences.emailMarkupReport],
        examples: RuleExamples(
            triggering: RuleExample(
                AccessibleExample.html(
                    "<p>Our autumn catalogue is out: ↓<a href=\"https://harbourbooks.example/c\">click here</a>.</p>")),
            RuleExample(
                AccessibleExample.html("<p>New crime fiction. ↓<a href=\"https://x.example/crime\">Read more »</a></p>")
            ),
            RuleExample(
                AccessibleExample.html("<p>Neue Krimis. ↓<a href=\"https://x.example/krimi\">Weiterlesen</a></p>")),
            RuleExample(
                AccessibleExample.html("<p>Nouveautés. ↓<a href=\"https://x.example/n\">En savoir plus</a></p>")),
            RuleExample(AccessibleExample.html("<p>新刊のご案内 ↓<a href=\"https://x.example/j\">詳しくはこちら</a></p>")),
            passing: RuleExample(
                AccessibleExample.html(
                    "<p><a href=\"https://harbourbooks.example/c\">Read the autumn catalogue</a></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"https://x.example/crime\">More crime fiction</a></p>")),
            RuleExample(AccessibleExample.html("<p><a href=\"https://x.example/hereford\">Hereford store</a></p>")),
            RuleExample(
                AccessibleExample.html(
                    "<p>To leave this list <a href=\"https://harbourbooks.example/u/8f3a\">click here</a>.</p>")),
            RuleExample(
                AccessibleExample.html(
                    "<div style=\"display:none\"><a href=\"https://x.example/m\">Read more</a></div>"))))

    /// Creates the rule.
    public init() {}

    /// One finding per HTML part, at its first vague link.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        var found = ElementFindings()
        for (partIndex, html) in context.htmlParts.enumerated() {
            let optOut = Set(
                context.optOutLinks.filter { $0.htmlPartIndex == partIndex }.compactMap { $0.link?.element })
            for link in html.analysis.links
            where link.visibility == .visible && !optOut.contains(link.element)
                && VagueLinkTexts.isVague(link.accessibleText)
            {
                found.add(
                    partIndex: partIndex, element: link.element,
                    "“\(link.accessibleText)” → \(ImageAltMissingRule.shortened(link.href))")
            }
        }
        return found.findings(
            in: context, label: "links",
            message: {
                $0 == 1 ? "a link's text does not say where it goes" : "\($0) links' texts do not say where they go"
            },
            fix: "write where the link goes into its text (\"Read the autumn catalogue\", not \"click here\")")
    }
}
