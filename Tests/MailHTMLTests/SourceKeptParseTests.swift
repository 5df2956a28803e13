import Testing

@testable import MailHTML

/// A tree given its document to keep (`HTMLParser.parse(source:)`) reads the text that
/// stands in the document as it reads from it, and copies only the rest (entities decoded,
/// a charset converted). The tree must be libxml2's own, node for node, whether the
/// document is read whole or streamed; most text must not be copied; the visible text must
/// read as that of a tree that copies everything.
struct SourceKeptParseTests {
    static func kept(_ bytes: [UInt8], charset: String? = "utf-8", streamed: Bool) -> HTMLTree {
        bytes.withUnsafeBufferPointer {
            HTMLParser.parse($0, charset: charset, streamedAbove: streamed ? 0 : Int.max, keeping: bytes[...])
        }
    }

    static func copied(_ bytes: [UInt8], charset: String? = "utf-8") -> HTMLTree {
        bytes.withUnsafeBufferPointer { HTMLParser.parse($0, charset: charset) }
    }

    @Test func theShapesOfHTMLGiveLibXML2sOwnTreeWithTheSourceKept() {
        TreeReaderTests.expectEveryShapeGivesLibXML2sOwnTree { Self.kept($0, charset: $1, streamed: false) }
        TreeReaderTests.expectEveryShapeGivesLibXML2sOwnTree { Self.kept($0, charset: $1, streamed: true) }
    }

