/// The sources the accessibility rules cite.
enum AccessibilityReferences {
    static let nonTextContent = RuleReference(
        "WCAG 2.2 SC 1.1.1 Non-text Content (A)", "https://www.w3.org/WAI/WCAG22/Understanding/non-text-content")
    static let linkPurpose = RuleReference(
        "WCAG 2.2 SC 2.4.4 Link Purpose (In Context) (A)",
        "https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context")
    static let languageOfPage = RuleReference(
        "WCAG 2.2 SC 3.1.1 Language of Page (A)", "https://www.w3.org/WAI/WCAG22/Understanding/language-of-page")
    static let pageTitled = RuleReference(
        "WCAG 2.2 SC 2.4.2 Page Titled (A)", "https://www.w3.org/WAI/WCAG22/Understanding/page-titled")
    static let contrast = RuleReference(
        "WCAG 2.2 SC 1.4.3 Contrast (Minimum) (AA)", "https://www.w3.org/WAI/WCAG22/Understanding/contrast-minimum")
    static let infoAndRelationships = RuleReference(
        "WCAG 2.2 SC 1.3.1 Info and Relationships (A)",
        "https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships")
    static let emailMarkupReport = RuleReference(
        "Email Markup Consortium, Accessibility of emails report 2025",
        "https://emailmarkup.org/en/reports/accessibility/")
}

/// A newsletter for the examples of the accessibility rules: `body` inside `<body>`,
/// `head` inside `<head>` (a title unless given), `html` the attributes of `<html>`, whose
/// tag `markHTML` marks as the finding's place.
enum AccessibleExample {
    static func html(
        _ body: String, head: String = "<title>New arrivals</title>", html: String = " lang=\"en\" dir=\"ltr\"",
        markHTML: Bool = false
    ) -> String {
        NewsletterExample.sender + NewsletterExample.oneClick + "Content-Type: text/html; charset=utf-8\n\n"
            + (markHTML ? "↓" : "")
            + "<html\(html)><head>\(head)</head><body>\n<p>Our picks of the week.</p>\n\(body)\n"
            + "<p><a href=\"https://harbourbooks.example/u/8f3a\">Unsubscribe</a></p>\n</body></html>\n"
    }
}
