import MailHTML

/// What a reader reads in one text part — the visible text of an HTML part or the text of a
/// plain part, in one form — with the way back to lines of the file.
public struct BodyText {
    /// The part.
    public var part: MIMEPart
    /// The text runs; for HTML, hidden text is left out.
    public var text: VisibleText
    /// Whether the runs' lines are lines of decoded HTML (else of the plain text).
    public var isHTML: Bool
    /// From the runs' lines to lines of the file.
    public var lines: DecodedLineMap
    /// The indexes of the runs that quote someone else or show code: plain lines that start
    /// with `>`, HTML text inside `<blockquote>`, `<pre>` or `<code>`, and everything from
    /// where a reply or forward shows earlier mail (`EarlierMail`). A dead end quoted from an
    /// earlier message, or shown in a code sample, is not the message's own.
    public var quotedRuns: Set<Int> = []
}

extension LintContext {
    /// Builds `bodyTexts` (stored lazily by the context).
    func makeBodyTexts() -> [BodyText] {
        var result: [BodyText] = []
        var html = htmlParts.makeIterator()
        for (part, decoded) in textParts {
            if part.contentType.subtype == "html" {
                guard let analysed = html.next() else { continue }
                let text = analysed.analysis.visibleText
                var quoted = Self.quotedRuns(of: text, in: analysed.analysis.tree)
                if let start = EarlierMail.start(of: text, in: analysed.analysis.tree) {
                    quoted.formUnion(start..<text.runs.count)
                }
                result.append(
                    BodyText(part: part, text: text, isHTML: true, lines: analysed.lines, quotedRuns: quoted))
            } else {
                let text = VisibleText(plainTextUTF8: decoded.sharedTextUTF8)
                var quoted: Set<Int> = []
                for (index, run) in text.runs.enumerated() where run.withUTF8({ $0.first }) == UInt8(ascii: ">") {
                    quoted.insert(index)
                }
                if let start = EarlierMail.start(of: text, in: nil) { quoted.formUnion(start..<text.runs.count) }
                result.append(
                    BodyText(
                        part: part, text: text, isHTML: false,
                        lines: DecodedLineMap(decoded: decoded, part: part, message: message), quotedRuns: quoted))
            }
        }
        return result
    }

    /// The runs of `text` inside `<blockquote>`, `<pre>` or `<code>` of `tree`: whether each
    /// element is inside one is decided top-down, from its parent's answer (nodes come in
    /// document order, parents first), a byte per node, and only when the document has one.
    private static func quotedRuns(of text: VisibleText, in tree: HTMLTree) -> Set<Int> {
        var quoted: Set<Int> = []
        let quoting = Set(["blockquote", "pre", "code"].flatMap(tree.elements(named:)))
        guard let first = quoting.min() else { return quoted }
        var inside = [Bool](repeating: false, count: tree.count)
        for index in first..<tree.count where tree.kind(index) == .element {
            let parent = tree.parent(index)
            inside[index] = (parent >= 0 && inside[parent]) || quoting.contains(index)
        }
        for (index, run) in text.runs.enumerated() where run.node >= 0 {
            let parent = tree.parent(run.node)
            if parent >= 0, inside[parent] { quoted.insert(index) }
        }
        return quoted
    }
}
