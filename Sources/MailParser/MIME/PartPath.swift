/// A MIME part's number in IMAP's scheme (RFC 3501 §6.4.5).
///
/// A single-part message has the single part "1". The children of a multipart are "1",
/// "2", …; their children "2.1", "2.2", and so on. The body of an encapsulated
/// `message/rfc822` at "3" is "3.1" when it is single-part; the children of a multipart
/// body are "3.1", "3.2". A multipart entity that is a whole message (the top level, or
/// the body of a message/rfc822) has no number of its own: its path is the path of the
/// message, which is empty at the top.
public struct PartPath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based numbers from the top; empty for the top-level message itself.
    public var components: [Int]

    /// Creates a path from its 1-based numbers.
    public init(_ components: [Int] = []) { self.components = components }

    /// The path of the `number`th (1-based) child.
    public func appending(_ number: Int) -> PartPath { PartPath(components + [number]) }

    /// "1.2.3"; the empty path (the top-level message) is "0".
    public var description: String {
        components.isEmpty ? "0" : components.map(String.init).joined(separator: ".")
    }

    /// Document order: "1" < "1.1" < "1.2" < "2".
    public static func < (lhs: PartPath, rhs: PartPath) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }
}
