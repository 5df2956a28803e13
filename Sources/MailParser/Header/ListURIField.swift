/// A List-* header field of RFC 2369 (List-Unsubscribe, List-Help, …) read into its URIs:
/// `<uri>` entries separated by commas, with comments and folding white space around them.
///
/// Parsing is tolerant as mail clients are (white space inside the brackets is removed, a
/// bare URI is still read) and every deviation is recorded as a `ParseDefect` with the
/// bytes it concerns.
public struct ListURIField: Sendable {
    /// One URI of the field.
    public struct Entry: Sendable, Equatable {
        /// The URI with any white space inside the brackets removed.
        public var uri: String
        /// The scheme in lowercase ("https", "mailto"), or "" when there is none.
        public var scheme: String
        /// 0-based byte offsets in the message buffer, from `<` to `>` inclusive (the bare
        /// token for a URI written without brackets).
        public var range: Range<Int>
        /// Whether the URI was enclosed in angle brackets.
        public var isBracketed: Bool
    }

    /// The field's URIs in order of preference (RFC 2369 §2: left to right).
    public var entries: [Entry]
    /// What deviates from RFC 2369.
    public var defects: [ParseDefect]

    /// The schemes mail clients act on for List-* fields.
    public static let knownSchemes: Set<String> = ["https", "http", "mailto"]

    /// Reads `field`.
    public static func parse(_ field: HeaderField) -> ListURIField {
        var result = ListURIField(entries: [], defects: [])
        let bytes = field.rawValue
        // Encoded words have no place in a structured field (RFC 2047 §5): clients read the
        // field as written, so nothing in it can be used.
        if let start = ASCIISearch.firstIndex(of: Array("=?".utf8), in: bytes, from: bytes.startIndex),
            ASCIISearch.firstIndex(of: Array("?=".utf8), in: bytes, from: start + 2) != nil
        {
            let decoded = EncodedWordDecoder.decode(bytes).text
            result.defects.append(
                ParseDefect(
                    .listURIInvalid, range: field.range, headerName: field.name,
                    evidence:
                        "the field is RFC 2047-encoded, which mail clients do not decode here; decoded it reads \(decoded)"
                ))
            return result
        }
        var index = bytes.startIndex
        var expectsEntry = true
        func defect(_ kind: DefectKind, _ range: Range<Int>, _ evidence: String) {
            result.defects.append(ParseDefect(kind, range: range, headerName: field.name, evidence: evidence))
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if ASCII.isWhitespaceOrLineBreak(byte) {
                index += 1
            } else if byte == UInt8(ascii: "(") {
                guard let end = commentEnd(bytes, from: index) else {
                    defect(.listURIInvalid, index..<bytes.endIndex, "a comment that is never closed")
                    break
                }
                index = end
            } else if byte == UInt8(ascii: ",") {
                expectsEntry = true
                index += 1
            } else if byte == UInt8(ascii: "<") {
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else {
                    defect(
                        .listURIInvalid, index..<bytes.endIndex,
                        "`<` is never closed: \(String(decoding: bytes[index...], as: UTF8.self))")
                    break
                }
                let range = index..<(close + 1)
                let written = bytes[(index + 1)..<close]
                if !expectsEntry {
                    defect(.listURIsNotCommaSeparated, range, "no comma before \(text(bytes[range]))")
                }
                if written.contains(where: ASCII.isWhitespaceOrLineBreak) {
                    defect(.listURIWhitespace, range, "white space inside \(text(bytes[range]))")
                }
                let uri = String(
                    decoding: written.filter { !ASCII.isWhitespaceOrLineBreak($0) },
                    as: UTF8.self)
                let entry = Entry(uri: uri, scheme: scheme(of: uri), range: range, isBracketed: true)
                if let problem = problem(with: entry) { defect(.listURIInvalid, range, problem) }
                result.entries.append(entry)
                expectsEntry = false
                index = close + 1
            } else {
                var end = index
                while end < bytes.endIndex, !ASCII.isWhitespaceOrLineBreak(bytes[end]), bytes[end] != UInt8(ascii: ","),
                    bytes[end] != UInt8(ascii: "<")
                {
                    end += 1
                }
                let range = index..<end
                let uri = text(bytes[range])
                defect(.listURINotInAngleBrackets, range, "\(uri) is not enclosed in `<` `>`")
                result.entries.append(Entry(uri: uri, scheme: scheme(of: uri), range: range, isBracketed: false))
                expectsEntry = false
                index = end
            }
        }
        if result.entries.isEmpty, result.defects.isEmpty {
            defect(.listURIInvalid, field.range, "the field holds no URI")
        }
        return result
    }

    /// What makes `entry` unusable for a mail client, or nil.
    static func problem(with entry: Entry) -> String? {
        let uri = entry.uri
        if uri.isEmpty { return "`<>` holds no URI" }
        if entry.scheme.isEmpty { return "\(uri) has no scheme (https:, mailto:)" }
        if !knownSchemes.contains(entry.scheme) {
            return "\(uri): mail clients act on https, http and mailto URIs only, not \(entry.scheme):"
        }
        let utf8 = Array(uri.utf8)
        if let bad = utf8.first(where: { !isURICharacter($0) }) {
            let what = bad >= 0x80 ? "non-ASCII text" : "`\(Character(Unicode.Scalar(bad)))`"
            return "\(uri) holds \(what), which a URI cannot hold unencoded"
        }
        var percent = 0
        while let sign = utf8[percent...].firstIndex(of: UInt8(ascii: "%")) {
            let digits = utf8[(sign + 1)...].prefix(2)
            if digits.count < 2 || !digits.allSatisfy({ ASCII.hexValue($0) != nil }) {
                return "\(uri) has a `%` not followed by two hex digits"
            }
            percent = sign + 1
        }
        let rest = uri.dropFirst(entry.scheme.count + 1)
        if entry.scheme == "mailto" {
            let address = rest.prefix { $0 != "?" }
            if !address.contains("@") && !address.lowercased().contains("%40") {
                return "\(uri) names no address (mailto:list-unsubscribe@example.org)"
            }
        } else {
            let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard rest.hasPrefix("//"), !host.isEmpty else {
                return "\(uri) names no host (\(entry.scheme)://example.org/…)"
            }
        }
        return nil
    }

    /// The scheme of `uri`, lowercased, or "".
    static func scheme(of uri: String) -> String {
        guard let colon = uri.firstIndex(of: ":") else { return "" }
        let candidate = uri[..<colon]
        let utf8 = Array(candidate.utf8)
        guard let first = utf8.first, ASCII.isLetter(first),
            utf8.allSatisfy({ ASCII.isLetter($0) || ASCII.isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E })
        else { return "" }
        return candidate.lowercased()
    }

    /// RFC 3986's unreserved, reserved and `%` characters.
    static func isURICharacter(_ byte: UInt8) -> Bool {
        guard byte > 0x20, byte < 0x7F else { return false }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\\"), UInt8(ascii: "^"),
            UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"):
            return false
        default: return true
        }
    }

    /// The index after the comment that starts at `start` (nested, with quoted pairs).
    static func commentEnd(_ bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The bytes as text, folds shown as one space.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.filter { $0 != ASCII.cr && $0 != ASCII.lf }, as: UTF8.self)
    }
}
