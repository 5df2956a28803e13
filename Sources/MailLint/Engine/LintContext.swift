import MailHTML

/// Everything rules read about one message, each analysis computed once, when a rule
/// first asks for it, and shared by all rules. A rule never parses the message again.
///
/// Not thread-safe: one context serves one message on one thread (the linter runs
/// messages in parallel, never the rules of one message).
public final class LintContext {
    /// The parsed message.
    public let message: Message
    /// The file as given, `-` for standard input.
    public let file: String
    /// 0-based position in an mbox or Maildir.
    public let messageIndex: Int?
    /// The configuration in effect.
    public let configuration: Configuration

    /// Creates a context.
    public init(
        message: Message, file: String, messageIndex: Int? = nil, configuration: Configuration = Configuration(),
        isTemplate: Bool = false
    ) {
        self.message = message
        self.file = file
        self.messageIndex = messageIndex
        self.configuration = configuration
        self.isTemplate = isTemplate
    }

    /// Whether the message stands for an HTML template (a body with no header).
    public let isTemplate: Bool

    /// The message's header.
    public var header: HeaderBlock { message.header }

    /// Every mailbox of every From field.
    public private(set) lazy var from: AddressList = AddressParser.parse(header.all("From"))
    /// Every mailbox of every Reply-To field.
    public private(set) lazy var replyTo: AddressList = AddressParser.parse(header.all("Reply-To"))
    /// Every mailbox of every Sender field.
    public private(set) lazy var sender: AddressList = AddressParser.parse(header.all("Sender"))
    /// Every mailbox of every To field.
    public private(set) lazy var to: AddressList = AddressParser.parse(header.all("To"))

    /// The decoded Subject (first field), or nil.
    public private(set) lazy var subject: String? = header.first("Subject").map {
        EncodedWordDecoder.decode($0.rawValue).text
    }

    /// Whether a From address is a do-not-reply address (by local part or display name).
    public private(set) lazy var fromIsDoNotReply: Bool = from.mailboxes.contains {
        DoNotReplyPatterns.match($0, configuration: configuration) != nil
    }

    /// The message's kind: configured, or classified from its header. A template that shows
    /// no sign of bulk mail is transactional, never personal: templates are sent by software.
    public private(set) lazy var classification: MessageClassification = {
        if let kind = configuration.messageKind {
            return MessageClassification(kind: kind, signals: ["configured as \(kind.rawValue)"])
        }
        let classified = MessageClassifier.classify(
            header, fromIsDoNotReply: fromIsDoNotReply, bodySignals: bodyBulkSignals)
        guard isTemplate, classified.kind == .personal else { return classified }
        return MessageClassification(kind: .transactional, signals: ["an HTML template, without a sign of bulk mail"])
    }()

    /// The body's bulk signals for the classifier: its first unsubscribe link, its first
    /// marketing marker.
    private var bodyBulkSignals: [String] {
        var signals: [String] = []
        if let link = optOutLinks.first(where: { $0.offer == .unsubscribe }) {
            signals.append("an unsubscribe link in the body (\(link.recognisedBy))")
        }
        if let marker = MarketingMarkers.first(in: self) {
            signals.append("“\(marker)” in the body")
        }
        return signals
    }

    /// The text parts (`text/*` leaves), decoded once.
    public private(set) lazy var textParts: [(part: MIMEPart, text: DecodedText)] = message.leafParts.filter {
        $0.contentType.isText && $0.disposition?.type != "attachment"
    }.map { ($0, message.decodedText(of: $0)) }

    /// The `text/html` parts, decoded and analysed once (links, visibility, visible text).
    public private(set) lazy var htmlParts: [HTMLPart] = textParts.filter { $0.part.contentType.subtype == "html" }
        .map { HTMLPart(part: $0.part, decoded: $0.text, message: message) }

    /// Whether every HTML part was analysed whole (none past its node limit,
    /// `HTMLTree.nodeLimit`): a rule that reports something missing from the body reports
    /// nothing otherwise, for it could stand past the cut (`message-clipped-by-gmail` names it).
    public var htmlIsAnalysedWhole: Bool { htmlParts.allSatisfy { $0.analysis.tree.nodeLimitLine == nil } }

    /// Every text part's readable text, plain and HTML alike, in document order; built once.
    public private(set) lazy var bodyTexts: [BodyText] = makeBodyTexts()

