/// A parsed message: its bytes, its MIME tree and the deviations found while reading it.
///
/// Every range in the tree is a 0-based byte range in `bytes`. `locator` turns such an
/// offset into a position in the file the message came from (`SourceOrigin`).
public struct Message: Sendable {
    /// The message exactly as read (for an mbox message: after the `From ` line, with
    /// mboxrd `>From ` quoting undone).
    public let bytes: [UInt8]
    /// The top-level entity: the message header and its body.
    public let root: MIMEPart
    /// Deviations found while parsing the structure. Body decoding reports its own
    /// (see `decodedBody(of:)`).
    public let defects: [ParseDefect]
    /// Turns buffer offsets into file positions.
    public let locator: MessageLocator

    init(bytes: [UInt8], root: MIMEPart, defects: [ParseDefect], locator: MessageLocator) {
        self.bytes = bytes
        self.root = root
        self.defects = defects
        self.locator = locator
    }

    /// The message's own header fields.
    public var header: HeaderBlock { root.header }

    /// The leaf parts in document order.
    public var leafParts: [MIMEPart] { root.leafParts }

    /// The file position of a 0-based offset in `bytes`.
    public func location(of offset: Int) -> SourceLocation { locator.location(of: offset) }
}
