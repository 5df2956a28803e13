import Testing

@testable import MailParser

/// Lines end at CR LF, bare LF and bare CR; the index built with `memchr` must agree, on
/// every mix of them, with the definition read byte by byte.
struct LineIndexTests {
    /// The definition, byte by byte.
    static func reference(_ bytes: [UInt8]) -> (starts: [Int], crlf: Int, lf: Int, cr: Int) {
        var starts = [0]
        var (crlf, lf, cr) = (0, 0, 0)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                crlf += 1
                index += 2
                starts.append(index)
                continue
            }
            if bytes[index] == 0x0A { lf += 1 }
            if bytes[index] == 0x0D { cr += 1 }
            index += 1
            if bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D { starts.append(index) }
        }
        return (starts, crlf, lf, cr)
    }

    @Test func everyShortMixOfBreaksAgreesWithTheDefinition() {
        // All strings of length 0...7 over {a, CR, LF}: 3^7 + … cases.
        let alphabet: [UInt8] = [0x61, 0x0D, 0x0A]
        var cases: [[UInt8]] = [[]]
        var frontier: [[UInt8]] = [[]]
        for _ in 1...7 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
            cases += frontier
        }
        for bytes in cases {
            let index = LineIndex(bytes)
            let expected = Self.reference(bytes)
            #expect(index.lineStarts == expected.starts, "\(bytes)")
            #expect((0..<index.lineCount).map(index.lineStart) == expected.starts, "\(bytes)")
            #expect(
                index.lineBreakCounts.crlf == expected.crlf && index.lineBreakCounts.lf == expected.lf
                    && index.lineBreakCounts.cr == expected.cr, "\(bytes)")
        }
    }

    @Test func firstBareBreaksAreFound() {
        let index = LineIndex(Array("a\r\nb\nc\rd\ne\r".utf8))
        #expect(index.firstBareLineFeed == 4)
        #expect(index.firstBareCarriageReturn == 6)
        #expect(index.location(of: 7) == (line: 4, column: 1))
        #expect(LineIndex([]).lineStarts == [0])
    }
}
