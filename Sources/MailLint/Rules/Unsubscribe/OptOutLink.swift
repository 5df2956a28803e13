import MailHTML

/// A way out that the body offers: an unsubscribe or preferences link of an HTML part, or an
/// opt-out URL or address in a plain-text part. Found once per message (`LintContext.optOutLinks`)
/// and shared by the unsubscribe rules.
public struct OptOutLink {
    /// The part it is in.
    public var part: MIMEPart
    /// The URL (or address) as written.
    public var href: String
    /// What it says to the reader (link text, alt text, label; the line for plain text).
    public var text: String
    /// Why it was recognised ("link text “Unsubscribe” (en)", "URL carries “unsubscribe”").
    public var recognisedBy: String
    /// Whether it unsubscribes or leads to preferences.
    public var offer: OptOutOffer
    /// The HTML link and its analysis; nil in a plain-text part.
    public var link: Link?
    /// Index into `LintContext.htmlParts`, for an HTML link.
    public var htmlPartIndex: Int?
    /// 0-based offset in the message buffer where it starts (the `<a` of an HTML link; the
    /// encoded line holding it when the part is quoted-printable or base64).
    public var offset: Int
    /// The 1-based line in the decoded HTML, for a link in an encoded HTML part.
    public var htmlLine: Int?
    /// 0-based offset of the `<a` in the transfer-decoded HTML, when it was found there.
    public var decodedOffset: Int? = nil
    /// The HTML element's path (`html > body > table > tr > td > a`), for an HTML link.
    public var elementPath: String? = nil

    /// "unsubscribe" or "preferences", for messages.
    public var name: String { offer == .unsubscribe ? "unsubscribe" : "preferences" }

    /// Whether a reader sees it: plain text always; HTML unless it is hidden.
    public var isVisible: Bool {
        guard let link else { return true }
        if case .hidden = link.visibility { return false }
        return true
    }

    /// A finding anchored at the link.
    func finding(_ message: String, evidence: [Evidence], fix: String) -> Finding {
        var finding = Finding(
            .bytes(offset..<offset, part: part.path, header: nil), message, evidence: evidence, fix: fix)
        finding.htmlLine = htmlLine
        finding.elementPath = elementPath
        return finding
    }

    /// The link as evidence: what it says and where it goes.
    var evidence: [Evidence] {
        [Evidence("link", text.isEmpty ? href : "“\(text)” → \(href)"), Evidence("recognised by", recognisedBy)]
    }
}

/// Finds the opt-out links of a message.
enum OptOutLinks {
    static func find(in context: LintContext) -> [OptOutLink] {
        let headerURIs = Set(context.listUnsubscribe.flatMap(\.entries).map(\.uri))
        var found: [OptOutLink] = []
        for (index, html) in context.htmlParts.enumerated() {
            guard let part = html.part else { continue }
            // Where the link tags stand in the decoded source: read at the first opt-out link.
            var tags: LinkTagPositions?
            // Which of the links on its line it is: links come in document order, their lines
            // never go back, so a count since the line began is all it takes.
            var line = 0
            var occurrence = -1
            for link in html.analysis.links {
                occurrence = link.line == line ? occurrence + 1 : 0
                line = link.line
                guard
                    let (recognisedBy, offer) = recognise(
                        link, in: html.analysis.tree, headerURIs: headerURIs, isTemplate: context.isTemplate)
                else { continue }
                var offset = html.lines.rawOffset(for: link.line)
                var decoded: Int?
                if let text = html.decoded {
                    let positions = tags ?? text.withBytes { LinkTagPositions(decoded: $0) }
                    tags = positions
                    decoded = positions.start(endingOnLine: link.line, occurrence: occurrence)
                    if let decoded { offset = text.body.rawOffset(forDecoded: decoded) }
                }
                found.append(
                    OptOutLink(
                        part: part, href: link.href, text: link.accessibleText, recognisedBy: recognisedBy,
                        offer: offer, link: link, htmlPartIndex: index, offset: offset,
                        htmlLine: html.isEncoded ? link.line : nil, decodedOffset: decoded,
                        elementPath: html.analysis.tree.elementPath(of: link.element)))
            }
        }
        for body in context.bodyTexts where !body.isHTML && body.part.contentType.subtype == "plain" {
            found += plainTextLinks(body, headerURIs: headerURIs)
        }
        if context.isTemplate { found += mergeTagLinks(context, besides: found) }
        return found
    }

