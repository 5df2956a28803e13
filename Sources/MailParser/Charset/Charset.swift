/// How MailParser turns bytes in a declared charset into text.
///
/// - UTF-8 and US-ASCII take a fast path with no conversion.
/// - ISO-8859-1, US-ASCII with 8-bit bytes, and missing labels are decoded as
///   Windows-1252, as browsers and mail clients do (WHATWG Encoding Standard).
/// - ISO-2022-JP is read with the Microsoft extensions of Japanese mail (`ISO2022JP`).
/// - Every other label goes through iconv, after the aliases in `canonicalName(_:)`.
/// - A label nobody knows is decoded as UTF-8 when the bytes are valid UTF-8, else as
///   Windows-1252, and reported (`DefectKind.unknownCharset`).
public enum Charset {
    /// The outcome of decoding a body or a header value.
    public struct Decoded: Sendable, Equatable {
        /// The text.
        public var text: String
        /// The charset actually used ("utf-8", "windows-1252", or the iconv name).
        public var charsetUsed: String
        /// Whether the label was known.
        public var labelKnown: Bool
        /// How many bytes were invalid in the charset (each became U+FFFD).
        public var invalidBytes: Int
    }

    /// Decodes `bytes` labelled `label` (nil: no label, read as US-ASCII per RFC 2045,
    /// which means Windows-1252 for 8-bit bytes).
    public static func decode(_ bytes: [UInt8], label: String?) -> Decoded {
        let name = label.map(canonicalName) ?? "us-ascii"
        switch name {
        case "utf-8":
            let text = String(decoding: bytes, as: UTF8.self)
            return Decoded(
                text: text, charsetUsed: "utf-8", labelKnown: true,
                invalidBytes: isValidUTF8(bytes) ? 0 : countInvalidUTF8(bytes))
        case "us-ascii", "windows-1252":
            if isASCII(bytes) {
                return Decoded(
                    text: String(decoding: bytes, as: UTF8.self), charsetUsed: name, labelKnown: true,
                    invalidBytes: 0)
            }
            let decoded = Windows1252.decode(bytes)
            return Decoded(
                text: decoded.text, charsetUsed: "windows-1252", labelKnown: true,
                invalidBytes: decoded.invalidBytes)
        case "iso-2022-jp":
            if let result = IconvDecoder.decode(
                ISO2022JP.eucJPMS(bytes), charset: ISO2022JP.eucCharset, invalidLength: ISO2022JP.eucSequenceLength)
            {
                return Decoded(
                    text: result.text, charsetUsed: name, labelKnown: true, invalidBytes: result.invalidBytes)
            }
            fallthrough
        default:
            if let result = IconvDecoder.decode(bytes, charset: name) {
                return Decoded(
                    text: result.text, charsetUsed: name, labelKnown: true,
                    invalidBytes: result.invalidBytes)
            }
            if isValidUTF8(bytes) {
                return Decoded(
                    text: String(decoding: bytes, as: UTF8.self), charsetUsed: "utf-8", labelKnown: false,
                    invalidBytes: 0)
            }
            let decoded = Windows1252.decode(bytes)
            return Decoded(
                text: decoded.text, charsetUsed: "windows-1252", labelKnown: false,
                invalidBytes: decoded.invalidBytes)
        }
    }

    /// Header bytes that are not RFC 2047 encoded: UTF-8 when valid (RFC 6532), else
    /// Windows-1252.
    public static func decodeHeaderBytes(_ bytes: some Collection<UInt8>) -> String {
        if let text = bytes.withContiguousStorageIfAvailable(decodeHeaderBytes(buffer:)) { return text }
        return Array(bytes).withUnsafeBufferPointer(decodeHeaderBytes(buffer:))
    }

    private static func decodeHeaderBytes(buffer: UnsafeBufferPointer<UInt8>) -> String {
        if UTF8Validation.isValid(buffer) { return String(decoding: buffer, as: UTF8.self) }
        return Windows1252.decode(buffer: buffer).text
    }

    /// The name MailParser decodes a label as: lowercase, surrounding white space and
    /// quotes and an RFC 2231 language removed, then a WHATWG Encoding Standard label
    /// (`aliases`) mapped to the decoder browsers use for it (`gb2312` → `gb18030`,
    /// `ks_c_5601-1987` → `cp949`, ISO-8859-1 → Windows-1252, `iso-8859-8-i` →
    /// `iso-8859-8`, ...), so that iconv knows it.
    public static func canonicalName(_ label: String) -> String {
        var name = label.trimmingCharacters(in: " \t\"'").lowercased()
        if let star = name.firstIndex(of: "*") { name = String(name[..<star]) }  // RFC 2231 language
        if let alias = aliases[name] { return alias }
        if name.hasPrefix("iso8859-") { return "iso-8859-" + name.dropFirst(8) }
        if name.hasPrefix("iso_8859-") { return "iso-8859-" + name.dropFirst(9) }
        if name.hasPrefix("cp-") { return "cp" + name.dropFirst(3) }
        if name.hasPrefix("x-cp125") { return "windows-" + name.dropFirst(4) }  // x-cp1250 ... x-cp1258
        return name
    }

