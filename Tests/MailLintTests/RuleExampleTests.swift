import MailLintTestSupport
import Testing

@testable import MailLint

/// Runs every example of every built-in rule, as written, with CR LF line endings, inside an
/// mbox, and with its HTML parts re-encoded as quoted-printable and as base64: the rule must
/// report exactly at the marked positions (in re-encoded HTML: on the encoded line, with the
/// line of the decoded HTML), and nothing on passing examples.
struct RuleExampleTests {
    static let ruleIDs = BuiltInRules.all.map { $0.description.id }

    /// A way of presenting an example to the linter.
    enum Variant: String, CaseIterable {
        case asWritten = "as written"
        case crlf = "CR LF"
        case mbox = "inside an mbox"
        case quotedPrintable = "HTML re-encoded quoted-printable"
        case base64 = "HTML re-encoded base64"
    }

    /// What a run found and what the markers call for.
    struct Outcome {
        /// The diagnostics' start offsets in the file.
        var found: [Int]
        /// The markers' offsets in the file.
        var expected: [Int]
        /// The diagnostics' `htmlLine`s.
        var foundHTMLLines: [Int?]
        /// The decoded-HTML lines the markers stand on, where the variant re-encoded them.
        var expectedHTMLLines: [Int?]
        /// The diagnostics' messages, for failure reports.
        var messages: [String]
    }

    /// Lints `example` as `variant` with `rule` alone; nil when the variant does not apply
    /// (no HTML part to re-encode).
    static func run(_ rule: any Rule.Type, _ example: RuleExample, _ variant: Variant) -> Outcome? {
        let (text, markers) = example.strippedText
        let bytes = Array(text.utf8)
        var settings = RuleSettings(severity: rule.description.defaultSeverity, options: example.options)
        settings.isOff = false
        let configuration = Configuration(rules: [rule.description.id: settings], messageKind: example.messageKind)
        let linter = Linter(rules: [rule], configuration: configuration)
        var expected = markers
        var expectedHTMLLines = [Int?](repeating: nil, count: markers.count)
        let diagnostics: [Diagnostic]
        if rule is any RunRule.Type {
            // A run rule's example is a run: an mbox, linted message by message in one `LintRun`.
            guard variant == .asWritten || variant == .crlf else { return nil }
            let converted = variant == .crlf ? LineEndings.toCRLF(bytes) : (bytes: bytes, map: Array(0...bytes.count))
            expected = markers.map { converted.map[$0] }
            var run = LintRun(linter: linter)
            diagnostics = Array(MboxReader(bytes: converted.bytes)).enumerated().flatMap { index, entry in
                run.lint(entry.bytes, file: "example.mbox", messageIndex: index, origin: entry.origin)
            }
        } else {
            switch variant {
            case .asWritten:
                diagnostics = linter.lint(bytes, file: "example.eml")
            case .crlf:
                let converted = LineEndings.toCRLF(bytes)
                expected = markers.map { converted.map[$0] }
                diagnostics = linter.lint(converted.bytes, file: "example.eml")
            case .mbox:
                let wrapped = ExampleVariants.inMbox(bytes)
                expected = markers.map { wrapped.map[$0] }
                let entry = Array(MboxReader(bytes: wrapped.bytes))[0]
                diagnostics = linter.lint(entry.bytes, file: "example.mbox", messageIndex: 0, origin: entry.origin)
            case .quotedPrintable, .base64:
                guard example.runsReencoded,
                    let reencoded = ExampleVariants.reencodingHTML(
                        bytes, as: variant == .base64 ? .base64 : .quotedPrintable)
                else { return nil }
                expected = markers.map { reencoded.map[$0] }
                expectedHTMLLines = markers.map { reencoded.htmlLine[$0] }
                diagnostics = linter.lint(reencoded.bytes, file: "example.eml")
            }
        }
        return Outcome(
            found: diagnostics.map(\.location.start.offset), expected: expected,
            foundHTMLLines: diagnostics.map(\.location.htmlLine), expectedHTMLLines: expectedHTMLLines,
            messages: diagnostics.map(\.message))
    }

    @Test(arguments: ruleIDs)
    func triggeringExamplesReportAtTheirMarkers(_ id: String) throws {
        let rule = try #require(BuiltInRules.rule(withID: id))
        for example in rule.description.examples.triggering {
            let variants: [Variant] = example.runsInVariants ? Variant.allCases : [.asWritten]
            #expect(
                !example.strippedText.markerOffsets.isEmpty,
                "\(id): a triggering example without a ↓ marker (\(example.file):\(example.line))")
            for variant in variants {
                guard let result = Self.run(rule, example, variant) else { continue }
                #expect(
                    result.found == result.expected,
                    "\(id) \(variant.rawValue): found \(result.found) \(result.messages), expected \(result.expected) (\(example.file):\(example.line))"
                )
                guard result.found == result.expected else { continue }
                for (found, expected) in zip(result.foundHTMLLines, result.expectedHTMLLines) where expected != nil {
                    #expect(
                        found == expected,
                        "\(id) \(variant.rawValue): html line \(found.map(String.init) ?? "none"), expected \(expected ?? 0) (\(example.file):\(example.line))"
                    )
                }
            }
        }
    }

    @Test(arguments: ruleIDs)
    func passingExamplesReportNothing(_ id: String) throws {
        let rule = try #require(BuiltInRules.rule(withID: id))
        for example in rule.description.examples.passing {
            #expect(example.strippedText.markerOffsets.isEmpty, "\(id): a passing example with a marker")
            let variants: [Variant] = example.runsInVariants ? Variant.allCases : [.asWritten]
            for variant in variants {
                guard let result = Self.run(rule, example, variant) else { continue }
                #expect(
                    result.found.isEmpty,
                    "\(id) \(variant.rawValue): \(result.messages) (\(example.file):\(example.line))")
            }
        }
    }
}
