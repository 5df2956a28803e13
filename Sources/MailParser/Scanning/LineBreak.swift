#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The line breaks a scanner accepts, as they were written.
///
/// RFC 5322 §2.3 allows only CR LF; real mail also uses a bare LF (Unix files) and,
/// rarely, a bare CR (old Mac files). MailParser ends a line at any of the three and
/// records the bare ones as defects where a rule cares.
public enum LineBreak: Sendable, Equatable {
    /// CR LF, two bytes.
    case crlf
    /// A bare LF, one byte.
    case lf
    /// A bare CR, one byte.
    case cr
    /// The last line of the buffer has no line break.
    case none

    /// Length of the line break in bytes.
    public var length: Int {
        switch self {
        case .crlf: return 2
        case .lf, .cr: return 1
        case .none: return 0
        }
    }
}

/// One line of a buffer: its content and the line break that ends it.
public struct ScannedLine: Sendable, Equatable {
    /// 0-based offset of the first byte of the line.
    public var start: Int
    /// 0-based offset just past the line's content (where the line break starts).
    public var contentEnd: Int
    /// How the line ends.
    public var lineBreak: LineBreak

    /// 0-based offset just past the line break: where the next line starts.
    public var end: Int { contentEnd + lineBreak.length }
    /// Byte length of the content, without the line break.
    public var contentLength: Int { contentEnd - start }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The line that starts at `start`, ending at CR LF, LF or CR (or at `limit`).
    ///
    /// - Complexity: O(length of the line). The LF is looked for with `memchr` in chunks
    ///   that double from 256 bytes, then a CR before it (a CR LF, or a bare CR that ends the
    ///   line earlier), so the bytes are read many at a time and a file of bare CRs is not
    ///   searched to its end for every line.
    func scanLine(from start: Int, limit: Int) -> ScannedLine {
        guard start < limit, let base = baseAddress else {
            return ScannedLine(start: start, contentEnd: limit, lineBreak: .none)
        }
        /// The offset of the first `byte` in `from..<to`, or nil.
        func first(_ byte: UInt8, from: Int, to: Int) -> Int? {
            guard from < to, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        var chunkStart = start
        var chunkLength = 256
        while chunkStart < limit {
            let chunkEnd = limit - chunkStart > chunkLength ? chunkStart + chunkLength : limit
            let lineFeed = first(ASCII.lf, from: chunkStart, to: chunkEnd)
            if let carriageReturn = first(ASCII.cr, from: chunkStart, to: lineFeed ?? chunkEnd) {
                let isCRLF = carriageReturn + 1 < limit && self[carriageReturn + 1] == ASCII.lf
                return ScannedLine(start: start, contentEnd: carriageReturn, lineBreak: isCRLF ? .crlf : .cr)
            }
            if let lineFeed { return ScannedLine(start: start, contentEnd: lineFeed, lineBreak: .lf) }
            chunkStart = chunkEnd
            chunkLength = Swift.min(chunkLength * 2, 1 << 20)
        }
        return ScannedLine(start: start, contentEnd: limit, lineBreak: .none)
    }
}
