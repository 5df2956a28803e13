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
}

extension LintContext {
    /// Builds `bodyTexts` (stored lazily by the context).
    func makeBodyTexts() -> [BodyText] {
        var result: [BodyText] = []
        var html = htmlParts.makeIterator()
        for (part, decoded) in textParts {
            if part.contentType.subtype == "html" {
                guard let analysed = html.next() else { continue }
                result.append(
                    BodyText(part: part, text: analysed.analysis.visibleText, isHTML: true, lines: analysed.lines))
            } else {
                result.append(
                    BodyText(
                        part: part, text: VisibleText(plainText: decoded.text), isHTML: false,
                        lines: DecodedLineMap(decoded: decoded, message: message)))
            }
        }
        return result
    }
}

/// A body text joined into one string and folded for the phrase automata (see `FoldedText`),
/// once per message, for every phrase table that reads bodies.
struct FoldedBody {
    /// The body text it comes from.
    var body: BodyText
    /// The runs joined, each followed by a space.
    var joined: String
    /// Where each run starts in `joined`, in unicode scalars.
    var runStarts: [Int]
    /// `joined`, folded.
    var folded: FoldedText

    init(_ body: BodyText) {
        self.body = body
        var joined = ""
        var runStarts: [Int] = []
        var count = 0
        for run in body.text.runs {
            runStarts.append(count)
            let text = run.text == "\n" ? " " : run.text + " "
            joined += text
            count += text.unicodeScalars.count
        }
        self.joined = joined
        self.runStarts = runStarts
        folded = FoldedText(joined)
    }
}
