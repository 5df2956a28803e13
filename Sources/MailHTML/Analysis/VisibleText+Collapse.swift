/// White space as a reader sees it: how `VisibleText` collapses the text of a line or a
/// text node, on its UTF-8 bytes.
extension VisibleText {
    /// Whether UTF-8 text starts and ends with something other than white space, by the
    /// same definition of white space `collapse` trims.
    static func wordEdges(_ bytes: UnsafeBufferPointer<UInt8>) -> (startsInWord: Bool, endsInWord: Bool) {
        guard !bytes.isEmpty else { return (false, false) }
        var last = bytes.count - 1
        while last > 0, bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return byteClasses.withUnsafeBufferPointer { classes in
            (spaceLength(bytes, at: 0, classes) == 0, spaceLength(bytes, at: last, classes) == 0)
        }
    }

    /// `collapse` on UTF-8 bytes.
    static func collapse(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer(collapse(utf8:))
    }

    /// White space (including non-breaking and the other Unicode spaces) collapsed to
    /// single spaces, trimmed; a zero-width space or non-joiner inside a word dropped.
    public static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapse(utf8:))
    }

    /// `collapse` over UTF-8: one pass, copying bytes; the spaces beyond ASCII are
    /// recognised by their byte sequences (U+0085, U+00A0, U+1680, U+2000–U+200C, U+2028,
    /// U+2029, U+202F, U+205F, U+3000: Unicode's white space, and the zero-width space and
    /// non-joiner that mail templates pad with).
    static func collapse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        byteClasses.withUnsafeBufferPointer { classes in
            // Leading white space is skipped first: the indentation between tags, text that
            // is nothing else, costs no string.
            let start = leadingSpace(bytes, classes)
            guard start < bytes.count else { return "" }
            // Written straight into the string's storage: the result is never longer than the input.
            return String(unsafeUninitializedCapacity: bytes.count - start) { out in
                collapse(bytes, from: start, into: out.baseAddress!, classes).count
            }
        }
    }

    /// How a stretch of UTF-8 collapses: `count` bytes written, starting at `start` of the
    /// input; `unchanged` when they are the input's own bytes from there (its only white
    /// space single spaces between words, nothing dropped), so that the text can be read
    /// from the input instead.
    struct Collapsed {
        var start: Int
        var count: Int
        var unchanged: Bool
    }

    /// Collapses `bytes` into `out`, which has room for `bytes.count` bytes.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Collapsed {
        byteClasses.withUnsafeBufferPointer { classes in
            let start = leadingSpace(bytes, classes)
            guard start < bytes.count else { return Collapsed(start: start, count: 0, unchanged: true) }
            return collapse(bytes, from: start, into: out, classes)
        }
    }

    /// The length of the white space `bytes` starts with.
    private static func leadingSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>) -> Int
    {
        var index = 0
        while index < bytes.count {
            let length = spaceLength(bytes, at: index, classes)
            if length == 0 { break }
            index += length
        }
        return index
    }

    /// The collapse itself, from `start` (a byte that is not white space).
    private static func collapse(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into out: UnsafeMutablePointer<UInt8>,
        _ classes: UnsafeBufferPointer<UInt8>
    ) -> Collapsed {
        guard let base = bytes.baseAddress else { return Collapsed(start: start, count: 0, unchanged: true) }
        var index = start
        var count = 0
        var unchanged = true
        while index < bytes.count {
            // A run of bytes that cannot start white space is copied in one piece.
            let runStart = index
            while index < bytes.count, classes[Int(bytes[index])] == 0 { index += 1 }
            if index > runStart {
                (out + count).update(from: base + runStart, count: index - runStart)
                count += index - runStart
            }
            guard index < bytes.count else { break }
            let length = spaceLength(bytes, at: index, classes)
            guard length > 0 else {
                // A lead byte of a character that is not white space.
                out[count] = bytes[index]
                count += 1
                index += 1
                continue
            }
            // White space: one space, written only when more text follows and the run is
            // more than zero-width characters, which join what they stand between.
            let spaceStart = index
            var spaced = !isZeroWidth(bytes, at: index)
            index += length
            while index < bytes.count {
                let next = spaceLength(bytes, at: index, classes)
                if next == 0 { break }
                spaced = spaced || !isZeroWidth(bytes, at: index)
                index += next
            }
            guard index < bytes.count else { break }  // trailing white space: trimmed
            if spaced {
                out[count] = 0x20
                count += 1
                if index - spaceStart != 1 || bytes[spaceStart] != 0x20 { unchanged = false }
            } else {
                unchanged = false
            }
        }
        return Collapsed(start: start, count: count, unchanged: unchanged)
    }

    /// Per byte: 0 when it cannot start white space, 1 for ASCII white space (tab to
    /// carriage return, space), 2 for a lead byte of a Unicode space (0xC2, 0xE1–0xE3).
    private static let byteClasses: [UInt8] = (0...255).map { byte in
        if ASCIIWhitespace.contains(UInt8(byte)) { return 1 }
        return byte == 0xC2 || (0xE1...0xE3).contains(byte) ? 2 : 0
    }

    /// Whether the white space at `index` is the zero-width space or non-joiner (U+200B,
    /// U+200C): dropped, not a space, where it stands inside a word ("mail&#8203;box" is
    /// "mailbox"), and part of the white space around it (a preheader's padding).
    @inline(__always)
    private static func isZeroWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x8B || bytes[index + 2] == 0x8C)
    }

    /// The length of the white space starting at `index` (ASCII or Unicode), or 0.
    @inline(__always)
    private static func spaceLength(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ classes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        switch classes[Int(bytes[index])] {
        case 0: return 0
        case 1: return 1
        default: return unicodeSpaceLength(bytes, at: index)
        }
    }

    /// The length of the white-space character starting at `index`, or 0.
    @inline(__always)
    static func unicodeSpaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        guard index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0xA0 || second == 0x85 ? 2 : 0 }
        guard byte >= 0xE1, byte <= 0xE3, index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0  // U+1680
        case (0xE2, 0x80): return third <= 0x8C || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0  // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0  // U+3000
        default: return 0
        }
    }
}
