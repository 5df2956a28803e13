#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The start offset of every line of a byte buffer, so that a byte offset can be turned
/// into a 1-based line and column.
///
/// A line ends at CR LF, at a bare LF or at a bare CR: the same three line breaks the
/// header and MIME scanners accept, so a line number here names the same line a parser
/// defect speaks of. This is the only place in MailParser where lines are counted.
///
/// - Complexity: building is O(n) in the buffer's length; a lookup is O(log lines).
public struct LineIndex: Sendable, Equatable {
    /// 0-based byte offsets at which each line starts, the first always 0: four bytes a
    /// line, for a large message has a million lines (offsets past 4 GiB − 1, far beyond any
    /// input the CLI accepts, are clamped).
    private let starts: [UInt32]
    /// Length of the indexed buffer in bytes.
    public let byteCount: Int
    /// How many lines end in CR LF, in a bare LF and in a bare CR.
    public let lineBreakCounts: (crlf: Int, lf: Int, cr: Int)
    /// 0-based offset of the first bare LF, if any.
    public let firstBareLineFeed: Int?
    /// 0-based offset of the first bare CR, if any.
    public let firstBareCarriageReturn: Int?

    /// Indexes `bytes`.
    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { LineIndex($0) }
    }

    /// Indexes the bytes of `buffer`. Line breaks are found with `memchr`, which the C
    /// library runs over many bytes at a time: lines are long next to their breaks.
    public init(_ buffer: UnsafeBufferPointer<UInt8>) {
        var starts: [UInt32] = [0]
        starts.reserveCapacity(buffer.count / 40 + 1)
        let count = buffer.count
        var crlf = 0
        var lf = 0
        var cr = 0
        var firstLF: Int?
        var firstCR: Int?
        if let base = buffer.baseAddress, count > 0 {
            /// The offset of the next `byte` at or after `from`, or `count`.
            func next(_ byte: UInt8, from: Int) -> Int {
                guard from < count, let found = memchr(base + from, Int32(byte), count - from) else { return count }
                return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            var nextLF = next(ASCII.lf, from: 0)
            var nextCR = next(ASCII.cr, from: 0)
            while min(nextLF, nextCR) < count {
                if nextCR < nextLF {
                    let position = nextCR
                    if position + 1 < count, buffer[position + 1] == ASCII.lf {
                        crlf += 1
                        starts.append(UInt32(clamping: position + 2))
                        nextLF = next(ASCII.lf, from: position + 2)
                    } else {
                        cr += 1
                        if firstCR == nil { firstCR = position }
                        starts.append(UInt32(clamping: position + 1))
                    }
                    nextCR = next(ASCII.cr, from: position + 1)
                } else {
                    lf += 1
                    if firstLF == nil { firstLF = nextLF }
                    starts.append(UInt32(clamping: nextLF + 1))
                    nextLF = next(ASCII.lf, from: nextLF + 1)
                }
            }
        }
        self.starts = starts
        byteCount = count
        lineBreakCounts = (crlf, lf, cr)
        firstBareLineFeed = firstLF
        firstBareCarriageReturn = firstCR
    }

    /// Whether both hold the same values.
    public static func == (lhs: LineIndex, rhs: LineIndex) -> Bool {
        lhs.starts == rhs.starts && lhs.byteCount == rhs.byteCount
    }

    /// Number of lines (a buffer that ends with a line break has an empty last line).
    public var lineCount: Int { starts.count }

    /// The 0-based byte offset at which 0-based line `index` starts (`index < lineCount`).
    public func lineStart(_ index: Int) -> Int { Int(starts[index]) }

    /// Every line's start offset, made on each read: large readers use `lineStart(_:)`.
    public var lineStarts: [Int] { starts.map { Int($0) } }

    /// The 1-based line and 1-based byte column of a 0-based byte `offset`.
    ///
    /// Offsets past the end are clamped to the end of the buffer. The column counts
    /// bytes, not characters: a reporter that wants Unicode scalars converts it with the
    /// line's bytes.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, byteCount))
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(starts[mid]) <= clamped { low = mid } else { high = mid - 1 }
        }
        return (low + 1, clamped - Int(starts[low]) + 1)
    }

    /// The 0-based byte offset at which 1-based `line` starts, or nil past the last line.
    public func offset(ofLine line: Int) -> Int? {
        guard line >= 1, line <= starts.count else { return nil }
        return Int(starts[line - 1])
    }
}
