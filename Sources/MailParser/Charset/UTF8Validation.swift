/// Checks UTF-8 well-formedness over contiguous bytes, eight ASCII bytes at a time, with
/// the same strictness as the standard library's decoder (Unicode 15 §3.9, table 3-7): no
/// overlong forms, no surrogates, nothing above U+10FFFF.
///
/// It is not generic on purpose: a generic loop over `Collection<UInt8>` called from
/// another module runs unspecialised, through an iterator witness per byte.
enum UTF8Validation {
    /// Whether every byte of `buffer` is part of a well-formed UTF-8 sequence.
    static func isValid(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let count = buffer.count
        var index = 0
        while index < count {
            // ASCII runs, a word at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { return true }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: (length, secondLow) = (3, 0xA0)
            case 0xED: (length, secondHigh) = (3, 0x9F)
            case 0xE1...0xEF: length = 3
            case 0xF0: (length, secondLow) = (4, 0x90)
            case 0xF4: (length, secondHigh) = (4, 0x8F)
            case 0xF1...0xF3: length = 4
            default: return false
            }
            guard index + length <= count else { return false }
            let second = base[index + 1]
            guard second >= secondLow, second <= secondHigh else { return false }
            var offset = 2
            while offset < length {
                guard base[index + offset] & 0xC0 == 0x80 else { return false }
                offset += 1
            }
            index += length
        }
        return true
    }
}
