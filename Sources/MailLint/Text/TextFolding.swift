import Foundation

/// Folds text for phrase matching, the one normalisation every vocabulary reads through
/// (dead ends, opt-out links, contact words, do-not-reply addresses):
///
/// - lowercase, with the diacritics of Latin, Greek and Cyrillic letters removed (é → e,
///   ά → α, ё → е; Vietnamese ả → a) and combining marks dropped wherever they stand;
/// - compatibility forms mapped to what they stand for: fullwidth ｒｅｐｌｙ, ligatures (ﬁ),
///   ß → ss, final sigma ς → σ;
/// - soft hyphens, zero-width spaces and joiners, word joiners and byte order marks dropped,
///   so that they cannot split a word;
/// - hyphens joined ("e-mail" → "email", "reply-all" → "replyall");
/// - apostrophes (' ’ ‘ ʼ ´ `) joined in an English negative contraction ("don’t" → "dont")
///   and a word break elsewhere, so French and Italian elision reads as two words
///   ("n’y répondez" → "n y repondez", "l’iscrizione" → "l iscrizione");
/// - every other run of punctuation or white space (NBSP, narrow NBSP, ideographic space,
///   quotes « » „ “) one space; CJK, Hangul and Thai kept as they are.
///
/// Each folded scalar remembers the index of the source scalar it came from, so a match maps
/// back to the text as written; where a sentence ends (. ! ? 。 ！ ？ and the like) the
/// folded position of the next word is recorded in `sentenceStarts`, and where a clause
/// ends (, ; : 、 ， and the like) in `clauseStarts`.
struct FoldedText {
    /// The folded scalars.
    var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, the index of its source in the input's unicode scalars
    /// (`source(of:)`), four bytes each: a text's folded form costs eight bytes a scalar.
    private var sources: [UInt32] = []
    /// Folded positions at which a sentence starts (after sentence-ending punctuation), in order.
    var sentenceStarts: [Int] = []
    /// Folded positions at which a clause starts inside a sentence (after a comma,
    /// semicolon or colon), in order.
    var clauseStarts: [Int] = []
    /// The `sentenceStarts` that follow a question (? ？ ؟), in order: the answer after
    /// "Too many emails?" is said of what the question names.
    var questionStarts: [Int] = []

