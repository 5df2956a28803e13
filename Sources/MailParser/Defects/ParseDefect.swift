/// One deviation the parser tolerated: what it is, where it is, and what it saw.
public struct ParseDefect: Sendable, Equatable {
    /// What kind of deviation this is.
    public var kind: DefectKind
    /// 0-based byte offsets in the message's buffer that the defect concerns.
    public var range: Range<Int>
    /// The IMAP part path of the entity it was found in ("1", "2.1"), or nil for the
    /// top-level header block.
    public var partPath: PartPath?
    /// The name of the header field it was found in, if any, as written.
    public var headerName: String?
    /// A short human-readable account of what was found (the bytes, the value, the limit).
    public var evidence: String

    /// Creates a defect.
    public init(
        _ kind: DefectKind, range: Range<Int>, partPath: PartPath? = nil, headerName: String? = nil,
        evidence: String
    ) {
        self.kind = kind
        self.range = range
        self.partPath = partPath
        self.headerName = headerName
        self.evidence = evidence
    }
}
