/// The body hash of a DKIM signature (RFC 6376 §3.7): the body canonicalised `simple` or
/// `relaxed` (§3.4.3, §3.4.4), cut to `l=` octets when given, hashed with SHA-256.
///
/// Bodies are read as they will be transmitted: a bare LF or bare CR counts as CR LF.
public enum DKIMBodyHash {
    /// The body canonicalisations of RFC 6376.
    public enum Canonicalization: String, Sendable {
        case simple
        case relaxed
    }

    /// The SHA-256 of `body` canonicalised with `canonicalization`, cut to `length` octets.
    public static func sha256(_ body: ArraySlice<UInt8>, _ canonicalization: Canonicalization, length: Int? = nil)
        -> [UInt8]
    {
        var canonical = canonicalize(body, canonicalization)
        if let length, length >= 0, length < canonical.count { canonical.removeSubrange(length...) }
        return SHA256.hash(canonical)
    }

    /// The canonical form of `body`.
    public static func canonicalize(_ body: ArraySlice<UInt8>, _ canonicalization: Canonicalization) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 32)
        var line: [UInt8] = []
        var pendingEmptyLines = 0
        func endLine() {
            if canonicalization == .relaxed {
                while let last = line.last, ASCII.isWhitespace(last) { line.removeLast() }
            }
            if line.isEmpty {
                pendingEmptyLines += 1  // kept only if a non-empty line follows
            } else {
                for _ in 0..<pendingEmptyLines { out += [ASCII.cr, ASCII.lf] }
                pendingEmptyLines = 0
                out += line
                out += [ASCII.cr, ASCII.lf]
            }
            line.removeAll(keepingCapacity: true)
        }
        var index = body.startIndex
        var sawWhitespace = false
        while index < body.endIndex {
            let byte = body[index]
            if byte == ASCII.cr || byte == ASCII.lf {
                endLine()
                sawWhitespace = false
                if byte == ASCII.cr, index + 1 < body.endIndex, body[index + 1] == ASCII.lf { index += 1 }
            } else if canonicalization == .relaxed, ASCII.isWhitespace(byte) {
                sawWhitespace = true
            } else {
                if sawWhitespace {
                    line.append(ASCII.space)
                    sawWhitespace = false
                }
                line.append(byte)
            }
            index += 1
        }
        // A last line without a line break still ends the body with CR LF.
        if !line.isEmpty { endLine() }
        if out.isEmpty, canonicalization == .simple { out = [ASCII.cr, ASCII.lf] }
        return out
    }
}
