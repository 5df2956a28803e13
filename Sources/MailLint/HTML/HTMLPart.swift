import MailHTML

/// An HTML body (a `text/html` part, or a template file) with its analysis and a way from
/// lines of the decoded HTML back to lines of the file.
public struct HTMLPart {
    /// The MIME part, or nil for a template file.
    public var part: MIMEPart?
    /// The analysis of the decoded HTML.
    public var analysis: HTMLAnalysis
    /// 1-based file line of each 1-based HTML line (index 0 is line 1).
    let fileLines: [Int]
    /// Whether the HTML was transfer-encoded (quoted-printable or base64), so that its own
    /// lines differ from the file's.
    public var isEncoded: Bool

    /// The 1-based line in the file on which HTML line `htmlLine` stands.
    public func fileLine(forHTMLLine htmlLine: Int) -> Int {
        guard !fileLines.isEmpty else { return 1 }
        return fileLines[min(max(0, htmlLine - 1), fileLines.count - 1)]
    }

    /// Analyses the HTML of `part` in `message`.
    init(part: MIMEPart, decoded: DecodedText, message: Message) {
        self.part = part
        let utf8 = Array(decoded.text.utf8)
        analysis = HTMLAnalysis(bytes: utf8, charset: "utf-8")
        isEncoded = !part.effectiveTransferEncoding.isIdentity
        // Charset decoding keeps line breaks, so HTML line n starts where line n of the
        // transfer-decoded bytes starts; map that offset back to the raw part.
        let body = decoded.body
        let lineIndex = LineIndex(body.bytes)
        fileLines = lineIndex.lineStarts.map { message.location(of: body.rawOffset(forDecoded: $0)).line }
    }

    /// Analyses a template file's bytes (`charset` nil: from the document's own `<meta>`).
    public init(template bytes: [UInt8]) {
        part = nil
        analysis = HTMLAnalysis(bytes: bytes, charset: nil)
        isEncoded = false
        fileLines = LineIndex(bytes).lineStarts.indices.map { $0 + 1 }
    }
}
