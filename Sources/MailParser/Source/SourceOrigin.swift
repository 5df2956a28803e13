/// Where a message's buffer came from inside the file it was read from, so that an offset
/// in the buffer can be reported as a position in that file.
///
/// A standalone `.eml` starts at offset 0, line 1. A message taken out of an mbox starts
/// after its `From ` separator line; when mboxrd quoting (`>From `) was undone, each
/// removed `>` is remembered so that offsets and columns still point at the file's bytes.
public struct SourceOrigin: Sendable, Equatable {
    /// 0-based byte offset of the buffer's first byte in the file.
    public var byteOffset: Int
    /// 1-based line of the file on which the buffer's first byte stands.
    public var line: Int
    /// 0-based offsets in the buffer before which one `>` byte of the file was removed,
    /// in increasing order. Each is at the start of a line.
    public var removedQuoteOffsets: [Int]

    /// Creates an origin.
    public init(byteOffset: Int = 0, line: Int = 1, removedQuoteOffsets: [Int] = []) {
        self.byteOffset = byteOffset
        self.line = line
        self.removedQuoteOffsets = removedQuoteOffsets
    }

    /// The origin of a whole file.
    public static let file = SourceOrigin()

    /// How many removed bytes lie before buffer offset `offset` (inclusive).
    func removedCount(upTo offset: Int) -> Int {
        guard !removedQuoteOffsets.isEmpty else { return 0 }
        var low = 0
        var high = removedQuoteOffsets.count
        while low < high {
            let mid = (low + high) / 2
            if removedQuoteOffsets[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

/// A position in the file a message was read from.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    /// 0-based byte offset in the file.
    public var offset: Int
    /// 1-based line in the file (lines end at CR LF, LF or CR).
    public var line: Int
    /// 1-based column, counted in bytes.
    public var column: Int

    /// Creates a location.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// "line:column".
    public var description: String { "\(line):\(column)" }
}
