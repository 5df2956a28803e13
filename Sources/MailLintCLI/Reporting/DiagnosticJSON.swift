import Foundation
import MailLint

/// The JSON object of one diagnostic, shared by the `json` and `jsonl` formats. Every key
/// is always present (`null` when absent); units are in Docs/OutputFormats.md.
enum DiagnosticJSON {
    static func object(_ diagnostic: Diagnostic) -> JSONValue {
        let location = diagnostic.location
        return .object([
            ("file", .string(location.file)),
            ("message_index", .optional(location.messageIndex)),
            ("rule", .string(diagnostic.ruleID)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("line", .int(location.start.line)),
            ("column", .int(location.start.column)),
            ("end_line", .int(location.end.line)),
            ("end_column", .int(location.end.column)),
            ("offset", .int(location.start.offset)),
            ("end_offset", .int(location.end.offset)),
            ("part", .optional(location.part)),
            ("header", .optional(location.header)),
            ("element_path", .optional(location.elementPath)),
            ("html_line", .optional(location.htmlLine)),
            (
                "evidence",
                .array(
                    diagnostic.evidence.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })
            ),
            ("fix", .optional(diagnostic.fix)),
            ("notes", .array(diagnostic.notes.map(JSONValue.string))),
            ("url", .string(diagnostic.documentationURL)),
        ])
    }

    static func summary(_ summary: LintSummary) -> JSONValue {
        .object([
            ("files", .int(summary.files)),
            ("messages", .int(summary.messages)),
            ("errors", .int(summary.bySeverity[.error] ?? 0)),
            ("warnings", .int(summary.bySeverity[.warning] ?? 0)),
            ("infos", .int(summary.bySeverity[.info] ?? 0)),
            ("unreadable_inputs", .int(summary.inputErrors)),
        ])
    }
}

/// `--format jsonl`: one diagnostic per line, written as soon as its message is linted.
struct JSONLinesReporter: Reporter {
    mutating func report(_ linted: LintedMessage, output: CommandOutput) {
        for diagnostic in linted.diagnostics { output.write(DiagnosticJSON.object(diagnostic).serialized + "\n") }
    }

    mutating func finish(_ summary: LintSummary, output: CommandOutput) {}
}

/// `--format json`: one document `{version, tool, files, diagnostics, summary}`.
struct JSONReporter: Reporter {
    var files: [String] = []
    var diagnostics: [JSONValue] = []

    mutating func report(_ linted: LintedMessage, output: CommandOutput) {
        if files.last != linted.file { files.append(linted.file) }
        diagnostics += linted.diagnostics.map(DiagnosticJSON.object)
    }

    mutating func finish(_ summary: LintSummary, output: CommandOutput) {
        let document = JSONValue.object([
            ("version", .int(1)),
            ("tool", .object([("name", .string("mail-lint")), ("version", .string(MailLintVersion.current))])),
            ("files", .array(files.map(JSONValue.string))),
            ("diagnostics", .array(diagnostics)),
            ("summary", DiagnosticJSON.summary(summary)),
        ])
        output.write(document.serialized + "\n")
    }
}

/// `--format github`: GitHub Actions workflow commands, one annotation per diagnostic.
struct GitHubReporter: Reporter {
    mutating func report(_ linted: LintedMessage, output: CommandOutput) {
        for diagnostic in linted.diagnostics {
            let level = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
            let location = diagnostic.location
            let properties = [
                "file=\(Self.escapeProperty(location.file))", "line=\(location.start.line)",
                "col=\(location.start.column)",
                "endLine=\(location.end.line)", "endColumn=\(location.end.column)",
                "title=\(Self.escapeProperty("mail-lint " + diagnostic.ruleID))",
            ]
            var text = diagnostic.message
            for evidence in diagnostic.evidence { text += "\n\(evidence.label): \(evidence.value)" }
            if let fix = diagnostic.fix { text += "\nhelp: \(fix)" }
            output.write("::\(level) \(properties.joined(separator: ","))::\(Self.escapeData(text))\n")
        }
    }

    mutating func finish(_ summary: LintSummary, output: CommandOutput) {}

    /// Workflow-command data escaping: %, CR, LF.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow-command property escaping: data escaping plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
