import MailHTML

/// An HTML body (a `text/html` part, or a template file) with its analysis and a way from
/// lines of the decoded HTML back to lines of the file.
public struct HTMLPart {
    /// The MIME part, or nil for a template file.
    public var part: MIMEPart?
    /// The analysis of the decoded HTML.
    public var analysis: HTMLAnalysis
    /// From lines of the decoded HTML to lines of the file.
    public let lines: DecodedLineMap
    /// Whether the HTML was transfer-encoded (quoted-printable or base64), so that its own
    /// lines differ from the file's.
    public var isEncoded: Bool
    /// The decoded part: its text, its transfer-decoded bytes and their way back to the file
    /// (nil for a template file).
    public var decoded: DecodedText?
    /// What the analysis could not read whole (a style sheet past its limit).
    public var defects: [ParseDefect] = []

    /// The 1-based line in the file on which HTML line `htmlLine` stands.
    public func fileLine(forHTMLLine htmlLine: Int) -> Int { lines.fileLine(for: htmlLine) }

    /// Analyses the HTML of `part` in `message`.
    init(part: MIMEPart, decoded: DecodedText, message: Message) {
        self.part = part
        // The text's own UTF-8: where it is the message's own bytes, the analysis keeps
        // them and reads its text from them; a decoded string is read in place, its text
        // copied into the tree.
        if let source = decoded.inPlaceTextUTF8 {
            analysis = HTMLAnalysis(source: source, charset: "utf-8")
        } else {
            analysis = decoded.withTextUTF8 { HTMLAnalysis(bytes: $0, charset: "utf-8") }
        }
        isEncoded = !part.effectiveTransferEncoding.isIdentity
        lines = DecodedLineMap(decoded: decoded, part: part, message: message)
        self.decoded = decoded
        if analysis.cascade.unreadStyleBytes > 0 {
            defects.append(
                ParseDefect(
                    .styleSheetTooLarge, range: part.header.range.lowerBound..<part.bodyRange.lowerBound,
                    partPath: part.path,
                    evidence:
                        "\(analysis.cascade.unreadStyleBytes) bytes of <style> text past the first \(Cascade.maxStyleBytes / 1024) KiB are not read"
                ))
        }
        if let line = analysis.tree.nodeLimitLine {
            defects.append(
                ParseDefect(
                    .htmlTooLarge, range: part.header.range.lowerBound..<part.bodyRange.lowerBound, partPath: part.path,
                    evidence:
                        "not analysed from line \(fileLine(forHTMLLine: line)) on: \(analysis.tree.count) nodes kept, the most for \(decoded.byteCount) bytes of HTML (one per 68 bytes and 32 MiB more, a link or an image counted as three)"
                ))
        }
    }

    /// Analyses a template file's bytes (`charset` nil: from the document's own `<meta>`).
    public init(template bytes: [UInt8]) {
        part = nil
        analysis = HTMLAnalysis(bytes: bytes, charset: nil)
        isEncoded = false
        lines = DecodedLineMap(identityOver: bytes)
        decoded = nil
    }
}