    /// Labels by the name MailParser decodes them as: the names of the fast paths, labels
    /// browsers decode with another decoder than their name says, and WHATWG labels iconv
    /// does not know.
    private static let aliases: [String: String] = {
        let groups: [(name: String, labels: [String])] = [
            ("utf-8", ["utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "unicode-2-0-utf-8"]),
            (
                "us-ascii",
                [
                    "us-ascii", "ascii", "ansi_x3.4-1968", "ansi_x3.4-1986", "iso646-us", "us", "iso-ir-6",
                    "cp367", "ibm367", "",
                ]
            ),
            (
                "windows-1252",
                [
                    "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819",
                    "iso-ir-100", "iso_8859-1:1987", "csisolatin1", "windows-1252", "cp1252", "x-cp1252",
                    "cp-1252", "win-1252", "iso88591",
                ]
            ),
            (
                "gb18030",
                [
                    "gb2312", "gbk", "x-gbk", "chinese", "csgb2312", "cp936", "euc-cn", "x-euc-cn", "gb_2312",
                    "gb_2312-80", "iso-ir-58", "csiso58gb231280",
                ]
            ),
            (
                "cp949",
                [
                    "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "euc-kr", "cseuckr", "csksc56011987",
                    "korean", "iso-ir-149", "windows-949", "cp949", "ks_c_5601-1989",
                ]
            ),
            (
                "cp932",
                ["shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "csshiftjis", "windows-31j", "cp932", "ms932"]
            ),
            ("big5-hkscs", ["big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5"]),
            ("euc-jp", ["x-euc-jp"]),
            ("iso-2022-jp", ["iso-2022-jp", "csiso2022jp", "iso2022jp"]),
            (
                "windows-1254",
                [
                    "iso-8859-9", "iso8859-9", "iso88599", "iso_8859-9", "iso_8859-9:1989", "iso-ir-148", "latin5",
                    "l5", "csisolatin5", "windows-1254", "cp1254",
                ]
            ),
            ("cp874", ["tis-620", "iso-8859-11", "iso8859-11", "iso885911", "windows-874", "cp874", "dos-874"]),
            ("iso-8859-6", ["iso-8859-6-e", "iso-8859-6-i", "csiso88596e", "csiso88596i"]),
            ("iso-8859-7", ["sun_eu_greek"]),
            ("iso-8859-8", ["iso-8859-8-i", "iso-8859-8-e", "csiso88598i", "csiso88598e", "logical", "visual"]),
            ("iso-8859-15", ["csisolatin9", "l9"]),
            ("koi8-r", ["koi", "koi8_r"]),
            ("macintosh", ["x-mac-roman"]),
            ("mac-cyrillic", ["x-mac-cyrillic", "x-mac-ukrainian"]),
            ("utf-16", ["utf-16"]),
            ("utf-16le", ["utf-16le", "unicode", "unicodefeff", "ucs-2", "csunicode", "iso-10646-ucs-2"]),
            ("utf-16be", ["utf-16be", "unicodefffe"]),
        ]
        var table: [String: String] = [:]
        for group in groups {
            for label in group.labels { table[label] = group.name }
        }
        return table
    }()

    /// The first multi-byte character of UTF-8 text declared in a one-byte charset:
    /// its range in `bytes`, when `bytes` hold bytes above 127, all of them in well-formed
    /// UTF-8, and `charset` (what `decode` used, `Decoded.charsetUsed`) gives every byte a
    /// character of its own. Readers that honour the label show such text as mojibake;
    /// text really written in a one-byte charset is well-formed UTF-8 only by rare accident.
    public static func utf8InOneByteCharset(_ bytes: [UInt8], decodedAs charset: String) -> Range<Int>? {
        guard isOneByte(charset), let first = bytes.firstIndex(where: { $0 >= 0x80 }), isValidUTF8(bytes) else {
            return nil
        }
        let lead = bytes[first]
        return first..<first + (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2)
    }

    /// Whether the charset named `name` (a name `decode` uses) has one byte per character.
    /// US-ASCII text with bytes above 127 is decoded as Windows-1252, so that name covers it.
    static func isOneByte(_ name: String) -> Bool {
        name.hasPrefix("windows-125") || name.hasPrefix("iso-8859-") || name.hasPrefix("koi8")
            || name.hasPrefix("mac") || ["cp874", "ibm866", "cp866", "cp437", "cp850"].contains(name)
    }

    /// Whether every byte is below 0x80.
    @inlinable public static func isASCII(_ bytes: [UInt8]) -> Bool { isASCII(bytes[...]) }

    /// Whether every byte of `bytes` (a slice of a message, read in place) is below 0x80.
    public static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            // An OR over the bytes, which the compiler vectorises; no early exit.
            var combined: UInt8 = 0
            for byte in buffer { combined |= byte }
            return combined < 0x80
        }
    }

    /// Whether `bytes` is well-formed UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    /// Whether `bytes` is well-formed UTF-8 (a slice of a message, without a copy).
    public static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
    }

    /// Whether `bytes` is well-formed UTF-8, for collections that are not contiguous.
    public static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        if let valid = bytes.withContiguousStorageIfAvailable(UTF8Validation.isValid) { return valid }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private static func countInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var errors = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return errors
            case .error: errors += 1
            }
        }
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
