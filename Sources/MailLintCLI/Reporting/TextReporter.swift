import MailLint

/// `--format text`: diagnostics as rustc and Ruff print them.
///
/// ```
/// error[from-missing]: the message has no From field
///  --> welcome.eml:1:1
///   |
/// 1 | To: reader@example.net
///   | ^
///   = help: add a From field with the sender's address
/// ```
struct TextReporter: Reporter {
    var color: Bool
    var quiet: Bool
    var configurationSource: String?

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    private func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: return paint("error", "1;31")
        case .warning: return paint("warning", "1;33")
        case .info: return paint("info", "1;36")
        }
    }

    mutating func report(_ linted: LintedMessage, output: CommandOutput) {
        for diagnostic in linted.diagnostics { output.write(render(diagnostic, in: linted.message)) }
    }

    func render(_ diagnostic: Diagnostic, in message: Message) -> String {
        let location = diagnostic.location
        var out =
            severityLabel(diagnostic.severity) + paint("[\(diagnostic.ruleID)]", "1") + ": " + diagnostic.message
            + "\n"
        var place = "\(location.file):\(location.start.line):\(location.start.column)"
        var context: [String] = []
        if let index = location.messageIndex { context.append("message \(index)") }
        if let part = location.part { context.append("part \(part)") }
        if let header = location.header { context.append("header \(header)") }
        if let htmlLine = location.htmlLine { context.append("html line \(htmlLine)") }
        if !context.isEmpty { place += " (\(context.joined(separator: ", ")))" }
        let gutterWidth = String(location.start.line).count
        let pad = String(repeating: " ", count: gutterWidth)
        out += "\(pad)\(paint("-->", "1;34")) \(place)\n"
        if let window = SourceExcerpt.window(
            line: location.start.line, startColumn: location.start.column,
            endColumn: location.end.line == location.start.line ? location.end.column : nil, of: message)
        {
            out += "\(pad) \(paint("|", "1;34"))\n"
            out +=
                "\(paint(String(location.start.line), "1;34")) \(paint("|", "1;34")) \(window.text.replacingTabs())\n"
            out +=
                "\(pad) \(paint("|", "1;34")) \(String(repeating: " ", count: window.caretColumn - 1))\(paint(String(repeating: "^", count: window.caretWidth), "1;31"))\n"
        }
        for evidence in diagnostic.evidence {
            out += "\(pad) = \(paint("evidence", "1")): \(evidence.label): \(Self.shortened(evidence.value))\n"
        }
        if let fix = diagnostic.fix { out += "\(pad) = \(paint("help", "1")): \(fix)\n" }
        if !quiet {
            for note in diagnostic.notes { out += "\(pad) = \(paint("note", "1")): \(note)\n" }
        }
        return out + "\n"
    }

    /// Characters of an evidence value shown on a terminal; JSON, JSON Lines and SARIF
    /// carry the whole value.
    static let evidenceLength = 240

    /// `value` as a terminal shows it: a tracking URL of two kilobytes is cut after
    /// `evidenceLength` characters, with how much was left out.
    static func shortened(_ value: String) -> String {
        guard value.count > evidenceLength else { return value }
        let left = value.count - evidenceLength
        return String(value.prefix(evidenceLength)) + "… (\(left) more characters; --format json shows all)"
    }

    mutating func finish(_ summary: LintSummary, output: CommandOutput) {
        guard !quiet else { return }
        func count(_ severity: Severity, _ word: String) -> String {
            let number = summary.bySeverity[severity] ?? 0
            return "\(number) \(word)\(number == 1 ? "" : "s")"
        }
        let messages = "\(summary.messages) message\(summary.messages == 1 ? "" : "s")"
        output.write(
            "\(count(.error, "error")), \(count(.warning, "warning")), \(count(.info, "info")) in \(messages)"
                + (configurationSource.map { " (configuration: \($0))" } ?? "") + "\n")
    }
}

extension String {
    /// The line as it can be printed: a tab as one space and every other control character
    /// as its Unicode control picture (U+2400 + value), one column each, so the carets
    /// under it line up and nothing reaches the terminal as a control code.
    fileprivate func replacingTabs() -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80..<0xA0: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
