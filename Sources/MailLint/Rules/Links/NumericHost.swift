/// The host of an `http` or `https` URL when it is an IP address rather than a name:
/// dotted IPv4 (`203.0.113.5`), an IPv6 literal in brackets (`[2001:db8::1]`), or one
/// number (`3405803786`, which browsers read as an IPv4 address).
enum NumericHost {
    /// The IP host of `url` as written, or nil (another scheme, a domain name, no host).
    static func of(_ url: String) -> String? {
        var url = url
        return url.withUTF8(of(bytes:))
    }

    /// The same over the URL's UTF-8, read in place.
    private static func of(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start: Int
        if ASCII.hasPrefixIgnoringCase(bytes, "https://") {
            start = 8
        } else if ASCII.hasPrefixIgnoringCase(bytes, "http://") {
            start = 7
        } else {
            return nil
        }
        var end = start
        while end < bytes.count, !Self.endsAuthority(bytes[end]) { end += 1 }
        // userinfo@ comes before the host.
        if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = at + 1 }
        guard start < end else { return nil }
        if bytes[start] == UInt8(ascii: "[") {
            guard let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]")), close > start + 1 else {
                return nil
            }
            let inside = bytes[(start + 1)..<close]
            guard inside.contains(UInt8(ascii: ":")),
                inside.allSatisfy({ ASCII.isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
            else { return nil }
            return String(decoding: bytes[start...close], as: UTF8.self)
        }
        var hostEnd = end
        if let colon = bytes[start..<end].firstIndex(of: UInt8(ascii: ":")) { hostEnd = colon }
        let host = bytes[start..<hostEnd]
        guard !host.isEmpty, host.allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        let parts = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let isAddress =
            parts.count == 4
            && parts.allSatisfy {
                !$0.isEmpty && $0.count <= 3 && (Int(String(decoding: $0, as: UTF8.self)) ?? 256) <= 255
            }
            || (parts.count == 1 && host.count >= 7 && host.count <= 10)
        return isAddress ? String(decoding: host, as: UTF8.self) : nil
    }

    /// `/ ? # \`: the bytes that end a URL's authority.
    private static func endsAuthority(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
            || byte == UInt8(ascii: "\\")
    }
}
