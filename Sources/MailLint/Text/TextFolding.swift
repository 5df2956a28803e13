/// Folds text for phrase matching: lowercase, Latin diacritics removed, apostrophes and
/// hyphens dropped ("don't" → "dont", "e-mail" → "email"), every other run of punctuation
/// or white space one space, CJK kept as it is. Each folded scalar remembers the index of
/// the source scalar it came from, so a match maps back to the text as written.
struct FoldedText {
    /// The folded scalars.
    var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, the index of its source in the input's unicode scalars.
    var sources: [Int] = []

    init(_ text: String) {
        var pendingSpace = false
        scalars.reserveCapacity(text.utf8.count)
        sources.reserveCapacity(text.utf8.count)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let value = scalar.value
            if value == 0x27 || value == 0x2019 || value == 0x2D || value == 0x2010 || value == 0x2011 || value == 0xAD
                || (0x300...0x36F).contains(value)
            {
                continue  // apostrophes, hyphens, soft hyphen: joined; combining marks (a decomposed é): dropped
            }
            let isWordScalar: Bool
            if value < 0x80 {
                // ASCII fast path: letters and digits only.
                isWordScalar = (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
            } else if value < Self.latinTableEnd {
                // Latin-1 and Latin Extended: looked up, folded ahead of time.
                let entry = Self.latinTable[Int(value) - 0x80]
                if entry.isWord {
                    if pendingSpace, !scalars.isEmpty {
                        scalars.append(" ")
                        sources.append(index)
                    }
                    pendingSpace = false
                    for folded in entry.folded {
                        scalars.append(folded)
                        sources.append(index)
                    }
                } else {
                    pendingSpace = true
                }
                continue
            } else {
                isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWordScalar {
                if pendingSpace, !scalars.isEmpty {
                    scalars.append(" ")
                    sources.append(index)
                }
                pendingSpace = false
                if value < 0x80 {
                    scalars.append(Unicode.Scalar(UInt8(value) | (value &- 0x41 < 26 ? 0x20 : 0)))
                    sources.append(index)
                    continue
                }
                for folded in Self.fold(scalar) {
                    scalars.append(folded)
                    sources.append(index)
                }
            } else {
                pendingSpace = true
            }
        }
    }

    /// Where the precomputed table of scalars beyond ASCII ends (U+0250: after Latin Extended-B).
    static let latinTableEnd: UInt32 = 0x250

    /// For U+0080 up to `latinTableEnd`: whether the scalar is a letter or digit, and its
    /// folded form, computed once with `fold` so that the table and the general path agree.
    static let latinTable: [(isWord: Bool, folded: [Unicode.Scalar])] = (UInt32(0x80)..<latinTableEnd).map { value in
        let scalar = Unicode.Scalar(value)!
        let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        return (isWord, isWord ? fold(scalar) : [])
    }

    /// A phrase folded the same way (no source map needed).
    static func key(_ text: String) -> [Unicode.Scalar] { FoldedText(text).scalars }

    /// Lowercase without diacritics, for the Latin letters; other scripts as they are.
    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let lower = String(scalar).lowercased().unicodeScalars
        var out: [Unicode.Scalar] = []
        for character in lower {
            switch character {
            case "á", "à", "â", "ã", "ä", "å", "ą": out.append("a")
            case "é", "è", "ê", "ë", "ę": out.append("e")
            case "í", "ì", "î", "ï": out.append("i")
            case "ó", "ò", "ô", "õ", "ö", "ø": out.append("o")
            case "ú", "ù", "û", "ü": out.append("u")
            case "ç", "ć": out.append("c")
            case "ñ", "ń": out.append("n")
            case "ł": out.append("l")
            case "ś": out.append("s")
            case "ź", "ż": out.append("z")
            case "ß": out += ["s", "s"]
            default:
                // Combining marks (a decomposed é) are dropped.
                if (0x300...0x36F).contains(character.value) { continue }
                out.append(character)
            }
        }
        return out
    }
}
