import Testing

@testable import MailParser

/// `Charset.isValidUTF8` (the word-at-a-time validator) agrees with the standard library's
/// UTF-8 decoder on every sequence of two bytes and on three- and four-byte sequences built
/// from each boundary of table 3-7, at every alignment of the eight-byte ASCII fast path.
struct UTF8ValidationTests {
    static func reference(_ bytes: [UInt8]) -> Bool {
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

    /// The bytes at which table 3-7 changes its answer, and a few on either side.
    static let boundaries: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]

    @Test func everyTwoByteSequenceAgreesWithTheStandardLibrary() {
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            for second in 0...255 {
                let bytes = [UInt8(first), UInt8(second)]
                if Charset.isValidUTF8(bytes) != Self.reference(bytes) { disagreements.append(bytes) }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func longerSequencesAgreeWithTheStandardLibrary() {
        var disagreements: [[UInt8]] = []
        var checked = 0
        for lead in 0xC0...0xFF {
            for second in 0...255 {
                for third in Self.boundaries {
                    for fourth in [nil] + Self.boundaries.map(Optional.some) {
                        var bytes = [UInt8(lead), UInt8(second), third]
                        if let fourth { bytes.append(fourth) }
                        checked += 1
                        if Charset.isValidUTF8(bytes) != Self.reference(bytes) { disagreements.append(bytes) }
                    }
                }
            }
        }
        #expect(checked == 64 * 256 * 11 * 12)
        #expect(disagreements.isEmpty)
    }

    @Test func theASCIIFastPathHandsOverAtEveryAlignment() {
        let samples: [[UInt8]] = [
            Array("é".utf8), Array("€".utf8), Array("😀".utf8), [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xFF],
            [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF],
        ]
        for sample in samples {
            for prefix in 0...17 {
                for suffix in [0, 1, 9] {
                    let bytes =
                        [UInt8](repeating: 0x61, count: prefix) + sample + [UInt8](repeating: 0x62, count: suffix)
                    #expect(Charset.isValidUTF8(bytes) == Self.reference(bytes), "\(bytes)")
                    #expect(Charset.isValidUTF8(bytes[...]) == Self.reference(bytes))
                    #expect(Charset.isValidUTF8(bytes.lazy.map { $0 }) == Self.reference(bytes))
                }
            }
        }
    }
}
