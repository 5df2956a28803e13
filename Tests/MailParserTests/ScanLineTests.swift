import Testing

@testable import MailParser

/// `scanLine` finds its line break with `memchr` in growing chunks; it must agree with the
/// definition read byte by byte, also where a break straddles a chunk's end or the limit.
struct ScanLineTests {
    /// The definition, byte by byte: the first CR or LF at or after `start`, before `limit`.
    static func reference(_ bytes: [UInt8], from start: Int, limit: Int) -> ScannedLine {
        var index = start
        while index < limit {
            if bytes[index] == 0x0A { return ScannedLine(start: start, contentEnd: index, lineBreak: .lf) }
            if bytes[index] == 0x0D {
                let isCRLF = index + 1 < limit && bytes[index + 1] == 0x0A
                return ScannedLine(start: start, contentEnd: index, lineBreak: isCRLF ? .crlf : .cr)
            }
            index += 1
        }
        return ScannedLine(start: start, contentEnd: limit, lineBreak: .none)
    }

    /// Every line of `bytes` up to `limit`, scanned both ways.
    static func expectAgreement(_ bytes: [UInt8], limit: Int? = nil) {
        let limit = limit ?? bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < limit {
                let line = buffer.scanLine(from: position, limit: limit)
                let expected = reference(bytes, from: position, limit: limit)
                #expect(line == expected, "at \(position) of \(bytes.count) bytes, limit \(limit)")
                guard line == expected, line.end > position else { return }
                position = line.end
            }
        }
    }

    @Test func everyShortMixOfBreaksAgreesWithTheDefinition() {
        let alphabet: [UInt8] = [0x61, 0x0D, 0x0A]
        var frontier: [[UInt8]] = [[]]
        for _ in 1...6 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + [$0] } }
            for bytes in frontier {
                for limit in 0...bytes.count { Self.expectAgreement(bytes, limit: limit) }
            }
        }
    }

    @Test(arguments: [254, 255, 256, 257, 511, 512, 767, 768, 5000])
    func aBreakAtAChunksEdgeIsFound(_ offset: Int) {
        for lineBreak: [UInt8] in [[0x0D, 0x0A], [0x0A], [0x0D]] {
            let bytes = [UInt8](repeating: 0x61, count: offset) + lineBreak + [0x62, 0x0D]
            Self.expectAgreement(bytes)
            // The CR of a CR LF as the last byte before the limit is a bare CR there.
            Self.expectAgreement(bytes, limit: offset + 1)
        }
    }

    @Test func aFileOfBareCarriageReturnsIsReadLineByLine() {
        let bytes = Array(repeating: Array("line\r".utf8), count: 2000).flatMap { $0 }
        Self.expectAgreement(bytes)
    }
}