    /// `bodyTexts` joined and folded for the phrase tables, window by window, kept when
    /// small enough (nil: folded anew for each reader; see `forEachFoldedWindow`).
    private(set) lazy var foldedWindows: [FoldedBody]? = makeFoldedWindows()

    /// Every link of the message, HTML and plain text (see `MessageLinks`).
    public var links: MessageLinks {
        MessageLinks(
            html: htmlParts.enumerated().compactMap { index, html in
                html.part == nil ? nil : (index, html.analysis.links)
            },
            plain: plainTextLinks)
    }

    /// The URLs of the plain-text parts, found once.
    private lazy var plainTextLinks: [MessageLink] = MessageLink.plainTextLinks(in: self)

    /// The ways the message offers to reach a person besides replying (see
    /// `ContactPaths`), found once and shared by the replyability rules.
    public private(set) lazy var contactPaths: [String] = ContactPaths.find(in: self)

    /// The dead-end phrases of the readable text (see `dead-end-phrase`), found once.
    private(set) lazy var deadEndFindings: [Finding] = DeadEndPhraseRule.findings(in: self)

    /// Every DKIM-Signature field with its tag list, read once.
    public private(set) lazy var dkimSignatures: [DKIMSignature] = header.all("DKIM-Signature").map {
        DKIMSignature(field: $0, tags: DKIMTagList($0))
    }

    /// Every List-Unsubscribe field, read into its URIs (RFC 2369).
    public private(set) lazy var listUnsubscribe: [ListURIField] = header.all("List-Unsubscribe").map(
        ListURIField.parse)

    /// The unsubscribe and preferences links of every text part, found once and shared by the
    /// unsubscribe rules.
    public private(set) lazy var optOutLinks: [OptOutLink] = OptOutLinks.find(in: self)

    /// The ids of the rules the linter knows (set by `Linter` before rules run), against
    /// which suppression directives are checked.
    var knownRuleIDs: Set<String> = []

    /// The `<!-- mail-lint-disable RULE-ID: reason -->` directives of the HTML parts.
    public private(set) lazy var suppressions: [Suppression] = Suppression.find(
        in: self, knownRuleIDs: knownRuleIDs)

    /// Every defect found in the message: its structure, every address field, the Subject's
    /// encoded words, the List-Unsubscribe fields, and the decoding of the text parts (attachments are never decoded).
    public private(set) lazy var defects: [ParseDefect] = {
        var all = message.defects
        for name in ["From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Resent-From", "Resent-To", "Resent-Cc"] {
            let fields = header.all(name)
            if !fields.isEmpty { all += AddressParser.parse(fields).defects }
        }
        for field in header.all("Subject") {
            all += EncodedWordDecoder.decode(field.rawValue).issues.map {
                ParseDefect($0.kind, range: $0.range, headerName: field.name, evidence: $0.evidence)
            }
        }
        all += listUnsubscribe.flatMap(\.defects)
        all += htmlParts.flatMap(\.defects)
        return all + textPartDefects
    }()

    /// The line indexes of the decoded HTML of transfer-encoded parts, by the part's body
    /// offset: counted once per part for the findings placed in it.
    private var decodedLineIndexByPart: [Int: LineIndex] = [:]

    /// The line index of `html`'s decoded bytes (`bytes`), counted once.
    func decodedLineIndex(of html: HTMLPart, _ bytes: UnsafeBufferPointer<UInt8>) -> LineIndex {
        let key = html.part?.bodyRange.lowerBound ?? -1
        if let index = decodedLineIndexByPart[key] { return index }
        let index = LineIndex(bytes)
        decodedLineIndexByPart[key] = index
        return index
    }

    /// The last start tag `ElementFindings.startTag` found on its line: the next element of
    /// the same name further along that line is counted on from it.
    struct StartTagCursor {
        /// The part's body offset.
        var partKey: Int
        /// The line in the part's HTML.
        var line: Int
        /// The element placed.
        var element: Int
        /// How many tags of its name stand before it on the line.
        var occurrence: Int
        /// Its tag's offset in the decoded HTML.
        var position: Int
        /// The offset of the line's end in the decoded HTML.
        var lineEnd: Int
    }

    /// The last start tag placed (see `StartTagCursor`).
    var startTagCursor: StartTagCursor?

    /// The decoding defects of the text parts (attachments are never decoded).
    public private(set) lazy var textPartDefects: [ParseDefect] = textParts.flatMap { $0.text.body.defects }
}
