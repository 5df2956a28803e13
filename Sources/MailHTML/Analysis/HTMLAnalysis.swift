/// Everything MailHTML knows about one HTML document: the tree, the cascade, the links and
/// the visible text, each computed once, when first asked for. Not thread-safe: one
/// analysis serves one thread (documents are analysed in parallel, never one document).
public final class HTMLAnalysis {
    /// The document.
    public let tree: HTMLTree
    /// Every element's computed style.
    public let cascade: Cascade
    /// Visibility decisions.
    public let analyzer: VisibilityAnalyzer

    /// Parses and analyses `bytes` (see `HTMLParser.parse` for `charset`).
    public convenience init(bytes: [UInt8], charset: String? = "utf-8") {
        self.init(tree: HTMLParser.parse(bytes, charset: charset))
    }

    /// Parses and analyses `source`, which the analysis keeps and reads its text from (see
    /// `HTMLParser.parse(source:charset:)`).
    public convenience init(source: ArraySlice<UInt8>, charset: String? = "utf-8") {
        self.init(tree: HTMLParser.parse(source: source, charset: charset))
    }

    /// Parses and analyses `bytes`, read in place (see `HTMLParser.parse` for `charset`).
    public convenience init(bytes: UnsafeBufferPointer<UInt8>, charset: String? = "utf-8") {
        self.init(tree: HTMLParser.parse(bytes, charset: charset))
    }

    private init(tree: HTMLTree) {
        self.tree = tree
        cascade = Cascade(tree: tree)
        analyzer = VisibilityAnalyzer(tree: tree, cascade: cascade)
    }

    /// Every `<a href>` and `<area href>` with what a reader sees of it.
    public private(set) lazy var links: [Link] = LinkExtractor.links(tree, analyzer)

    /// The text a reader reads.
    public private(set) lazy var visibleText: VisibleText = VisibleText(tree: tree, analyzer: analyzer)
}

extension HTMLAnalysis {
    /// The links of `tree` as `links` finds them, for callers that run the phases of an
    /// analysis one by one (the benchmark times each).
    public static func links(of tree: HTMLTree, _ analyzer: VisibilityAnalyzer) -> [Link] {
        LinkExtractor.links(tree, analyzer)
    }

    /// The visible text of `tree` as `visibleText` collects it, for callers that run the
    /// phases one by one.
    public static func visibleText(of tree: HTMLTree, _ analyzer: VisibilityAnalyzer) -> VisibleText {
        VisibleText(tree: tree, analyzer: analyzer)
    }
}
