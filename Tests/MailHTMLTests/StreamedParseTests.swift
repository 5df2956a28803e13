import Testing

@testable import MailHTML

/// A large document is read by libxml2 through a callback, a buffer at a time, instead of
/// being copied whole first; the tree must still be the one libxml2's own builder makes of
/// the document read from memory, node for node. Every document is streamed here.
struct StreamedParseTests {
    static func streamed(_ bytes: [UInt8], charset: String? = "utf-8") -> HTMLTree {
        bytes.withUnsafeBufferPointer { HTMLParser.parse($0, charset: charset, streamedAbove: 0) }
    }

    @Test func theShapesOfHTMLGiveLibXML2sOwnTreeWhenStreamed() {
        TreeReaderTests.expectEveryShapeGivesLibXML2sOwnTree { Self.streamed($0, charset: $1) }
    }

    /// A document of many buffers: entities, comments, scripts, long attributes,
    /// multi-byte characters and paragraphs longer than the buffer libxml2 hands text over
    /// in fall across the buffers libxml2 reads (its lines stay below the 65,535 libxml2's
    /// own nodes can hold).
    static let largeDocument: [UInt8] = {
        var html = "<!DOCTYPE html><html><head><style>p { color: #333 }</style></head><body>\n"
        for index in 0..<20_000 {
            html += "<p class=\"c\(index % 7)\" title=\"\(String(repeating: "t", count: index % 300))\">"
            html += "caf&eacute; \(index) Grüße 日本語 &#x1F600; &amp; <b>bold</b></p>\n"
            if index % 97 == 0 { html += "<!-- a comment \(String(repeating: "-", count: index % 50)) -->\n" }
            if index % 131 == 0 { html += "<script>var s = '</p>' + \(index);</script>\n" }
            if index % 501 == 0 { html += "<p>" + String(repeating: "long text ", count: 700) + "</p>\r\n" }
            if index % 3 == 0 { html += "\n\n\n" }
        }
        html += "</body></html>"
        return Array(html.utf8)
    }()

    @Test func aLargeDocumentGivesLibXML2sOwnTreeWhenStreamed() {
        let bytes = Self.largeDocument
        #expect(bytes.count > 2_000_000)
        let tree = Self.streamed(bytes)
        #expect(firstDifference(tree, from: LibXML2DocumentCopy.parse(bytes)) == nil)
        #expect(tree.line(tree.count - 1) > 30_000)
    }

    @Test(.enabled(if: CorpusHTML.root != nil, "../shared/corpus not found beside the package; corpus test skipped"))
    func everyCorpusDocumentGivesLibXML2sOwnTreeWhenStreamed() throws {
        for (name, bytes, charset) in CorpusHTML.documents() {
            let difference = firstDifference(
                Self.streamed(bytes, charset: charset), from: LibXML2DocumentCopy.parse(bytes, charset: charset))
            #expect(difference == nil, "\(name): \(difference ?? "")")
        }
    }
}
