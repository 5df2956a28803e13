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

    /// The canonical form of `body`, written in one pass: line breaks become CR LF, empty
    /// lines are held back until a line with content follows (so trailing ones vanish), and
    /// for `relaxed` each run of white space is held as one pending space, written only
    /// before more content on the line (so trailing white space vanishes).
    public static func canonicalize(_ body: ArraySlice<UInt8>, _ canonicalization: Canonicalization) -> [UInt8] {
        let relaxed = canonicalization == .relaxed
        var out: [UInt8] = []
        out.reserveCapacity(body.count + body.count / 32)
        var heldLineBreaks = 0
        var lineHasContent = false
        var pendingSpace = false
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            if byte == ASCII.cr || byte == ASCII.lf {
                if lineHasContent {
                    out.append(ASCII.cr)
                    out.append(ASCII.lf)
                    lineHasContent = false
                } else {
                    heldLineBreaks += 1
                }
                pendingSpace = false
                if byte == ASCII.cr, index + 1 < body.endIndex, body[index + 1] == ASCII.lf { index += 1 }
            } else if relaxed, ASCII.isWhitespace(byte) {
                pendingSpace = true
            } else {
                if !lineHasContent {
                    for _ in 0..<heldLineBreaks {
                        out.append(ASCII.cr)
                        out.append(ASCII.lf)
                    }
                    heldLineBreaks = 0
                    lineHasContent = true
                }
                if pendingSpace {
                    out.append(ASCII.space)
                    pendingSpace = false
                }
                out.append(byte)
            }
            index += 1
        }
        // A last line without a line break still ends the body with CR LF.
        if lineHasContent {
            out.append(ASCII.cr)
            out.append(ASCII.lf)
        }
        if out.isEmpty, !relaxed { out = [ASCII.cr, ASCII.lf] }
        return out
    }
}
