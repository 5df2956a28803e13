/// RFC 2047 encoded words (`=?charset?B?...?=`, `=?charset?Q?...?=`) in header text.
///
/// Decoding is liberal, as mail clients are: words are found wherever they stand (a word
/// glued to other text is decoded and reported), the charset may carry an RFC 2231
/// language (`utf-8*en`), B text may lack padding, and white space between two adjacent
/// encoded words is dropped (RFC 2047 §6.2). The bytes of adjacent words in the same
/// charset are joined before charset decoding, so a character split across two words
/// survives. A malformed word is kept as written and reported.
public enum EncodedWordDecoder {
    /// A decoded header text and the deviations found in it.
    public struct Result: Sendable, Equatable {
        /// The decoded text.
        public var text: String
        /// Deviations, each with the 0-based range of the word in the input's indices.
        public var issues: [Issue]
        /// Whether any encoded word was decoded.
        public var containsEncodedWords: Bool
    }

    /// One deviation in encoded words.
    public struct Issue: Sendable, Equatable {
        /// What is wrong.
        public var kind: DefectKind
        /// 0-based offsets in the input's indices (message offsets for message slices).
        public var range: Range<Int>
        /// What was found.
        public var evidence: String
    }

    /// One encoded word found in the input.
    struct Word {
        var range: Range<Int>
        /// The charset label, lowercased, without an RFC 2231 language.
        var charset: String
        var payload: [UInt8]
    }

    /// Decodes unstructured header text (`Subject`, a display name's words, a comment).
    ///
    /// - Parameter bytes: the unfolded or raw header bytes; indices are message offsets
    ///   when the slice comes from the message buffer.
    public static func decode(_ bytes: ArraySlice<UInt8>, maxWords: Int = 10_000) -> Result {
        var text = ""
        var issues: [Issue] = []
        var pendingBytes: [UInt8] = []
        var pendingCharset: String?
        var plainStart = bytes.startIndex
        var index = bytes.startIndex
        var wordCount = 0
        var found = false
        let end = bytes.endIndex

        func flushPending() {
            if let charset = pendingCharset {
                let decoded = Charset.decode(pendingBytes, label: charset)
                text += decoded.text
                pendingCharset = nil
                pendingBytes.removeAll(keepingCapacity: true)
            }
        }

        while index < end {
            guard bytes[index] == ASCII.equals, index + 1 < end, bytes[index + 1] == ASCII.questionMark else {
                index += 1
                continue
            }
            if wordCount >= maxWords {
                // The rest is kept as written (text after the last decoded word).
                issues.append(
                    Issue(
                        kind: .tooManyEncodedWords, range: index..<end,
                        evidence: "more than \(maxWords) encoded words; the rest of the field is not decoded"))
                break
            }
            guard let word = parseWord(bytes, at: index, issues: &issues) else {
                index += 2
                continue
            }
            wordCount += 1
            found = true
            let plain = bytes[plainStart..<word.range.lowerBound]
            let plainIsWhitespace = plain.allSatisfy(ASCII.isWhitespaceOrLineBreak)
            if pendingCharset != nil, plainIsWhitespace {
                // Adjacent encoded words: the white space between them is dropped.
                if pendingCharset != word.charset { flushPending() }
            } else {
                flushPending()
                if !plain.isEmpty {
                    text += Charset.decodeHeaderBytes(plain)
                    if let last = plain.last, !ASCII.isWhitespaceOrLineBreak(last), last != ASCII.openParen,
                        last != ASCII.doubleQuote
                    {
                        issues.append(
                            Issue(
                                kind: .encodedWordNotDelimited, range: word.range,
                                evidence: "encoded word directly after text"))
                    }
                }
            }
            pendingCharset = word.charset
            pendingBytes += word.payload
            if word.range.count > 75 {
                issues.append(
                    Issue(
                        kind: .encodedWordTooLong, range: word.range,
                        evidence: "encoded word of \(word.range.count) characters (at most 75)"))
            }
            index = word.range.upperBound
            plainStart = index
            if index < end, !ASCII.isWhitespaceOrLineBreak(bytes[index]), bytes[index] != ASCII.closeParen,
                bytes[index] != ASCII.doubleQuote,
                !(bytes[index] == ASCII.equals && index + 1 < end && bytes[index + 1] == ASCII.questionMark)
            {
                issues.append(
                    Issue(
                        kind: .encodedWordNotDelimited, range: word.range,
                        evidence: "encoded word directly before text"))
            }
        }
        flushPending()
        if plainStart < end { text += Charset.decodeHeaderBytes(bytes[plainStart..<end]) }
        return Result(text: text, issues: issues, containsEncodedWords: found)
    }

    /// Parses `=?charset?enc?text?=` at `start`; nil when it is not an encoded word (a
    /// near miss that has the shape `=?...?=` is reported as malformed).
    static func parseWord(_ bytes: ArraySlice<UInt8>, at start: Int, issues: inout [Issue]) -> Word? {
        let end = bytes.endIndex
        var index = start + 2
        let charsetStart = index
        while index < end, bytes[index] != ASCII.questionMark {
            let byte = bytes[index]
            if ASCII.isWhitespaceOrLineBreak(byte) || byte == ASCII.equals || index - charsetStart > 40 {
                return nil
            }
            index += 1
        }
        guard index + 2 < end, index > charsetStart, bytes[index + 2] == ASCII.questionMark else {
            return nil
        }
        // The label without its RFC 2231 language, lowercased: `Utf-8*SL` and `utf-8` are
        // one charset, and adjacent words in it are joined.
        let charset = ASCII.string(bytes[charsetStart..<index].prefix { $0 != ASCII.asterisk }.map(ASCII.lowercased))
        let encoding = ASCII.lowercased(bytes[index + 1])
        let textStart = index + 3
        var textEnd = textStart
        // The text runs to the first "?=". Spaces inside are tolerated (broken senders).
        while textEnd + 1 < end, !(bytes[textEnd] == ASCII.questionMark && bytes[textEnd + 1] == ASCII.equals) {
            if bytes[textEnd] == ASCII.lf || bytes[textEnd] == ASCII.cr || textEnd - textStart > 2000 {
                return nil
            }
            textEnd += 1
        }
        guard textEnd + 1 < end else { return nil }
        let range = start..<(textEnd + 2)
        let encoded = bytes[textStart..<textEnd]
        let payload: [UInt8]
        switch encoding {
        case 0x62:  // b
            let result = Base64.decode(encoded)
            if result.invalidCharacters > 0 {
                issues.append(
                    Issue(
                        kind: .encodedWordMalformed, range: range,
                        evidence: "invalid base64 in encoded word \(ASCII.string(bytes[range]))"))
            }
            payload = result.bytes
        case 0x71:  // q
            payload = decodeQ(encoded)
        default:
            issues.append(
                Issue(
                    kind: .encodedWordMalformed, range: range,
                    evidence: "unknown encoding in \(ASCII.string(bytes[range]))"))
            return nil
        }
        return Word(range: range, charset: charset, payload: payload)
    }

    /// The "Q" encoding: `_` is a space, `=XX` a byte, everything else as written.
    static func decodeQ(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == ASCII.underscore {
                out.append(ASCII.space)
            } else if byte == ASCII.equals, index + 2 < bytes.endIndex,
                let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