    /// The merge tags of a template's text that become opt-out links when it is sent
    /// (Klaviyo's `{% unsubscribe %}` writes a whole link), other than the text of a link in
    /// `links`.
    static func mergeTagLinks(_ context: LintContext, besides links: [OptOutLink]) -> [OptOutLink] {
        let linkTexts = Set(links.map(\.text))
        var found: [OptOutLink] = []
        for body in context.bodyTexts {
            for run in body.text.runs where !run.isBoundary && !linkTexts.contains(run.text) {
                let placeholders = MergeTagScanner.tags(in: run.text)
                guard !placeholders.isEmpty else { continue }
                let bytes = Array(run.text.utf8)
                for placeholder in placeholders {
                    let written = String(decoding: bytes[placeholder.range], as: UTF8.self)
                    guard let tag = OptOutMergeTags.tag(written) else { continue }
                    found.append(
                        OptOutLink(
                            part: body.part, href: written, text: written,
                            recognisedBy: OptOutMergeTags.recognisedBy(tag, written: written), offer: tag.offer,
                            link: nil,
                            htmlPartIndex: nil, offset: body.lines.rawOffset(for: run.line), htmlLine: nil))
                }
            }
        }
        return found
    }

    /// Why `link` is an opt-out link, or nil when it is not one: its text, alt text or label;
    /// its URL; its class or id; or, for a link that only says "here" or says only the verb
    /// ("Turn them off", "hier widerrufen"), its sentence.
    static func recognise(_ link: Link, in tree: HTMLTree, headerURIs: Set<String>, isTemplate: Bool = false)
        -> (String, OptOutOffer)?
    {
        // In a template, a sender's merge tag stands for the link it becomes.
        if isTemplate, let tag = OptOutMergeTags.tag(link.href) {
            return (OptOutMergeTags.recognisedBy(tag, written: link.href), tag.offer)
        }
        if let phrase = OptOutVocabulary.phrase(in: link.accessibleText) {
            let what = link.imageOnly ? "alt text" : "link text"
            return ("\(what) “\(phrase.written)” (\(phrase.language))", phrase.offer)
        }
        if let word = OptOutVocabulary.urlWord(in: link.href) {
            return ("URL carries “\(word.word)”", word.offer)
        }
        if headerURIs.contains(link.href) { return ("URL of the List-Unsubscribe field", .unsubscribe) }
        let node = tree.nodes[link.element]
        for name in ["class", "id"] {
            if let value = node.attribute(name), let word = OptOutVocabulary.urlWord(in: "/" + value) {
                return ("\(name) “\(value)”", word.offer)
            }
        }
        if link.imageOnly || LinkSentence.isGeneric(link.text),
            let phrase = OptOutVocabulary.phrase(in: LinkSentence.around(link.element, in: tree))
        {
            return ("“\(link.text)” next to “\(phrase.written)” (\(phrase.language))", phrase.offer)
        }
        // The link's verb completing its sentence: only where the sentence without it says no
        // opt-out ("Don't want these emails? *Stop by our store*" is no way out).
        if OptOutVocabulary.holdsVerbHalf(link.text) {
            let sides = LinkSentence.sides(of: link.element, in: tree)
            if let phrase = OptOutVocabulary.phrase(in: LinkSentence.joined(sides, linkText: link.text)),
                OptOutVocabulary.phrase(in: LinkSentence.joined(sides)) == nil
            {
                return ("“\(link.text)” in “\(phrase.written)” (\(phrase.language))", phrase.offer)
            }
        }
        return nil
    }

    /// The opt-out URLs and addresses of a plain-text part: those whose URL carries an
    /// opt-out word, and those on a line that says "unsubscribe" (or after such a line, or
    /// after such a sentence wrapped over the lines of its paragraph). Read from the body's
    /// lines as `BodyText` holds them; only lines with a URL or an address are folded and
    /// matched.
    static func plainTextLinks(_ body: BodyText, headerURIs: Set<String>) -> [OptOutLink] {
        var found: [OptOutLink] = []
        let runs = body.text.runs
        for index in runs.indices where !runs[index].isBoundary {
            let run = runs[index]
            let targets = PlainTextTargets.find(in: run, bareWeb: true)
            guard !targets.isEmpty else { continue }
            let before = textBefore(index, in: runs, url: targets[0])
            // Folded and matched once per line, and only when a URL needs it.
            var phraseLookedUp = false
            var phrase: (written: String, language: String, offer: OptOutOffer)?
            for target in targets {
                let recognisedBy: String
                let offer: OptOutOffer
                let word = OptOutVocabulary.urlWord(in: target)
                if word == nil, !phraseLookedUp {
                    phrase = OptOutVocabulary.phrase(in: before + " " + run.text)
                    phraseLookedUp = true
                }
                if let word {
                    (recognisedBy, offer) = ("URL carries “\(word.word)”", word.offer)
                } else if let phrase {
                    (recognisedBy, offer) = ("next to “\(phrase.written)” (\(phrase.language))", phrase.offer)
                } else if headerURIs.contains(target) {
                    (recognisedBy, offer) = ("URL of the List-Unsubscribe field", .unsubscribe)
                } else {
                    continue
                }
                found.append(
                    OptOutLink(
                        part: body.part, href: target, text: run.text, recognisedBy: recognisedBy, offer: offer,
                        link: nil, htmlPartIndex: nil, offset: body.lines.rawOffset(for: run.line), htmlLine: nil))
            }
        }
        return found
    }

