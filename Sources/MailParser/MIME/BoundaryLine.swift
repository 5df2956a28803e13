/// Recognises the boundary lines of a multipart (RFC 2046 §5.1.1).
///
/// A delimiter line is `--` boundary, then optional white space (transport padding), then
/// the line break; a close delimiter has `--` after the boundary. Anything else after the
/// boundary makes the line ordinary content, so `--abc` never matches inside `--abcd`.
struct BoundaryLine {
    enum Match { case delimiter, close }

    let boundary: [UInt8]

    init(_ boundary: String) { self.boundary = Array(boundary.utf8) }

    func match(_ buffer: UnsafeBufferPointer<UInt8>, _ line: ScannedLine) -> Match? {
        let length = line.contentLength
        guard length >= boundary.count + 2, buffer[line.start] == ASCII.hyphen,
            buffer[line.start + 1] == ASCII.hyphen
        else { return nil }
        var index = line.start + 2
        for byte in boundary {
            guard buffer[index] == byte else { return nil }
            index += 1
        }
        var result = Match.delimiter
        if index + 1 < line.contentEnd, buffer[index] == ASCII.hyphen, buffer[index + 1] == ASCII.hyphen {
            result = .close
            index += 2
        }
        while index < line.contentEnd {
            guard ASCII.isWhitespace(buffer[index]) else { return nil }
            index += 1
        }
        return result
    }

    /// Whether the boundary follows RFC 2046's grammar: 1 to 70 characters from `bchars`,
    /// not ending in a space.
    var isValidSyntax: Bool {
        guard (1...70).contains(boundary.count), boundary.last != ASCII.space else { return false }
        return boundary.allSatisfy { byte in
            ASCII.isLetter(byte) || ASCII.isDigit(byte) || "'()+_,-./:=? ".utf8.contains(byte)
        }
    }
}
