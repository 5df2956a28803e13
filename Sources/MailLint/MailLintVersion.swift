@_exported import MailParser

/// The version of MailLint, as `mail-lint --version` prints it and reports carry it.
public enum MailLintVersion {
    /// The version string.
    public static let current = "0.1.0"
    /// Where rule documentation lives; a rule's anchor is appended.
    public static let documentationBase = "https://github.com/maillint/maillint/blob/main/Docs/Rules.md"
}
