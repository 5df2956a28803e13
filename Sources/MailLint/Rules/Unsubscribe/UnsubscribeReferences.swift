/// The sources the unsubscribe rules cite.
enum UnsubscribeReferences {
    static let gmail = RuleReference(
        "Gmail email sender guidelines (one-click unsubscribe, visible unsubscribe link)",
        "https://support.google.com/a/answer/81126")
    static let gmailFAQ = RuleReference(
        "Gmail sender guidelines FAQ: one-click unsubscribe", "https://support.google.com/a/answer/14229414")
    static let yahoo = RuleReference(
        "Yahoo sender best practices (functioning List-Unsubscribe, visible unsubscribe link)",
        "https://senders.yahooinc.com/best-practices/")
    static let microsoft = RuleReference(
        "Microsoft: requirements for high-volume senders (functional unsubscribe links, 2 Apr 2025)",
        "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730"
    )
    static let canSpam = RuleReference(
        "FTC: CAN-SPAM Act compliance guide (a clear and conspicuous opt-out)",
        "https://www.ftc.gov/business-guidance/resources/can-spam-act-compliance-guide-business")
    static let wcagContrast = RuleReference(
        "WCAG 2.2 success criterion 1.4.3: contrast (minimum)", "https://www.w3.org/TR/WCAG22/#contrast-minimum")
    static let wcagNonText = RuleReference(
        "WCAG 2.2 success criterion 1.1.1: non-text content", "https://www.w3.org/TR/WCAG22/#non-text-content")
    static let rfc2369 = RuleReference.rfc(2369, "3.2", "List-Unsubscribe")
    static let rfc8058 = RuleReference.rfc(8058, "3.1", "one-click unsubscribe: the sender's header fields")
    static let rfc8058DKIM = RuleReference.rfc(8058, "4", "one-click unsubscribe: DKIM signature")
}
