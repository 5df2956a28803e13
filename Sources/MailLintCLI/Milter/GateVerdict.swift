import Foundation
import MailLint
import MailParser

/// What the milter answers for one message, and what it logs: the action the settings
/// give the message's most severe finding, or the fallback when it could not be linted.
struct GateVerdict: Equatable {
    /// The action taken.
    var action: GateSettings.Action
    /// `pass` (no finding), `fail` (findings), `none` (could not be linted) or `skipped`
    /// (left unlinted by the settings).
    var result: String
    /// The ids of the rules with findings, most severe first, each once.
    var rules: [String]
    /// Why the message was not linted, for the fallback.
    var reason: String?
    /// The packets that end the message: modifications, then the final reply.
    var replies: [MilterPacket]

    /// The name of the header field the milter adds (documented in `Docs/Milter.md`).
    static let headerName = "MailLint-Result"
    /// The most lines of a multi-line SMTP reply, and of text on one.
    static let maxReplyLines = 10
    static let maxReplyLineLength = 300
    /// The most rule ids named in the header field.
    static let maxHeaderRules = 12

    /// The parser limits that make a lint incomplete: such a message gets the fallback. An
    /// HTML part cut at its node limit is one: what stands past the cut was not checked.
    static let limitDefects: Set<DefectKind> = [
        .tooManyHeaderFields, .headerBlockTooLarge, .nestingTooDeep, .tooManyParts, .tooManyEncodedWords,
        .decodedSizeLimit, .htmlTooLarge,
    ]

    /// The verdict on a linted message. `defects` are the message's parse defects (a
    /// parser limit hit makes the lint incomplete, and the fallback answers).
    static func linted(_ diagnostics: [Diagnostic], defects: [ParseDefect], settings: GateSettings) -> GateVerdict {
        let rules = ruleIDs(diagnostics)
        if let limit = defects.first(where: { limitDefects.contains($0.kind) }) {
            var verdict = fallback(reason: "a parser limit was hit (\(limit.kind.rawValue))", settings: settings)
            verdict.rules = rules
            return verdict
        }
        let worst = diagnostics.map(\.severity).max()
        let action = settings.action(for: worst)
        let result = diagnostics.isEmpty ? "pass" : "fail"
        let deciding = diagnostics.filter { $0.severity == worst }
        var replies: [MilterPacket] = []
        switch action {
        case .reject:
            replies = [replyCode("550", "5.7.1", lines: findingLines(deciding))]
        case .tempfail:
            replies = [replyCode("451", "4.7.1", lines: findingLines(deciding))]
        case .quarantine:
            replies = [
                header("fail; rules=" + headerRules(rules)),
                .strings(.quarantine, [sanitized("MailLint: " + headerRules(rules))]),
                MilterPacket(.continue),
            ]
        case .header:
            replies = [header("\(result); rules=" + headerRules(rules)), MilterPacket(.continue)]
        case .report:
            replies = [MilterPacket(.continue)]
        }
        return GateVerdict(action: action, result: result, rules: rules, reason: nil, replies: replies)
    }

    /// The verdict on a message that could not be linted.
    static func fallback(reason: String, settings: GateSettings) -> GateVerdict {
        let replies: [MilterPacket]
        switch settings.fallback {
        case .tempfail:
            replies = [replyCode("451", "4.7.1", lines: ["MailLint could not lint this message: " + reason])]
        case .header:
            replies = [header("none; reason=\"\(sanitized(reason).replacingQuotes)\""), MilterPacket(.continue)]
        default:
            replies = [MilterPacket(.continue)]
        }
        return GateVerdict(action: settings.fallback, result: "none", rules: [], reason: reason, replies: replies)
    }

    /// The verdict on a message the settings leave unlinted: accepted as it is.
    static func skipped(reason: String) -> GateVerdict {
        GateVerdict(action: .report, result: "skipped", rules: [], reason: reason, replies: [MilterPacket(.continue)])
    }

    /// The rule ids of `diagnostics`, most severe first, each once.
    static func ruleIDs(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: Set<String> = []
        return diagnostics.sorted { $0.severity > $1.severity }.compactMap {
            seen.insert($0.ruleID).inserted ? $0.ruleID : nil
        }
    }

    /// "rule-id: message" for the first finding of each rule.
    static func findingLines(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: Set<String> = []
        return diagnostics.compactMap { seen.insert($0.ruleID).inserted ? "\($0.ruleID): \($0.message)" : nil }
    }

    /// An SMTP reply (`SMFIR_REPLYCODE`): one line, or a multi-line reply whose lines but
    /// the last have a hyphen after the code (RFC 5321 §4.2.1). Text is printable ASCII,
    /// each `%` doubled (the mail server formats the reply), each line cut to a length.
    static func replyCode(_ code: String, _ enhanced: String, lines: [String]) -> MilterPacket {
        var shown = Array(lines.prefix(maxReplyLines)).map { line -> String in
            let text = sanitized(line)
            let cut = text.count > maxReplyLineLength ? String(text.prefix(maxReplyLineLength - 3)) + "..." : text
            return cut.replacingOccurrences(of: "%", with: "%%")
        }
        if lines.count > maxReplyLines { shown[shown.count - 1] = "and \(lines.count - maxReplyLines + 1) more" }
        if shown.isEmpty { shown = ["rejected by MailLint"] }
        let text = shown.enumerated().map { index, line in
            "\(code)\(index == shown.count - 1 ? " " : "-")\(enhanced) \(line)"
        }.joined(separator: "\r\n")
        return .strings(.replyCode, [text])
    }

    /// The `MailLint-Result` field to add.
    static func header(_ value: String) -> MilterPacket { .strings(.addHeader, [headerName, value]) }

    /// The rule ids for the header field, the list cut after `maxHeaderRules`.
    static func headerRules(_ rules: [String]) -> String {
        rules.count > maxHeaderRules
            ? rules.prefix(maxHeaderRules).joined(separator: ",") + ",...(\(rules.count - maxHeaderRules) more)"
            : rules.joined(separator: ",")
    }

    /// `text` as one line of printable ASCII: controls and line breaks become spaces, other
    /// characters `?` (a reply or header field carries no raw UTF-8 without SMTPUTF8).
    static func sanitized(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar -> Unicode.Scalar in
                    if scalar.value < 0x20 || scalar.value == 0x7F { return " " }
                    return scalar.isASCII ? scalar : "?"
                }))
    }
}

extension String {
    /// The text with double quotes made single, for a quoted header parameter.
    fileprivate var replacingQuotes: String { replacingOccurrences(of: "\"", with: "'") }
}
