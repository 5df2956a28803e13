import MailParser

/// Text cut into words, numbers and punctuation marks, over UTF-8 bytes, for recognisers
/// that read token sequences (`PostalAddressFinder`).
///
/// A token is a run of ASCII letters and digits and non-ASCII bytes (so "Straße" and
/// "12a" are one token each), or one punctuation mark; white space (no-break and
/// zero-width spaces, line and paragraph separators included) separates tokens and is dropped.
struct WordTokens {
    /// One token: where it is in the bytes, and what it is made of. Its counts are stored
    /// in 32 bits (a text is at most 256 MiB), so that a token costs 24 bytes, not 48.
    struct Token {
        private var start: UInt32
        private var end: UInt32
        private var digitCount: UInt32 = 0
        private var letterCount: UInt32 = 0
        private var uppercaseCount: UInt32 = 0
        /// The punctuation mark it is, or nil for a word or number.
        var mark: UInt8?
        /// Whether it holds bytes beyond ASCII (letters with diacritics, mostly).
        var hasNonASCII = false

        init(range: Range<Int>, mark: UInt8?) {
            start = UInt32(truncatingIfNeeded: range.lowerBound)
            end = UInt32(truncatingIfNeeded: range.upperBound)
            self.mark = mark
        }

        /// Its bytes in the text.
        var range: Range<Int> {
            get { Int(start)..<Int(end) }
            set {
                start = UInt32(truncatingIfNeeded: newValue.lowerBound)
                end = UInt32(truncatingIfNeeded: newValue.upperBound)
            }
        }
        /// Whether it is one punctuation mark.
        var isPunctuation: Bool { mark != nil }
        /// The number of ASCII digits.
        var digits: Int {
            get { Int(digitCount) }
            set { digitCount = UInt32(truncatingIfNeeded: newValue) }
        }
        /// The number of ASCII letters, and of those the uppercase ones.
        var letters: Int {
            get { Int(letterCount) }
            set { letterCount = UInt32(truncatingIfNeeded: newValue) }
        }
        var uppercaseLetters: Int {
            get { Int(uppercaseCount) }
            set { uppercaseCount = UInt32(truncatingIfNeeded: newValue) }
        }

        /// The number of bytes.
        var count: Int { range.count }
        /// Only ASCII digits.
        var isNumber: Bool { digits == count }
        /// Letters only (ASCII or not), no digit.
        var isWord: Bool { !isPunctuation && digits == 0 }
        /// Only uppercase ASCII letters.
        var isUppercaseWord: Bool { uppercaseLetters == count }
    }

    /// `|`, which the bullets and middle dots between address lines stand for.
    static let bar: UInt8 = 0x7C

    /// The text's bytes.
    let bytes: [UInt8]
    /// Its tokens, in order.
    let tokens: [Token]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        while index < bytes.count {
            if let (length, mark) = Self.nonWord(at: index, in: bytes) {
                if let mark {
                    tokens.append(Token(range: index..<(index + length), mark: mark))
                }
                index += length
                continue
            }
            var token = Token(range: index..<index, mark: nil)
            while index < bytes.count {
                let byte = bytes[index]
                if ASCII.isLetter(byte) {
                    token.letters += 1
                    if byte &- 0x41 < 26 { token.uppercaseLetters += 1 }
                } else if ASCII.isDigit(byte) {
                    token.digits += 1
                } else if byte >= 0x80, Self.mayStartNonWord(byte) ? Self.nonWord(at: index, in: bytes) == nil : true {
                    token.hasNonASCII = true
                } else {
                    break
                }
                index += 1
            }
            token.range = token.range.lowerBound..<index
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// Whether a byte beyond ASCII may start a space or a mark (`nonWord`): the lead bytes
    /// of U+0080–U+00BF, U+2000–U+2FFF and U+FEFF.
    @inline(__always)
    static func mayStartNonWord(_ byte: UInt8) -> Bool { byte == 0xC2 || byte == 0xE2 || byte == 0xEF }

    /// What is not part of a word at `index`: its length in bytes and the mark it stands
    /// for (nil for white space), or nil when a word byte is there. ASCII punctuation is its
    /// own mark; the separators footers use between address lines (·, •, –, —) stand for
    /// `|` and `-`; no-break and zero-width spaces are white space.
    static func nonWord(at index: Int, in bytes: [UInt8]) -> (length: Int, mark: UInt8?)? {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte <= ASCII.space || byte == 0x7F { return (1, nil) }
            return ASCII.isDigit(byte) || ASCII.isLetter(byte) ? nil : (1, byte)
        }
        func follows(_ tail: UInt8...) -> Bool {
            index + tail.count < bytes.count && tail.indices.allSatisfy { bytes[index + 1 + $0] == tail[$0] }
        }
        switch byte {
        case 0xC2:
            if follows(0xA0) { return (2, nil) }  // no-break space
            if follows(0xB7) { return (2, Self.bar) }  // middle dot
        case 0xE2:
            if follows(0x80, 0xA2) { return (3, Self.bar) }  // bullet
            if follows(0x80, 0x93) || follows(0x80, 0x94) { return (3, ASCII.hyphen) }  // en and em dash
            if follows(0x80, 0x8B) || follows(0x80, 0x8C) || follows(0x80, 0x8D) || follows(0x80, 0xAF)
                || follows(0x81, 0xA0) || follows(0x80, 0xA8) || follows(0x80, 0xA9)
            {
                // zero-width space, non-joiner, joiner, narrow no-break space, word joiner, line and
                // paragraph separators (`FoldedBody` writes the latter between paragraphs)
                return (3, nil)
            }
        case 0xEF:
            if follows(0xBB, 0xBF) { return (3, nil) }  // zero-width no-break space
        default: break
        }
        return nil
    }

    /// The token's text as written.
    func text(_ index: Int) -> String { String(decoding: bytes[tokens[index].range], as: UTF8.self) }

    /// The token's text with ASCII letters lowercased.
    func lowercased(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].range].map(ASCII.lowercased), as: UTF8.self)
    }

    /// Whether the token starts with an uppercase letter (ASCII, or any non-ASCII letter,
    /// which in addresses is almost always a capital: "Évry", "Österreich").
    func isCapitalised(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord, let first = bytes[token.range].first else { return false }
        return (first >= 0x41 && first <= 0x5A) || first >= 0xC0
    }

    /// Whether token `index` is the punctuation mark `mark`.
    func isMark(_ index: Int, _ mark: UInt8) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].mark == mark
    }
}
