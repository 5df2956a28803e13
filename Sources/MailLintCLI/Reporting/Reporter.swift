import MailLint

/// A message that was linted, with what a reporter needs to show its findings.
struct LintedMessage {
    /// Where it came from.
    var file: String
    /// 0-based position in an mbox or Maildir.
    var messageIndex: Int?
    /// The parsed message (its bytes give the source excerpts).
    var message: Message
    /// The findings, in document order.
    var diagnostics: [Diagnostic]
}

/// Counts for the summary line and the exit status.
struct LintSummary {
    var files = 0
    var messages = 0
    var bySeverity: [Severity: Int] = [:]
    var inputErrors = 0

    mutating func add(_ diagnostics: [Diagnostic]) {
        messages += 1
        for diagnostic in diagnostics { bySeverity[diagnostic.severity, default: 0] += 1 }
    }

    var diagnosticCount: Int { bySeverity.values.reduce(0, +) }
}

/// Writes diagnostics in one format. Messages arrive in input order, whatever `--jobs`.
protocol Reporter {
    /// Called once per message, in input order.
    mutating func report(_ linted: LintedMessage, output: CommandOutput)
    /// Called once at the end.
    mutating func finish(_ summary: LintSummary, output: CommandOutput)
}
