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
    /// - Complexity: O(length of the line); the search for the line break uses `memchr`
    ///   semantics through a tight loop over the buffer.
    func scanLine(from start: Int, limit: Int) -> ScannedLine {
        var index = start
        while index < limit {
            let byte = self[index]
            if byte == ASCII.lf {
                return ScannedLine(start: start, contentEnd: index, lineBreak: .lf)
            }
            if byte == ASCII.cr {
                if index + 1 < limit, self[index + 1] == ASCII.lf {
                    return ScannedLine(start: start, contentEnd: index, lineBreak: .crlf)
                }
                return ScannedLine(start: start, contentEnd: index, lineBreak: .cr)
            }
            index += 1
        }
        return ScannedLine(start: start, contentEnd: limit, lineBreak: .none)
    }
}
