/// Windows-1252, the charset browsers and mail clients use for text labelled ISO-8859-1
/// or US-ASCII (WHATWG Encoding Standard), decoded without iconv.
enum Windows1252 {
    /// The Unicode scalars of bytes 0x80–0x9F. The five bytes Windows-1252 leaves
    /// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are decoding errors: U+FFFD. (The WHATWG
    /// standard maps them to invisible C1 controls; in mail they only come from text
    /// that is not Windows-1252 at all, which a linter should see as undecodable.)
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    /// Decodes every byte; this never fails. `invalidBytes` counts the undefined ones.
    /// Contiguous bytes (arrays, slices) are read through their buffer; others are copied
    /// into an array first, so the per-byte loop is never generic.
    static func decode(_ bytes: some Sequence<UInt8>) -> (text: String, invalidBytes: Int) {
        if let decoded = bytes.withContiguousStorageIfAvailable(decode(buffer:)) { return decoded }
        return Array(bytes).withUnsafeBufferPointer(decode(buffer:))
    }

    /// The text is written as UTF-8 bytes straight into the string: ASCII as it is,
    /// 0xA0–0xFF as two bytes, 0x80–0x9F as the UTF-8 of their scalars (at most three).
    static func decode(buffer bytes: UnsafeBufferPointer<UInt8>) -> (text: String, invalidBytes: Int) {
        var invalid = 0
        let text = String(unsafeUninitializedCapacity: bytes.count * 3) { out in
            var written = 0
            for byte in bytes {
                if byte < 0x80 {
                    out[written] = byte
                    written += 1
                } else if byte >= 0xA0 {
                    out[written] = 0xC0 | byte >> 6
                    out[written + 1] = 0x80 | byte & 0x3F
                    written += 2
                } else {
                    let value = high[Int(byte - 0x80)]
                    if value == 0xFFFD { invalid += 1 }
                    for unit in UTF8.encode(Unicode.Scalar(value)!)! {
                        out[written] = unit
                        written += 1
                    }
                }
            }
            return written
        }
        return (text, invalid)
    }
}