    /// How many lines of its paragraph before a plain-text URL are read for its opt-out words.
    static let maxLinesBeforeURL = 3

    /// The text before the line of run `index` that may say what its URL `url` offers: the
    /// line before it, or across the break, the sentence that runs on into it; or, in a
    /// sentence hard-wrapped over its paragraph, the lines before that too (up to
    /// `maxLinesBeforeURL`), from where the sentence starts: not "… these emails, reply STOP.
    /// Our new collection is out\nand you can browse it here:\nhttps://…". A blank line may
    /// stand between a paragraph that ends announcing the link ("… or visit the following
    /// link:") and the URL on a line of its own; across it only the announcing sentence counts:
    /// not "… reply STOP. Our shop:\n\nhttps://…". Looked up only for lines with a URL.
    private static func textBefore(_ index: Int, in runs: VisibleText.Runs, url: String) -> String {
        var lines = linesBefore(index, in: runs, limit: maxLinesBeforeURL)
        var bridged = false
        if lines.isEmpty, let previous = runs[..<index].lastIndex(where: { !$0.isBoundary }),
            runs[previous].line == runs[index].line - 2, announcesLink(runs[previous].text),
            runs[index].text.drop(while: \.isWhitespace).drop(while: { $0 == "<" }).hasPrefix(url)
        {
            lines = [runs[previous]] + linesBefore(previous, in: runs, limit: maxLinesBeforeURL - 1)
            bridged = true
        }
        guard let last = lines.first else { return "" }
        let older = lines.dropFirst().reversed().map(\.text).joined(separator: " ")
        if !older.isEmpty, !hasSentenceEnd(last.text) { return lastSentenceStart(of: older) + " " + last.text }
        return bridged ? lastSentenceStart(of: last.text) : last.text
    }

    /// Up to `limit` runs right before run `index`, one a line, each on the line before the
    /// one after it, nearest first.
    private static func linesBefore(_ index: Int, in runs: VisibleText.Runs, limit: Int) -> [VisibleText.Run] {
        var lines: [VisibleText.Run] = []
        var expected = runs[index].line - 1
        var position = index - 1
        while position >= 0, lines.count < limit {
            let candidate = runs[position]
            position -= 1
            if candidate.isBoundary { continue }
            guard candidate.line == expected else { break }
            lines.append(candidate)
            expected -= 1
        }
        return lines
    }

    /// Whether a line ends with a colon, announcing what follows.
    static func announcesLink(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 || (0x09...0x0D).contains(bytes[end - 1]) { end -= 1 }
            // ":" or the fullwidth "："
            return (end >= 1 && bytes[end - 1] == 0x3A)
                || (end >= 3 && bytes[end - 3] == 0xEF && bytes[end - 2] == 0xBC && bytes[end - 1] == 0x9A)
        }
    }

    /// Whether `text` has a sentence end: a mark followed by a space or standing last.
    static func hasSentenceEnd(_ text: String) -> Bool { sentenceEndOffset(in: text) != nil }

    /// The text after the last sentence end of `text` (all of it if there is none; nothing if
    /// it ends with one).
    static func lastSentenceStart(of text: String) -> String {
        guard let end = sentenceEndOffset(in: text) else { return text }
        return String(text[text.utf8.index(text.utf8.startIndex, offsetBy: end)...])
    }

    /// The UTF-8 offset right after the last sentence-ending mark of `text`: . ! ? where white
    /// space follows or it stands last, and the ideographic and fullwidth 。！？ wherever they
    /// stand (no space follows them in Chinese or Japanese). Read as bytes, from the end:
    /// lines with a URL are read so for every plain-text part.
    private static func sentenceEndOffset(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            var followedBySpace = true
            var end = bytes.count
            while end > 0 {
                var start = end - 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                let first = bytes[start]
                var isMark = false
                var isWideMark = false
                var isSpace = false
                switch end - start {
                case 1:
                    isMark = first == 0x2E || first == 0x21 || first == 0x3F
                    isSpace = first == 0x20 || (0x09...0x0D).contains(first)
                case 2:
                    isSpace = first == 0xC2 && bytes[start + 1] == 0xA0
                case 3:
                    let (second, third) = (bytes[start + 1], bytes[start + 2])
                    isWideMark =
                        (first == 0xE3 && second == 0x80 && third == 0x82)
                        || (first == 0xEF && second == 0xBC && (third == 0x81 || third == 0x9F))
                    isSpace =
                        (first == 0xE3 && second == 0x80 && third == 0x80)
                        || (first == 0xE2 && second == 0x80 && third == 0xAF)
                default:
                    break
                }
                if isWideMark || (isMark && followedBySpace) { return end }
                followedBySpace = isSpace
                end = start
            }
            return nil
        }
    }
}
