import Testing

@testable import MailHTML

/// A tree keeps at most `HTMLTree.nodeLimit(sourceBytes:)` nodes: past it the parse stops,
/// the tree says at which line, and what it holds is the document's beginning, as libxml2
/// reads it.
struct NodeLimitTests {
    @Test func theLimitIsANodePer68BytesAndOf32MiBMore() {
        #expect(HTMLTree.nodeLimit(sourceBytes: 0) == 493_447)
        #expect(HTMLTree.nodeLimit(sourceBytes: 100_000) == 494_918)
        #expect(HTMLTree.nodeLimit(sourceBytes: 50_000_000) == 1_228_741)
    }

    static func parse(_ html: String, maxNodes: Int, streamed: Bool = false) -> HTMLTree {
        let bytes = Array(html.utf8)
        return bytes.withUnsafeBufferPointer {
            HTMLParser.parse(
                $0, charset: "utf-8", streamedAbove: streamed ? 0 : Int.max, keeping: bytes[...], maxNodes: maxNodes)
        }
    }

    @Test(arguments: [false, true]) func aTreeAtItsLimitStopsAndSaysWhere(streamed: Bool) throws {
        var html = "<html><body>\n"
        for index in 0..<200 { html += "<p>line \(index)</p>\n" }
        html += "</body></html>\n"
        let whole = Self.parse(html, maxNodes: 10_000, streamed: streamed)
        // html, body and the line break after it, then a paragraph, its text and a line
        // break per line.
        #expect(whole.nodeLimitLine == nil && whole.count == 3 + 200 * 3)
        let cut = Self.parse(html, maxNodes: 50, streamed: streamed)
        #expect(cut.count == 50)
        // html, body, then per line a paragraph, its text and the line break after it.
        let line = try #require(cut.nodeLimitLine)
        #expect(line == 2 + 16)
        #expect(cut.text(cut.elements(named: "p").last.map { $0 + 1 } ?? 0) == "line 15")
        for index in 0..<cut.count {
            #expect(cut.tag(index) == whole.tag(index) && cut.text(index) == whole.text(index))
        }
    }

    @Test func aTreeUnderItsLimitHoldsEverything() {
        let tree = Self.parse("<p>a</p><p>b</p>", maxNodes: 6)
        #expect(tree.nodeLimitLine == nil && tree.count == 6)
    }

    /// A link or an image counts as three nodes: what it holds besides its node (a `Link`,
    /// its measured text) is larger than a node.
    @Test func aLinkOrAnImageCountsAsThree() throws {
        let links =
            "<html><body>" + String(repeating: "<a href=\"https://e.com/x\">y</a>", count: 10) + "</body></html>"
        // html and body (2), then a link and its text (3 + 1) four times: 18; a fifth link is past 20.
        let tree = Self.parse(links, maxNodes: 20)
        #expect(tree.count == 2 + 4 * 2 && tree.nodeLimitLine != nil)
        let images = "<html><body>" + String(repeating: "<img src=\"a.png\">", count: 10) + "</body></html>"
        let imageTree = Self.parse(images, maxNodes: 20)
        #expect(imageTree.count == 2 + 6 && imageTree.nodeLimitLine != nil)
        #expect(Self.parse(images, maxNodes: 32).nodeLimitLine == nil)
    }
}
