import MailHTML

/// The URLs (http, https, mailto) and bare e-mail addresses of a line of plain text,
/// wherever they stand (`<https://…>`, `[here](https://…)`, `URL:https://…`), read as bytes.
enum PlainTextTargets {
    static let schemes = [Array("https://".utf8), Array("http://".utf8), Array("mailto:".utf8)]

    /// Bytes that end a URL or an address in running text.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default: return false
        }
    }

    /// Punctuation that ends a sentence rather than a URL.
    static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"):
            return true
        default: return false
        }
    }

    /// The targets of a run of visible text: its bytes are copied only when the cheap test
    /// passes, and no string is made of it otherwise.
    static func find(in run: VisibleText.Run, bareWeb: Bool = false) -> [String] {
        run.withUTF8 { bytes in
            mayHoldTarget(bytes, bareWeb: bareWeb) ? find(in: Array(bytes)[...], bareWeb: bareWeb) : []
        }
    }

    static func find(in line: ArraySlice<UInt8>, bareWeb: Bool = false) -> [String] {
        // Cheap test first: most lines hold neither a scheme nor an address.
        guard mayHoldTarget(line, bareWeb: bareWeb) else { return [] }
        var targets: [String] = []
        var covered: [Range<Int>] = []
        var searchFrom = line.startIndex
        while true {
            var matches = schemes.compactMap { ASCIISearch.firstIndex(of: $0, in: line, from: searchFrom) }
            if bareWeb, let start = bareWebStart(in: line, from: searchFrom) { matches.append(start) }
            guard let start = matches.min() else { break }
            var end = start
            while end < line.endIndex, !isDelimiter(line[end]) { end += 1 }
            var last = end
            while last > start, isTrailingPunctuation(line[last - 1]) { last -= 1 }
            if last - start > 8 { targets.append(String(decoding: line[start..<last], as: UTF8.self)) }
            covered.append(start..<end)
            searchFrom = end
        }
        // Then bare addresses outside the URLs.
        var index = line.startIndex
        while index < line.endIndex {
            guard line[index] == UInt8(ascii: "@"), !covered.contains(where: { $0.contains(index) }) else {
                index += 1
                continue
            }
            var start = index
            while start > line.startIndex, !isDelimiter(line[start - 1]) { start -= 1 }
            var end = index
            while end < line.endIndex, !isDelimiter(line[end]) { end += 1 }
            while start < index, isTrailingPunctuation(line[start]) { start += 1 }
            var last = end
            while last > index, isTrailingPunctuation(line[last - 1]) { last -= 1 }
            let token = line[start..<last]
            if start < index, token[(index + 1)...].contains(UInt8(ascii: ".")) {
                targets.append(String(decoding: token, as: UTF8.self))
            }
            index = end
        }
        return targets
    }

    static let bareWebPrefix = Array("www.".utf8)

    /// The first `www.` from `from` that starts a word, or nil.
    private static func bareWebStart(in line: ArraySlice<UInt8>, from: Int) -> Int? {
        var from = from
        while let start = ASCIISearch.firstIndex(of: bareWebPrefix, in: line, from: from) {
            if start == line.startIndex || isDelimiter(line[start - 1]) { return start }
            from = start + 1
        }
        return nil
    }

    /// Whether `bytes` has a `:` or an `@` (or, with `bareWeb`, a `www.`), without which a
    /// line holds no target.
    private static func mayHoldTarget(_ bytes: some Collection<UInt8>, bareWeb: Bool) -> Bool {
        var ws = 0  // the "w"s just read
        for byte in bytes {
            if byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@") { return true }
            if byte == UInt8(ascii: "w") {
                ws += 1
            } else {
                if bareWeb, byte == UInt8(ascii: "."), ws >= 3 { return true }
                ws = 0
            }
        }
        return false
    }
}
