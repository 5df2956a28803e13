/// The host of an `http` or `https` URL, read from its bytes: after `//` and any `user@`,
/// before the port, path, query or fragment.
enum URLHost {
    /// A URL's scheme and host.
    struct Parts: Equatable {
        /// Whether the scheme is `https` (else `http`).
        var isHTTPS: Bool
        /// The host as written, lowercase (an IPv6 literal with its brackets).
        var host: String
    }

    /// The scheme and host of `url`, or nil (another scheme, no host).
    static func of(_ url: String) -> Parts? {
        var url = url
        return url.withUTF8 { bytes in
            hostRange(in: bytes).map { range, isHTTPS in
                Parts(isHTTPS: isHTTPS, host: String(decoding: bytes[range], as: UTF8.self).lowercased())
            }
        }
    }

    /// Where the host of the URL in `bytes` is, and whether it is https.
    static func hostRange(in bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>, isHTTPS: Bool)? {
        var start: Int
        let isHTTPS: Bool
        if ASCII.hasPrefixIgnoringCase(bytes, "https://") {
            (start, isHTTPS) = (8, true)
        } else if ASCII.hasPrefixIgnoringCase(bytes, "http://") {
            (start, isHTTPS) = (7, false)
        } else {
            return nil
        }
        var end = start
        while end < bytes.count, !endsAuthority(bytes[end]) { end += 1 }
        // userinfo@ comes before the host.
        if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = at + 1 }
        guard start < end else { return nil }
        if bytes[start] == UInt8(ascii: "["), let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]")) {
            return (start..<(close + 1), isHTTPS)
        }
        let hostEnd = bytes[start..<end].firstIndex(of: UInt8(ascii: ":")) ?? end
        return start < hostEnd ? (start..<hostEnd, isHTTPS) : nil
    }

    /// `/ ? # \`: the bytes that end a URL's authority.
    private static func endsAuthority(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
            || byte == UInt8(ascii: "\\")
    }

    /// The domain a host belongs to, as its owner registered it: its organisational domain
    /// by the bundled Public Suffix List (`shop.example.co.uk` → `example.co.uk`,
    /// `alice.github.io` stays itself), the host itself when it is a public suffix.
    static func registrableDomain(_ host: String) -> String {
        PublicSuffixList.bundled.organisationalDomain(of: host)
    }
}