    init(_ text: String) {
        var pendingSpace = false
        var pendingSentence = false
        var pendingClause = false
        // Whether the sentence end before the next word is a question mark.
        var pendingQuestion = false
        scalars.reserveCapacity(text.utf8.count)
        sources.reserveCapacity(text.utf8.count)
        // The input is read scalar by scalar with two of look-ahead, not copied: a folded
        // text must not cost another four bytes a scalar of its input.
        var remaining = text.unicodeScalars.makeIterator()
        var following = remaining.next()
        var afterFollowing = remaining.next()
        var index = -1
        while let scalar = following {
            index += 1
            following = afterFollowing
            afterFollowing = remaining.next()
            let value = scalar.value
            let kind: ScalarFold.Kind
            if value < 0x80 {
                // ASCII fast path.
                if (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 {
                    beginWord(at: index, &pendingSpace, &pendingSentence, &pendingClause, &pendingQuestion)
                    append(Unicode.Scalar(UInt8(value) | (value &- 0x41 < 26 ? 0x20 : 0)), from: index)
                    continue
                }
                kind = ScalarFold.asciiKind(UInt8(value))
            } else {
                kind = ScalarFold.kind(of: scalar)
            }
            switch kind {
            case .word(let folded):
                beginWord(at: index, &pendingSpace, &pendingSentence, &pendingClause, &pendingQuestion)
                for scalar in folded { append(scalar, from: index) }
            case .letter:
                beginWord(at: index, &pendingSpace, &pendingSentence, &pendingClause, &pendingQuestion)
                append(scalar, from: index)
            case .ignorable, .hyphen:
                continue
            case .apostrophe:
                // "don't", "can’t": n + apostrophe + t + not a letter is one word.
                let joins =
                    scalars.last == "n" && !pendingSpace && (following == "t" || following == "T")
                    && (afterFollowing.map { !ScalarFold.isWordScalar($0) } ?? true)
                if !joins { pendingSpace = true }
            case .sentenceEnd:
                // "e.g." and "3.5" are not sentence ends: a full stop needs a space after it;
                // nor is the last full stop of an abbreviation of initials, "a.u.b.", "z.B.",
                // "e.g.": right after two one-letter words.
                let endsInitials = value == 0x2E && !pendingSpace && followsTwoInitials
                pendingSpace = true
                if value != 0x2E || !(following.map(ScalarFold.isWordScalar) ?? false), !endsInitials {
                    pendingSentence = true
                }
                if value == 0x3F || value == 0xFF1F || value == 0x061F { pendingQuestion = true }
            case .separator:
                pendingSpace = true
                if ScalarFold.endsClause(value) { pendingClause = true }
            }
        }
    }

    /// Starts or continues a word at input scalar `index`: the separators before it become
    /// one space, and a sentence or clause end among them records the word as a sentence's
    /// (and after a question mark, a question's answer's) or a clause's start.
    @inline(__always)
    private mutating func beginWord(
        at index: Int, _ pendingSpace: inout Bool, _ pendingSentence: inout Bool, _ pendingClause: inout Bool,
        _ pendingQuestion: inout Bool
    ) {
        if pendingSpace, !scalars.isEmpty {
            if pendingSentence {
                sentenceStarts.append(scalars.count + 1)
                if pendingQuestion { questionStarts.append(scalars.count + 1) }
            } else if pendingClause {
                clauseStarts.append(scalars.count + 1)
            }
            append(" ", from: index)
        }
        pendingSpace = false
        pendingSentence = false
        pendingClause = false
        pendingQuestion = false
    }

    /// Whether the folded text ends in two one-letter words: "a u b", "z b", "e g".
    private var followsTwoInitials: Bool {
        let count = scalars.count
        guard count >= 3, scalars[count - 2] == " ", scalars[count - 1] != " ", scalars[count - 3] != " " else {
            return false
        }
        return count == 3 || scalars[count - 4] == " "
    }

    /// Appends a folded scalar that came from input scalar `index`.
    @inline(__always)
    private mutating func append(_ scalar: Unicode.Scalar, from index: Int) {
        scalars.append(scalar)
        sources.append(UInt32(truncatingIfNeeded: index))
    }

    /// A phrase folded the same way (no source map needed).
    static func key(_ text: String) -> [Unicode.Scalar] { FoldedText(text).scalars }

    /// The index, in the input's unicode scalars, of the source of folded scalar `position`.
    func source(of position: Int) -> Int { Int(sources[position]) }

    /// The text of `input` (the string this was folded from) that the folded `range` came
    /// from, as written: what a finding quotes.
    func written(_ range: Range<Int>, in input: String) -> String {
        guard !range.isEmpty else { return "" }
        let first = source(of: range.lowerBound)
        let last = source(of: range.upperBound - 1)
        var written = String.UnicodeScalarView()
        var index = 0
        for scalar in input.unicodeScalars {
            if index > last { break }
            if index >= first { written.append(scalar) }
            index += 1
        }
        return String(written)
    }

    /// Whether a sentence starts at folded position `position` (the text's start counts).
    func startsSentence(at position: Int) -> Bool {
        let index = firstSentenceStart(atOrAfter: position)
        return position == 0 || (index < sentenceStarts.count && sentenceStarts[index] == position)
    }

    /// Whether a clause or a sentence starts at folded position `position`.
    func startsClause(at position: Int) -> Bool {
        let index = Self.firstStart(atOrAfter: position, in: clauseStarts)
        return startsSentence(at: position) || (index < clauseStarts.count && clauseStarts[index] == position)
    }

    /// Whether a sentence starts anywhere in `range` after its first position.
    func hasSentenceBreak(in range: Range<Int>) -> Bool { Self.hasStart(in: range, of: sentenceStarts) }

    /// Whether a sentence that does not answer a question starts anywhere in `range` after
    /// its first position: "Subscription renewed. Manage billing" holds one, "Too many
    /// emails? Change your settings" does not.
    func hasStatementBreak(in range: Range<Int>) -> Bool {
        guard range.count > 1 else { return false }
        var index = firstSentenceStart(atOrAfter: range.lowerBound + 1)
        while index < sentenceStarts.count, sentenceStarts[index] < range.upperBound {
            let start = sentenceStarts[index]
            let question = Self.firstStart(atOrAfter: start, in: questionStarts)
            if question == questionStarts.count || questionStarts[question] != start { return true }
            index += 1
        }
        return false
    }

    /// Whether a sentence or a clause starts anywhere in `range` after its first position.
    func hasClauseBreak(in range: Range<Int>) -> Bool {
        Self.hasStart(in: range, of: clauseStarts) || Self.hasStart(in: range, of: sentenceStarts)
    }

    private static func hasStart(in range: Range<Int>, of starts: [Int]) -> Bool {
        guard range.count > 1 else { return false }
        let index = firstStart(atOrAfter: range.lowerBound + 1, in: starts)
        return index < starts.count && starts[index] < range.upperBound
    }

    /// The index in `sentenceStarts` of the first start at or after `position`.
    private func firstSentenceStart(atOrAfter position: Int) -> Int {
        Self.firstStart(atOrAfter: position, in: sentenceStarts)
    }

    /// The index in `starts` of the first start at or after `position` (binary search).
    private static func firstStart(atOrAfter position: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// What one scalar becomes when text is folded (see `FoldedText`).
enum ScalarFold {
    enum Kind: Equatable {
        /// A letter or digit, as these folded scalars (one or more; ß → ss).
        case word([Unicode.Scalar])
        /// A letter or digit that folds to itself (CJK, kana, Hangul, Thai, Hebrew, Arabic).
        case letter
        /// Dropped without a trace: combining marks, soft hyphen, zero-width characters.
        case ignorable
        /// Dropped, joining its neighbours.
        case hyphen
        /// An apostrophe: joins an English negative contraction, else separates.
        case apostrophe
        /// Ends a sentence (and separates).
        case sentenceEnd
        /// White space or punctuation.
        case separator
    }

    /// The kind of an ASCII byte that is not a letter or digit.
    static func asciiKind(_ byte: UInt8) -> Kind {
        switch byte {
        case 0x27, 0x60: return .apostrophe
        case 0x2D: return .hyphen
        case 0x2E, 0x21, 0x3F, 0x3B: return .sentenceEnd  // . ! ? ;
        default: return .separator
        }
    }

    /// Whether the separator `value` ends a clause: a comma or a colon, Latin, CJK or Arabic
    /// (the semicolon ends a sentence).
    @inline(__always)
    static func endsClause(_ value: UInt32) -> Bool {
        switch value {
        case 0x2C, 0x3A, 0x3001, 0xFF0C, 0xFF1A, 0x060C: true
        default: false
        }
    }

    /// Whether `scalar` is part of a word (a letter or digit, whatever its folded form).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
        }
        switch kind(of: scalar) {
        case .word, .letter: return true
        default: return false
        }
    }

    /// The kind of a scalar: ASCII by its byte, the alphabets the vocabularies use most
    /// looked up, the rest computed.
    static func kind(of scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        if value < 0x80 {
            if value &- 0x41 < 26 { return .word([Unicode.Scalar(UInt8(value) | 0x20)]) }
            return isWordScalar(scalar) ? .letter : asciiKind(UInt8(value))
        }
        if value < tableEnd { return table[Int(value) - 0x80] }
        if (0x1E00..<0x2000).contains(value) { return extendedTable[Int(value) - 0x1E00] }
        if isUnfolded(value) {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark { return .ignorable }
            return properties.isAlphabetic || properties.numericType != nil ? .letter : compute(scalar)
        }
        return compute(scalar)
    }

    /// Scripts whose letters fold to themselves and whose decomposition would only take them
    /// apart (kana voicing marks, Hangul jamo): Hebrew, Arabic, Thai, and everything from
    /// the CJK radicals on, but for the fullwidth forms and ligatures.
    @inline(__always) static func isUnfolded(_ value: UInt32) -> Bool {
        (0x0590..<0x0700).contains(value) || (0x0E00..<0x0E80).contains(value)
            || (value >= 0x2E80 && !(0xFF00..<0xFFF0).contains(value) && !(0xFB00..<0xFB50).contains(value))
    }

    /// Where the precomputed table of scalars after ASCII ends: Latin, IPA, spacing and
    /// combining marks, Greek, Cyrillic (U+0080 to U+052F).
    static let tableEnd: UInt32 = 0x530

    /// U+0080 to `tableEnd`, computed once with `compute`.
    static let table: [Kind] = (UInt32(0x80)..<tableEnd).map { compute(Unicode.Scalar($0)!) }

    /// Latin Extended Additional (Vietnamese) and Greek Extended, U+1E00 to U+1FFF.
    static let extendedTable: [Kind] = (UInt32(0x1E00)..<0x2000).map { value in
        Unicode.Scalar(value).map(compute) ?? .separator
    }

    /// The kind of `scalar` from its Unicode properties: the definition the tables cache.
    static func compute(_ scalar: Unicode.Scalar) -> Kind {
        let value = scalar.value
        switch value {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E: return .ignorable
        case 0x2010, 0x2011: return .hyphen
        case 0x2018, 0x2019, 0x02BC, 0xB4, 0x02B9, 0xFF07: return .apostrophe
        // The paragraph separator too: `FoldedBody` writes it where a block starts a sentence.
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF1B, 0x061F, 0x06D4, 0x037E, 0x0964, 0x2026, 0x2029: return .sentenceEnd
        default: break
        }
        let properties = scalar.properties
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
            // Thai vowel signs and tone marks are marks too, and dropped alike on both sides.
            return .ignorable
        }
        guard properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .spacingMark
        else { return .separator }
        // Numbers (½, ², Ⅻ) are kept as written.
        guard properties.isAlphabetic else { return .letter }
        // Compatibility decomposition (fullwidth, ligatures, ß stays ß), then lowercase,
        // then the marks that the decomposition separated are dropped.
        let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.lowercased()
        var folded: [Unicode.Scalar] = []
        for part in decomposed.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            switch part {
            case "ß": folded += ["s", "s"]
            case "ς": folded.append("σ")
            case "ł": folded.append("l")
            case "ø": folded.append("o")
            case "đ": folded.append("d")
            case "ı": folded.append("i")
            case "æ": folded += ["a", "e"]
            case "œ": folded += ["o", "e"]
            default: folded.append(part)
            }
        }
        if folded.isEmpty { return .ignorable }
        return folded == [scalar] ? .letter : .word(folded)
    }
}
