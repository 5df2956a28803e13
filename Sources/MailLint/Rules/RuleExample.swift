/// A message on which a rule must report (each `↓` marks where a diagnostic starts) or stay
/// silent. The example tests run every example of every registered rule as written (LF), as
/// CR LF, inside an mbox, and with its HTML parts re-encoded as quoted-printable and as
/// base64, and require the positions to match exactly (in re-encoded HTML: the encoded line,
/// with the diagnostic's `htmlLine` on the line of the decoded HTML).
public struct RuleExample: Sendable {
    /// The marker for an expected diagnostic's start: U+2193 DOWNWARDS ARROW.
    public static let marker: Character = "↓"

    /// The message text with markers, written with LF line breaks.
    public var text: String
    /// Rule options for this example, as they would be written in `.mail-lint.json`.
    public var options: [String: ConfigurationValue]
    /// A message-kind override for this example (nil: classified as usual).
    public var messageKind: MessageKind?
    /// Whether the tests also run the example with its line endings converted, inside an
    /// mbox and re-encoded. False for examples whose bytes are the point.
    public var runsInVariants: Bool
    /// Whether the tests also run the example with its HTML parts re-encoded
    /// quoted-printable and base64. False where the part's encoding is the point (lines
    /// that re-encoding would shorten).
    public var runsReencoded: Bool
    /// Where the example is declared, so a failing example points at its source.
    public var file: String
    /// The line of the declaration.
    public var line: Int

    /// Creates an example.
    public init(
        _ text: String, options: [String: ConfigurationValue] = [:], kind: MessageKind? = nil,
        variants: Bool = true, reencoded: Bool = true, file: StaticString = #filePath, line: UInt = #line
    ) {
        self.text = text
        self.options = options
        self.messageKind = kind
        self.runsInVariants = variants
        self.runsReencoded = reencoded
        self.file = "\(file)"
        self.line = Int(line)
    }

    /// The text without markers, and the UTF-8 offsets at which the markers stood.
    public var strippedText: (text: String, markerOffsets: [Int]) {
        var out = ""
        var offsets: [Int] = []
        var utf8Count = 0
        for character in text {
            if character == Self.marker {
                offsets.append(utf8Count)
            } else {
                out.append(character)
                utf8Count += character.utf8.count
            }
        }
        return (out, offsets)
    }
}

/// A rule's examples: at least one that triggers it and one that does not, enforced by the
/// initialiser's shape, so that a rule without examples does not compile.
public struct RuleExamples: Sendable {
    /// Examples on which the rule reports at every marker and nowhere else.
    public var triggering: [RuleExample]
    /// Examples on which the rule reports nothing.
    public var passing: [RuleExample]

    /// Creates the examples: one or more triggering, then one or more passing.
    public init(
        triggering first: RuleExample, _ moreTriggering: RuleExample..., passing firstPassing: RuleExample,
        _ morePassing: RuleExample...
    ) {
        triggering = [first] + moreTriggering
        passing = [firstPassing] + morePassing
    }

    /// Creates the examples from lists built from tables (one example per hiding technique,
    /// say): one or more triggering, then one or more passing.
    public init(
        triggering first: RuleExample, _ moreTriggering: [RuleExample], passing firstPassing: RuleExample,
        _ morePassing: [RuleExample]
    ) {
        triggering = [first] + moreTriggering
        passing = [firstPassing] + morePassing
    }
}
