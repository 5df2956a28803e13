/// Text as it is written in a file compared with text as a reader reads it: character
/// references stand for their characters, and white space of any kind and length for one
/// space. `TextLocator` uses it to find a sentence's first words in the source.
enum WrittenText {
    /// The end of `needle` (UTF-8 of the text as read) matched at `start` of `source`, or nil.
    /// A space or no-break space in `needle` matches one or more white-space bytes, line
    /// breaks, U+00A0 or (in HTML, `readsReferences`) references to it; any other character
    /// matches itself or, in HTML, a character reference to it.
    static func matchEnd(of needle: [UInt8], at start: Int, in source: ArraySlice<UInt8>, readsReferences: Bool = true)
        -> Int?
    {
        var position = start
        var index = 0
        while index < needle.count {
            let length = scalarLength(needle[index])
            guard index + length <= needle.count else { return nil }
            let scalar = needle[index..<(index + length)]
            if scalar.elementsEqual([0x20]) || scalar.elementsEqual([0xC2, 0xA0]) {
                var matched = 0
                while let next = spaceEnd(at: position, in: source, readsReferences: readsReferences) {
                    position = next
                    matched += 1
                }
                guard matched > 0 else { return nil }
            } else if readsReferences, let (value, end) = reference(at: position, in: source) {
                // A reference stands for its character, even for "&" itself ("&amp;").
                guard value == decodeScalar(scalar) else { return nil }
                position = end
            } else if position + length <= source.endIndex,
                source[position..<(position + length)].elementsEqual(scalar)
            {
                position += length
            } else {
                return nil
            }
            index += length
        }
        return position
    }

    /// The end of one white-space unit at `position`: an ASCII space, tab or line break,
    /// U+00A0 as UTF-8, or a reference to U+00A0.
    private static func spaceEnd(at position: Int, in source: ArraySlice<UInt8>, readsReferences: Bool) -> Int? {
        guard position < source.endIndex else { return nil }
        switch source[position] {
        case 0x20, 0x09, 0x0A, 0x0D: return position + 1
        case 0xC2 where position + 1 < source.endIndex && source[position + 1] == 0xA0: return position + 2
        case UInt8(ascii: "&") where readsReferences:
            if let (value, end) = reference(at: position, in: source), value == 0xA0 { return end }
            return nil
        default: return nil
        }
    }

    /// The character reference at `position` (`&#39;`, `&#x2019;`, `&eacute;`): its scalar
    /// value and the offset after its `;`. Named references are those of HTML 4's Latin-1
    /// set and the few punctuation marks mail writers use.
    static func reference(at position: Int, in source: ArraySlice<UInt8>) -> (UInt32, Int)? {
        guard position < source.endIndex, source[position] == UInt8(ascii: "&") else { return nil }
        var end = position + 1
        let limit = min(source.endIndex, position + 12)
        while end < limit, source[end] != UInt8(ascii: ";") { end += 1 }
        guard end < limit, end > position + 1 else { return nil }
        let body = source[(position + 1)..<end]
        if body.first == UInt8(ascii: "#") {
            var digits = body.dropFirst()
            var radix: UInt32 = 10
            if let x = digits.first, x | 0x20 == UInt8(ascii: "x") {
                radix = 16
                digits = digits.dropFirst()
            }
            guard !digits.isEmpty else { return nil }
            var value: UInt32 = 0
            for digit in digits {
                guard let number = ASCII.hexValue(digit).map(UInt32.init), number < radix else { return nil }
                value = value * radix + number
                if value > 0x10FFFF { return nil }
            }
            return (value, end + 1)
        }
        guard let name = String(validating: body, as: UTF8.self), let value = namedReferences[name] else {
            return nil
        }
        return (value, end + 1)
    }

    /// The scalar value of one UTF-8 sequence.
    private static func decodeScalar(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.first.map(\.value)
    }

    /// How many bytes the UTF-8 sequence led by `lead` has.
    private static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// HTML 4's Latin-1 names in the order of their code points, U+00A0 to U+00FF.
    private static let latin1Names =
        ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 "
        + "acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde "
        + "Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute "
        + "Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde "
        + "auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute "
        + "ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(separator: " ")

    /// The named references read: the Latin-1 set, the markup characters and typographic
    /// punctuation.
    static let namedReferences: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "lsquo": 0x2018, "rsquo": 0x2019,
            "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "ndash": 0x2013, "mdash": 0x2014,
            "hellip": 0x2026, "euro": 0x20AC, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161,
        ]
        precondition(latin1Names.count == 96, "HTML 4 names 96 Latin-1 characters")
        for (offset, name) in latin1Names.enumerated() { table[String(name)] = 0xA0 + UInt32(offset) }
        return table
    }()
}
