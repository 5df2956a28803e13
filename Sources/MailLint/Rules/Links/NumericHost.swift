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
        guard let (range, _) = URLHost.hostRange(in: bytes) else { return nil }
        let host = bytes[range]
        if host.first == UInt8(ascii: "[") {
            let inside = host.dropFirst().dropLast()
            guard inside.count > 0, inside.contains(UInt8(ascii: ":")),
                inside.allSatisfy({ ASCII.isHexDigit($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
            else { return nil }
            return String(decoding: host, as: UTF8.self)
        }
        guard host.allSatisfy({ ASCII.isDigit($0) || $0 == UInt8(ascii: ".") }) else { return nil }
        let parts = host.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        let isAddress =
            parts.count == 4
            && parts.allSatisfy {
                !$0.isEmpty && $0.count <= 3 && (Int(String(decoding: $0, as: UTF8.self)) ?? 256) <= 255
            }
            || (parts.count == 1 && host.count >= 7 && host.count <= 10)
        return isAddress ? String(decoding: host, as: UTF8.self) : nil
    }
}
