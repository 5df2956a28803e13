import MailLintTestSupport
import Testing

@testable import MailLint

/// Runs every example of every built-in rule, as written, with CR LF line endings, and
/// inside an mbox: the rule must report exactly at the marked positions, and nothing on
/// passing examples.
struct RuleExampleTests {
    static let ruleIDs = BuiltInRules.all.map { $0.description.id }

    /// A way of presenting an example to the linter.
    enum Variant: String, CaseIterable {
        case asWritten = "as written"
        case crlf = "CR LF"
        case mbox = "inside an mbox"
    }

    /// The diagnostics' start offsets (in the file) when `rule` lints `example` as `variant`,
    /// and the offsets the markers call for.
    static func run(_ rule: any Rule.Type, _ example: RuleExample, _ variant: Variant) -> (
        found: [Int], expected: [Int], messages: [String]
    ) {
        let (text, markers) = example.strippedText
        var bytes = Array(text.utf8)
        var expected = markers
        var settings = RuleSettings(severity: rule.description.defaultSeverity, options: example.options)
        settings.isOff = false
        let configuration = Configuration(rules: [rule.description.id: settings], messageKind: example.messageKind)
        let linter = Linter(rules: [rule], configuration: configuration)
        let diagnostics: [Diagnostic]
        switch variant {
        case .asWritten:
            diagnostics = linter.lint(bytes, file: "example.eml")
        case .crlf:
            let converted = LineEndings.toCRLF(bytes)
            bytes = converted.bytes
            expected = markers.map { converted.map[$0] }
            diagnostics = linter.lint(bytes, file: "example.eml")
        case .mbox:
            let wrapped = ExampleVariants.inMbox(bytes)
            expected = markers.map { wrapped.map[$0] }
            let entry = Array(MboxReader(bytes: wrapped.bytes))[0]
            diagnostics = linter.lint(entry.bytes, file: "example.mbox", messageIndex: 0, origin: entry.origin)
        }
        return (diagnostics.map(\.location.start.offset), expected, diagnostics.map(\.message))
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
                let result = Self.run(rule, example, variant)
                #expect(
                    result.found == result.expected,
                    "\(id) \(variant.rawValue): found \(result.found) \(result.messages), expected \(result.expected) (\(example.file):\(example.line))"
                )
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
                let result = Self.run(rule, example, variant)
                #expect(
                    result.found.isEmpty,
                    "\(id) \(variant.rawValue): \(result.messages) (\(example.file):\(example.line))")
            }
        }
    }
}

/// Conversions of an example with a map from old byte offsets to new ones.
enum ExampleVariants {
    /// The message after an mbox `From ` line, with body lines starting `From ` quoted.
    static func inMbox(_ bytes: [UInt8]) -> (bytes: [UInt8], map: [Int]) {
        var out = Array("From sender@example.org Mon Jan  1 00:00:00 2024\n".utf8)
        var map: [Int] = []
        var atLineStart = true
        for (index, byte) in bytes.enumerated() {
            if atLineStart, bytes[index...].starts(with: Array("From ".utf8)) { out.append(0x3E) }
            map.append(out.count)
            out.append(byte)
            atLineStart = byte == 0x0A
        }
        map.append(out.count)
        return (out, map)
    }
}
