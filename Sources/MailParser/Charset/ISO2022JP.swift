/// ISO-2022-JP (RFC 1468), the charset of Japanese mail, read as the WHATWG Encoding
/// Standard reads it: escape sequences switch between ASCII, JIS X 0201 Roman and
/// katakana, and JIS X 0208 with the Microsoft extensions that Outlook and Windows write
/// (NEC special characters such as ① and №, NEC-selected IBM extensions).
///
/// glibc's ISO-2022-JP knows JIS X 0208 proper only, and after an invalid character it
/// resets to ASCII and reads the character's second byte as a letter. So the text is
/// re-encoded as EUC-JP-MS (the same JIS codes with the same extensions, one character
/// per byte pair), which iconv decodes; every invalid sequence becomes one U+FFFD.
enum ISO2022JP {
    /// The iconv name of the charset the text is re-encoded in.
    static let eucCharset = "EUC-JP-MS"

    /// A byte EUC-JP-MS never has: it stands for an invalid sequence and is decoded as
    /// one U+FFFD.
    static let invalid: UInt8 = 0xFF

    private enum Mode {
        case ascii, katakana, jisX0208
    }

    /// `bytes` re-encoded as EUC-JP-MS. JIS X 0201 Roman (`ESC ( J`) is read as ASCII
    /// (it differs only in ¥ and ‾); CR and LF pass in every mode, since broken encoders
    /// do not switch back to ASCII before the end of a line.
    static func eucJPMS(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var mode = Mode.ascii
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x1B {
                if index + 2 < count, let next = escape(bytes[index + 1], bytes[index + 2]) {
                    mode = next
                    index += 3
                } else {
                    output.append(invalid)
                    index += 1
                }
                continue
            }
            if byte == ASCII.cr || byte == ASCII.lf {
                output.append(byte)
                index += 1
                continue
            }
            switch mode {
            case .ascii:
                output.append(byte < 0x80 && byte != 0x0E && byte != 0x0F ? byte : invalid)
                index += 1
            case .katakana:
                if (0x21...0x5F).contains(byte) {
                    output.append(0x8E)
                    output.append(byte | 0x80)
                } else {
                    output.append(invalid)
                }
                index += 1
            case .jisX0208:
                if (0x21...0x7E).contains(byte), index + 1 < count, (0x21...0x7E).contains(bytes[index + 1]) {
                    output.append(byte | 0x80)
                    output.append(bytes[index + 1] | 0x80)
                    index += 2
                } else {
                    output.append(invalid)
                    index += 1
                }
            }
        }
        return output
    }

    /// The mode an escape sequence `ESC first second` selects; nil for an unknown one.
    private static func escape(_ first: UInt8, _ second: UInt8) -> Mode? {
        switch (first, second) {
        case (0x28, 0x42), (0x28, 0x4A): return .ascii  // ESC ( B, ESC ( J
        case (0x28, 0x49): return .katakana  // ESC ( I
        case (0x24, 0x40), (0x24, 0x42): return .jisX0208  // ESC $ @, ESC $ B
        default: return nil
        }
    }

    /// How many bytes of the EUC-JP-MS text `eucJPMS` makes an invalid character at
    /// `index` takes (a pair from 0x8E or 0xA1–0xFE, else one byte), so that decoding goes
    /// on at the next character rather than inside this one.
    static func eucSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        return byte == 0x8E || (0xA1...0xFE).contains(byte) ? min(2, bytes.count - index) : 1
    }
}
