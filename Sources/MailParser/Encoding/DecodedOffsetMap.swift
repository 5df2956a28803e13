/// Maps offsets in a decoded body back to offsets in the raw, transfer-encoded part.
///
/// Decoding records one checkpoint at the start of every raw line: the offset the line
/// starts at in the raw buffer, and how many decoded bytes came before it. A decoded
/// offset is then located on the raw line it came from, which is what a diagnostic
/// inside a quoted-printable or base64 HTML part needs to point into the `.eml`.
public struct DecodedOffsetMap: Sendable, Equatable {
    /// (decoded offset, raw offset) pairs, both increasing.
    public private(set) var checkpoints: [(decoded: Int, raw: Int)] = []

    /// An empty map.
    public init() {}

    /// Records that the raw line starting at `raw` starts producing output at `decoded`.
    mutating func add(decoded: Int, raw: Int) {
        if let last = checkpoints.last, last.decoded == decoded {
            // Several raw lines produced nothing (soft breaks); keep the first.
            if last.raw <= raw { return }
        }
        checkpoints.append((decoded, raw))
    }

    /// The raw offset of the line that produced decoded byte `offset`.
    ///
    /// For an identity encoding (7bit, 8bit, binary) the map is empty and the caller adds
    /// the offset to the body's start instead.
    public func rawOffset(forDecoded offset: Int) -> Int? {
        guard !checkpoints.isEmpty else { return nil }
        var low = 0
        var high = checkpoints.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if checkpoints[mid].decoded <= offset { low = mid } else { high = mid - 1 }
        }
        return checkpoints[low].raw
    }

    /// Whether both hold the same values.
    public static func == (lhs: DecodedOffsetMap, rhs: DecodedOffsetMap) -> Bool {
        lhs.checkpoints.elementsEqual(rhs.checkpoints) { $0.decoded == $1.decoded && $0.raw == $1.raw }
    }
}