    @Test func aLargeDocumentGivesLibXML2sOwnTreeWithTheSourceKept() {
        let bytes = StreamedParseTests.largeDocument
        let expected = LibXML2DocumentCopy.parse(bytes)
        for streamed in [false, true] {
            #expect(
                firstDifference(Self.kept(bytes, streamed: streamed), from: expected) == nil, "streamed: \(streamed)")
        }
    }

    /// Prose of many paragraphs, a few with an entity (the text a large newsletter is made
    /// of): the tree holds its attribute values and the few paragraphs with an entity, and
    /// reads the rest from the source.
    @Test func proseIsReadFromTheSourceNotCopied() {
        var html = "<html><body>\r\n"
        for index in 0..<5_000 {
            let entity = index % 50 == 0 ? " &amp; more" : ""
            html += "<p class=\"p\">Paragraph \(index) of plain words, read as it stands\(entity).</p>\r\n"
        }
        let bytes = Array((html + "</body></html>").utf8)
        for streamed in [false, true] {
            let tree = Self.kept(bytes, streamed: streamed)
            #expect(firstDifference(tree, from: LibXML2DocumentCopy.parse(bytes)) == nil)
            let text = (0..<tree.count).reduce(0) { $0 + tree.textBytes($1).count }
            #expect(text > 200_000)
            #expect(tree.storage.bytes.count < text / 10, "streamed: \(streamed)")
            #expect(Self.copied(bytes).storage.bytes.count > text)
        }
    }

    /// An attribute value that stands in the start tag as libxml2 hands it over is read from
    /// the source; one with an entity decoded is copied; both read as libxml2 reads them.
    @Test func attributeValuesAreReadFromTheSourceWhereTheyStand() throws {
        let html =
            "<table><tr><td style=\"color:#333\" width=\"1\" height=\"1\"><a href=\"https://e.com/p?a=1&amp;b=2\" title='plain'>t</a></td></tr></table>"
        let bytes = Array(html.utf8)
        for streamed in [false, true] {
            let tree = Self.kept(bytes, streamed: streamed)
            let td = try #require(tree.firstElement("td"))
            let a = try #require(tree.firstElement("a"))
            #expect(tree.attributes(of: td).map(\.value) == ["color:#333", "1", "1"])
            #expect(tree.attributes(of: a).map(\.value) == ["https://e.com/p?a=1&b=2", "plain"])
            let inSource = (0..<tree.storage.attributeNames.count).map { tree.storage.attributeValueStarts[$0] < 0 }
            #expect(inSource == [true, true, true, false, true], "streamed: \(streamed)")
            #expect(tree.storage.bytes.count == "https://e.com/p?a=1&b=2".utf8.count)
        }
    }

    @Test func textWithAnEntityIsCopiedAndPlainTextIsReadFromTheSource() throws {
        let bytes = Array("<p>plain words</p><p>a &amp; b</p><p>caf\u{E9}</p>".utf8)
        let tree = Self.kept(bytes, streamed: false)
        let texts = (0..<tree.count).filter { tree.kind($0) == .text }
        #expect(texts.map(tree.text) == ["plain words", "a & b", "café"])
        #expect(texts.map { tree.textLocation($0).inSource } == [true, false, true])
    }

    /// libxml2 hands a long text over a buffer at a time (1,000 bytes in 2.9): every piece
    /// is found where it stands, and the text stays one range of the source.
    @Test func aLongTextIsReadFromTheSourceInOnePiece() throws {
        let words = String(repeating: "long words, é and 日本 ", count: 400)
        let bytes = Array("<html><body><p>\(words)</p></body></html>".utf8)
        for streamed in [false, true] {
            let tree = Self.kept(bytes, streamed: streamed)
            let text = try #require((0..<tree.count).first { tree.kind($0) == .text })
            #expect(tree.text(text) == words)
            #expect(tree.textLocation(text).inSource, "streamed: \(streamed)")
        }
    }

    /// A document in another charset is converted by libxml2: its text cannot be read from
    /// the source and is copied, as it reads.
    @Test func aConvertedCharsetCopiesTheText() {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array(" cr\u{E8}me</p>".utf8).filter { $0 < 0x80 }
        let tree = Self.kept(bytes, charset: "iso-8859-1", streamed: false)
        let expected = LibXML2DocumentCopy.parse(bytes, charset: "iso-8859-1")
        #expect(firstDifference(tree, from: expected) == nil)
        #expect(tree.text(tree.count - 1).hasPrefix("café"))
    }

    @Test func theVisibleTextReadsAsACopiedTreesDoes() {
        let bytes = StreamedParseTests.largeDocument
        func visible(_ tree: HTMLTree) -> [String] {
            let analyzer = VisibilityAnalyzer(tree: tree, cascade: Cascade(tree: tree))
            return VisibleText(tree: tree, analyzer: analyzer).runs.map(\.text)
        }
        let expected = visible(Self.copied(bytes))
        #expect(expected.count > 20_000)
        #expect(visible(Self.kept(bytes, streamed: true)) == expected)
    }

    /// Text the tree holds itself (an entity decoded) is read from there by the visible
    /// text too, not written again.
    @Test func theVisibleTextReadsTheTreesOwnTextWhereItIs() throws {
        let bytes = Array("<p>plain words</p><p>fish &amp; chips</p>".utf8)
        let tree = Self.kept(bytes, streamed: false)
        let runs = VisibleText(tree: tree, analyzer: VisibilityAnalyzer(tree: tree, cascade: Cascade(tree: tree))).runs
            .filter { !$0.isBoundary }
        #expect(runs.map(\.text) == ["plain words", "fish & chips"])
        let storage = try #require(runs.first?.storage)
        #expect(storage.collapsed.isEmpty)
        #expect(runs[0].start < storage.source.count && runs[1].start >= storage.source.count)
    }

    @Test(.enabled(if: CorpusHTML.root != nil, "../shared/corpus not found beside the package; corpus test skipped"))
    func everyCorpusDocumentGivesLibXML2sOwnTreeStreamedWithTheSourceKept() throws {
        for (name, bytes, charset) in CorpusHTML.documents() {
            let difference = firstDifference(
                Self.kept(bytes, charset: charset, streamed: true),
                from: LibXML2DocumentCopy.parse(bytes, charset: charset))
            #expect(difference == nil, "\(name): \(difference ?? "")")
        }
    }
}
