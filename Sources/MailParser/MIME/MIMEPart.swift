/// One MIME entity (RFC 2045 §2.4): a message, or a body part of a multipart, with its
/// header, its body's position, and its children.
public struct MIMEPart: Sendable {
    /// What the entity's body is.
    public enum Kind: Sendable, Equatable {
        /// A body that is not split further: text, an image, an attachment.
        case leaf
        /// A multipart whose children are the parts between its boundary lines.
        case multipart
        /// A `message/rfc822` or `message/global` whose only child is the message it holds.
        case encapsulatedMessage
    }

    /// The IMAP part number (see `PartPath`).
    public var path: PartPath
    /// What the body is.
    public var kind: Kind
    /// The entity's header fields.
    public var header: HeaderBlock
    /// 0-based byte offsets of the body in the message buffer: after the blank line that
    /// ends the header, up to (not including) the line break before the next boundary
    /// line, or the end of the enclosing entity.
    public var bodyRange: Range<Int>
    /// The Content-Type in effect: as declared, or the default (`text/plain`, or
    /// `message/rfc822` inside `multipart/digest`) when it is missing or invalid.
    public var contentType: ContentType
    /// Whether a valid Content-Type field gave `contentType`.
    public var hasDeclaredContentType: Bool
    /// The Content-Transfer-Encoding field's value, or nil when there is none.
    public var transferEncoding: TransferEncoding?
    /// The Content-Disposition field, or nil.
    public var disposition: ContentDisposition?
    /// The children: the parts of a multipart, or the one message of a message/rfc822.
    public var children: [MIMEPart]
    /// For a multipart: the bytes before the first boundary line (RFC 2046 §5.1.1).
    public var preambleRange: Range<Int>?
    /// For a multipart: the bytes after the close delimiter line.
    public var epilogueRange: Range<Int>?
    /// For a multipart: each boundary line (delimiter and close delimiter), without its
    /// line break.
    public var boundaryLineRanges: [Range<Int>]
    /// Nesting depth: 0 for the top-level message.
    public var depth: Int

    /// The transfer encoding in effect: the declared one, or 7bit.
    public var effectiveTransferEncoding: TransferEncoding { transferEncoding ?? .sevenBit }

    /// The filename: Content-Disposition's `filename`, else Content-Type's `name`, decoded,
    /// white space around it removed (as mail clients save it).
    public var filename: String? {
        (disposition?.filename ?? contentType.parameter("name")).map { $0.trimmingCharacters(in: " \t") }
    }

    /// This entity and every entity below it, in document order.
    public var allParts: [MIMEPart] {
        var result: [MIMEPart] = []
        visit { result.append($0) }
        return result
    }

    /// The leaf entities below (or equal to) this one, in document order.
    public var leafParts: [MIMEPart] {
        var result: [MIMEPart] = []
        visit { if $0.kind == .leaf { result.append($0) } }
        return result
    }

    /// Calls `body` on this entity and every entity below it, depth first.
    public func visit(_ body: (MIMEPart) -> Void) {
        body(self)
        for child in children { child.visit(body) }
    }
}
