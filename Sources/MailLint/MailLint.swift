@_exported import MailParser

/// The MailLint library: the lint engine and its built-in rules.
///
/// This module grows with the engine; for now it gives pipelines the parser through one
/// import (`import MailLint`).
public enum MailLintVersion {
    /// The version of MailLint, as `mail-lint --version` prints it.
    public static let current = "0.1.0"
}
