import Testing

@testable import MailHTML

/// libxml2 behind `HTMLParser`: recovery from broken HTML, the copied tree, lines,
/// entities, depth that does not grow the stack.
struct HTMLParserTests {
    @Test func brokenHTMLIsRecovered() {
        let tree = HTMLParser.parse(Array("<html><body><p>unclosed <b>tags<table><tr><td>cell".utf8))
        #expect(!tree.isEmpty)
        let td = tree.firstElement("td")
        #expect(td.map { tree.textContent(of: $0) } == "cell")
    }

    @Test func emptyInputGivesAnEmptyTree() {
        #expect(HTMLParser.parse([]).isEmpty)
    }

    @Test func attributesEntitiesAndLines() throws {
        let tree = HTMLParser.parse(
            Array(
                "<html>\n<body>\n<a HREF=\"https://x.example/?a=1&amp;b=2\" Class=\"k\">caf&eacute; &amp; co</a>\n</body></html>"
                    .utf8))
        let a = try #require(tree.firstElement("a"))
        #expect(tree.nodes[a].attribute("href") == "https://x.example/?a=1&b=2")
        #expect(tree.nodes[a].attribute("class") == "k")
        #expect(tree.textContent(of: a) == "café & co")
        #expect(tree.nodes[a].line == 3)
        #expect(tree.elementPath(of: a) == "html > body > a")
    }

    @Test func deepNestingDoesNotGrowTheStack() {
        let depth = 10_000
        let html =
            String(repeating: "<table><tr><td>", count: depth) + "deep"
            + String(repeating: "</td></tr></table>", count: depth)
        let tree = HTMLParser.parse(Array(html.utf8))
        #expect(!tree.isEmpty)
        #expect(tree.nodes.contains { $0.kind == .text && $0.text == "deep" })
    }

    @Test func noNetworkAndNoExternalEntities() {
        let html = "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/x.dtd\"><html><body>&xxe;<p>ok</p></body></html>"
        let tree = HTMLParser.parse(Array(html.utf8))
        #expect(tree.firstElement("p") != nil)
    }
}
