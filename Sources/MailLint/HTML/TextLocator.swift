/// Where a piece of readable text stands in the file. Runs of text know their line (for
/// HTML, the line libxml2 ends the text on); the text itself is found in the bytes near it.
enum TextLocator {
    /// The bytes of `message` where the text starts: the first of `candidates` (its words
    /// as written, longest first) found in a part that is not transfer-encoded, the
    /// occurrence nearest to `lineStart` within 4 KiB either side; the start of that line
    /// when none is found (an encoded part, an entity or a line break inside the words).
    static func locate(_ candidates: [[UInt8]], near lineStart: Int, part: MIMEPart, in message: Message)
        -> Range<Int>
    {
        guard part.effectiveTransferEncoding.isIdentity else { return lineStart..<lineStart }
        let start = max(part.bodyRange.lowerBound, lineStart - 4096)
        let end = min(lineStart + 4096, part.bodyRange.upperBound, message.bytes.count)
        guard start < end else { return lineStart..<lineStart }
        let window = message.bytes[start..<end]
        for needle in candidates where !needle.isEmpty && needle.count <= window.count {
            var nearest: Int?
            var index = window.startIndex
            while index + needle.count <= window.endIndex {
                if window[index] == needle[0], window[index..<(index + needle.count)].elementsEqual(needle),
                    abs(index - lineStart) < abs((nearest ?? Int.max / 2) - lineStart)
                {
                    nearest = index
                }
                index += 1
            }
            if let nearest { return nearest..<(nearest + needle.count) }
        }
        return lineStart..<lineStart
    }
}
