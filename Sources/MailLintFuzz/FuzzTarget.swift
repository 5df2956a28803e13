import MailHTML
import MailLint

/// The entry points MailLint is fuzzed through, one per parser that reads hostile bytes.
///
/// `.ci/fuzz` links this library with libFuzzer (`-sanitize=fuzzer,address`) and picks a
/// target with `MAILLINT_FUZZ_TARGET`; the tests replay every crasher kept in
/// `Tests/MailLintFuzzTests/Crashers/<target>/` through `run(_:on:)`.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A whole message linted with every built-in rule.
    case lint
    /// A header block, and every field-level parser on each of its fields.
    case header
    /// An address list (RFC 5322 §3.4).
    case address
    /// Encoded words (RFC 2047).
    case encodedWord = "encoded-word"
    /// A parameterised value: Content-Type and Content-Disposition parameters, RFC 2231.
    case parameters
    /// The quoted-printable decoder.
    case quotedPrintable = "quoted-printable"
    /// The base64 decoder.
    case base64
    /// Splitting an mbox, and parsing each message.
    case mbox
    /// A style sheet: the CSS tokenizer, selectors and declarations.
    case css
    /// One selector list, in a rule of its own.
    case selector
    /// An HTML document analysed as the rules read it: tree, cascade, links, visible text.
    case html
    /// An HTML template linted with the body rules.
    case template
    /// An mbox linted as one run: every message, then the run rules across them.
    case run
    /// A bulk message's plain-text body: the postal-address recognisers and the other rules
    /// that read bulk bodies.
    case postalAddress = "postal-address"
    /// A Public Suffix List file, and each of its lines looked up as a domain.
    case publicSuffix = "public-suffix"

    /// One linter for every run (building it reads the rule list once).
    static let linter = Linter()

    /// The rules that read a bulk message's body, on every message as if it were bulk.
    static let bulkBodyLinter = Linter(
        rules: [PostalAddressMissingRule.self, UnsubscribeLinkMissingRule.self, DeadEndPhraseRule.self],
        configuration: Configuration(messageKind: .bulk))

    /// Feeds `bytes` to the target. Returns a number derived from the result, so that the
    /// work cannot be optimised away.
    @discardableResult
    public static func run(_ target: FuzzTarget, on bytes: [UInt8]) -> Int {
        switch target {
        case .lint:
            return linter.lint(bytes, file: "fuzz.eml").count
        case .header:
            let message = MessageParser.parse(bytes)
            var sum = message.defects.count
            for field in message.header.fields {
                sum &+= EncodedWordDecoder.decode(field.rawValue).text.count
                sum &+= AddressParser.parse(field).mailboxes.count
                sum &+= ParameterizedValue(parsing: field.rawValue).parameters.count
                sum &+= ListURIField.parse(field).entries.count
                sum &+= DKIMTagList(field).tags.count
                sum &+= field.unfoldedValue.count
            }
            return sum
        case .address:
            var list = AddressList()
            AddressParser.parse(bytes[...], into: &list)
            return list.mailboxes.count &+ list.defects.count
        case .encodedWord:
            return EncodedWordDecoder.decode(bytes[...]).text.count
        case .parameters:
            let value = ParameterizedValue(parsing: bytes[...])
            return value.parameters.count &+ value.issues.count &+ (value.parameter("filename")?.count ?? 0)
        case .quotedPrintable:
            let decoded = QuotedPrintable.decode(bytes[...], limit: 1 << 20)
            return decoded.bytes.count &+ (decoded.offsetMap.rawOffset(forDecoded: decoded.bytes.count / 2) ?? 0)
        case .base64:
            let decoded = Base64.decode(bytes[...], limit: 1 << 20)
            return decoded.bytes.count &+ (decoded.offsetMap.rawOffset(forDecoded: decoded.bytes.count / 2) ?? 0)
        case .mbox:
            var sum = 0
            for entry in MboxReader(bytes: bytes) {
                sum &+= MessageParser.parse(entry.bytes, origin: entry.origin).leafParts.count
            }
            return sum
        case .css:
            var sheet = StyleSheet()
            sheet.add(css: String(decoding: bytes, as: UTF8.self), line: 1)
            return sheet.rules.count
        case .selector:
            var sheet = StyleSheet()
            sheet.add(css: String(decoding: bytes, as: UTF8.self) + " { color: red }", line: 1)
            return sheet.rules.count
        case .html:
            let analysis = HTMLAnalysis(bytes: bytes, charset: nil)
            return analysis.links.count &+ analysis.visibleText.runs.count
        case .template:
            return linter.lint(template: bytes, file: "fuzz.html").count
        case .run:
            var run = LintRun(linter: linter)
            var sum = 0
            for (index, entry) in MboxReader(bytes: bytes).enumerated() {
                sum &+= run.lint(entry.bytes, file: "fuzz.mbox", messageIndex: index, origin: entry.origin).count
            }
            return sum
        case .postalAddress:
            let header = Array("From: Shop <news@shop.example>\nList-Id: <news.shop.example>\n\n".utf8)
            return bulkBodyLinter.lint(header + bytes, file: "fuzz.eml").count
        case .publicSuffix:
            let list = PublicSuffixList(bytes: bytes)
            var sum = list.ruleCount
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true).prefix(64) {
                let domain = String(decoding: line, as: UTF8.self)
                sum &+= list.registrableDomain(of: domain)?.count ?? 0
                sum &+= list.publicSuffix(of: "a." + domain).count
            }
            return sum
        }
    }
}
