/// Bounds on the work MailParser does for one message.
///
/// Hostile or broken input must not make the parser crash, hang, or use memory beyond a
/// small multiple of the input. Each limit, when hit, is recorded as a defect of the
/// kind named below, and parsing goes on where it safely can.
public struct ParserLimits: Sendable, Equatable {
    /// Header fields per header block; more: `DefectKind.tooManyHeaderFields`.
    public var maxHeaderFields: Int
    /// Bytes in one header block; more: `DefectKind.headerBlockTooLarge`.
    public var maxHeaderBytes: Int
    /// Multipart and message/rfc822 nesting depth; deeper: `DefectKind.nestingTooDeep`.
    public var maxNestingDepth: Int
    /// MIME entities in one message; more: `DefectKind.tooManyParts`.
    public var maxParts: Int
    /// Decoded bytes of one body; more: `DefectKind.decodedSizeLimit`.
    public var maxDecodedBytes: Int
    /// Encoded words decoded in one header value; the rest are kept as written.
    public var maxEncodedWordsPerField: Int

    /// Creates limits; every argument has a default that no legitimate message reaches.
    public init(
        maxHeaderFields: Int = 10_000,
        maxHeaderBytes: Int = 4 << 20,
        maxNestingDepth: Int = 64,
        maxParts: Int = 10_000,
        maxDecodedBytes: Int = 128 << 20,
        maxEncodedWordsPerField: Int = 10_000
    ) {
        self.maxHeaderFields = maxHeaderFields
        self.maxHeaderBytes = maxHeaderBytes
        self.maxNestingDepth = maxNestingDepth
        self.maxParts = maxParts
        self.maxDecodedBytes = maxDecodedBytes
        self.maxEncodedWordsPerField = maxEncodedWordsPerField
    }

    /// The defaults.
    public static let `default` = ParserLimits()
}
