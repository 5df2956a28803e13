/// Where a piece of readable text stands in the file. Runs of text know their line (for
/// HTML, the line libxml2 ends the text on); the text itself is found in the bytes near it.
enum TextLocator {
    /// The bytes of `message` where the text starts: the first of `candidates` (its words
    /// as a reader reads them, longest first) found in a part that is not transfer-encoded,
    /// the occurrence nearest to `lineStart` within 4 KiB either side; the start of that line
    /// when none is found (an encoded part, a tag inside the words).
    ///
    /// The words are matched as written: in HTML a character may stand as a character
    /// reference (`Don&#39;t`, `r&eacute;pondre`); a space as any run of white space, line
    /// breaks and no-break spaces (`do&nbsp;not`, a plain-text line wrapped after "not").
    static func locate(_ candidates: [[UInt8]], near lineStart: Int, part: MIMEPart, in message: Message)
        -> Range<Int>
    {
        guard part.effectiveTransferEncoding.isIdentity else { return lineStart..<lineStart }
        let start = max(part.bodyRange.lowerBound, lineStart - 4096)
        let end = min(lineStart + 4096, part.bodyRange.upperBound, message.bytes.count)
        guard start < end else { return lineStart..<lineStart }
        let window = message.bytes[start..<end]
        let readsReferences = part.contentType.subtype == "html"
        for needle in candidates where !needle.isEmpty {
            var nearest: Range<Int>?
            for index in window.indices
            where window[index] == needle[0] || (readsReferences && window[index] == UInt8(ascii: "&")) {
                guard
                    let matchEnd = WrittenText.matchEnd(
                        of: needle, at: index, in: window, readsReferences: readsReferences)
                else { continue }
                if abs(index - lineStart) < abs((nearest?.lowerBound ?? Int.max / 2) - lineStart) {
                    nearest = index..<matchEnd
                }
            }
            if let nearest { return nearest }
        }
        return lineStart..<lineStart
    }
}
