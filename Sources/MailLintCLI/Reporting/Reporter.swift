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

/// The source line a diagnostic starts on, and its columns counted in Unicode scalars.
enum SourceExcerpt {
    /// The line (without its line break) of `message` on which file line `line` stands,
    /// or nil when it is outside the message.
    static func line(_ line: Int, of message: Message) -> [UInt8]? {
        let local = line - message.locator.origin.line + 1
        guard let start = message.locator.lineIndex.offset(ofLine: local), start <= message.bytes.count else {
            return nil
        }
        var end = start
        while end < message.bytes.count, message.bytes[end] != ASCII.lf, message.bytes[end] != ASCII.cr { end += 1 }
        return Array(message.bytes[start..<end])
    }

    /// The 1-based column in Unicode scalars of 1-based byte column `byteColumn` of `line`.
    static func scalarColumn(_ byteColumn: Int, in line: [UInt8]?) -> Int {
        guard let line else { return byteColumn }
        let prefix = line.prefix(max(0, byteColumn - 1))
        return String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1 + max(0, byteColumn - 1 - line.count)
    }
}
