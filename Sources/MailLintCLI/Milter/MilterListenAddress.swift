import Foundation

/// Where the milter listens: `unix:/path/to/socket` or `inet:HOST:PORT` (Postfix's and
/// Sendmail's notation; `inet:PORT` means 127.0.0.1). A host other than a loopback address
/// is refused unless remote listening is asked for explicitly: a content filter that any
/// host can reach would lint (and answer for) anyone's mail.
enum MilterListenAddress: Equatable {
    case unix(path: String)
    case inet(host: String, port: UInt16)

    /// Reads `text`; `allowRemote` permits a host that is not loopback.
    init(_ text: String, allowRemote: Bool) throws(UsageError) {
        if text.hasPrefix("unix:") || text.hasPrefix("local:") {
            let path = String(text.drop { $0 != ":" }.dropFirst())
            guard !path.isEmpty else { throw UsageError("--listen \(text): no socket path after 'unix:'") }
            guard path.utf8.count < 108 else {
                throw UsageError("--listen \(text): a Unix socket path has at most 107 bytes")
            }
            self = .unix(path: path)
            return
        }
        guard text.hasPrefix("inet:") else {
            throw UsageError("--listen \(text): expected unix:/path or inet:HOST:PORT (or inet:PORT)")
        }
        let rest = text.dropFirst(5)
        let host: String
        let portText: Substring
        if let colon = rest.lastIndex(of: ":") {
            host = String(rest[..<colon])
            portText = rest[rest.index(after: colon)...]
        } else {
            host = "127.0.0.1"
            portText = rest
        }
        guard let port = UInt16(portText), port > 0 else {
            throw UsageError("--listen \(text): '\(portText)' is not a port number (1–65535)")
        }
        let resolved = host == "localhost" ? "127.0.0.1" : host
        guard inet_addr(resolved) != INADDR_NONE || resolved == "255.255.255.255" else {
            throw UsageError("--listen \(text): '\(host)' is not an IPv4 address")
        }
        if !allowRemote, !resolved.hasPrefix("127.") {
            throw UsageError(
                "--listen \(text): '\(host)' is not a loopback address; give --allow-remote to listen there")
        }
        self = .inet(host: resolved, port: port)
    }

    var description: String {
        switch self {
        case .unix(let path): return "unix:\(path)"
        case .inet(let host, let port): return "inet:\(host):\(port)"
        }
    }
}
