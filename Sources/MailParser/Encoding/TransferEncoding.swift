/// A Content-Transfer-Encoding (RFC 2045 §6).
public enum TransferEncoding: Sendable, Equatable {
    case sevenBit
    case eightBit
    case binary
    case quotedPrintable
    case base64
    /// A value MailParser does not know, lowercased; the body is used as it is.
    case other(String)

    /// Reads a header value (case-insensitive, white space and comments ignored).
    public init(headerValue: String) {
        var value = headerValue.lowercased()
        if let paren = value.firstIndex(of: "(") { value = String(value[..<paren]) }
        value = value.trimmingCharacters(in: " \t\"")
        switch value {
        case "7bit": self = .sevenBit
        case "8bit": self = .eightBit
        case "binary": self = .binary
        case "quoted-printable": self = .quotedPrintable
        case "base64": self = .base64
        default: self = .other(value)
        }
    }

    /// The lowercase name as it appears in a header.
    public var name: String {
        switch self {
        case .sevenBit: return "7bit"
        case .eightBit: return "8bit"
        case .binary: return "binary"
        case .quotedPrintable: return "quoted-printable"
        case .base64: return "base64"
        case .other(let value): return value
        }
    }

    /// Whether the encoding leaves the bytes as they are.
    public var isIdentity: Bool {
        switch self {
        case .sevenBit, .eightBit, .binary, .other: return true
        case .quotedPrintable, .base64: return false
        }
    }
}
