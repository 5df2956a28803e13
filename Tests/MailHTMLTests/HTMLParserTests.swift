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

extension HTMLParserTests {
    /// The first element by class or id, read on atoms, agrees with reading every element's
    /// classes and id as strings.
    @Test(arguments: [
        ("<div class=\"a b\"><p class=\"x\">1</p><div class=\"gmail_quote\">q</div></div>", ["gmail_quote"], []),
        (
            "<p>1</p><div id=\"divRplyFwdMsg\">h</div><div class=\"gmail_quote\">q</div>", ["gmail_quote"],
            ["divRplyFwdMsg"]
        ),
        ("<p class=\"c1 c2\">1</p><p>2</p><span class=\"c3 target\">3</span>", ["target"], []),
        ("<p class=\"gmail_quotes\">1</p>", ["gmail_quote"], []), ("<p>1</p>", ["gmail_quote"], ["x"]),
        ("<p id=\"gmail_quote\">1</p><p class=\"gmail_quote\">2</p>", ["gmail_quote"], []),
        // Classes are kept per attribute: a class attribute after others, and nodes with
        // attributes but no class before it.
        (
            "<p data-x=\"1\" title=\"t\">1</p><img src=\"a.png\" alt=\"\"><span style=\"color:red\" class=\"c3 target\" id=\"s\">3</span>",
            ["target"], []
        ),
        ("<td class=\"a\" width=\"2\">1</td><p lang=\"en\" class=\"b target\">2</p>", ["target", "b"], []),
    ])
    func firstElementByClassOrID(html: String, classes: [String], ids: [String]) {
        let tree = HTMLParser.parse(Array("<html><body>\(html)</body></html>".utf8))
        let expected = (0..<tree.count).first { index in
            tree.kind(index) == .element
                && (tree.classes(index).contains(where: classes.contains) || tree.id(index).map(ids.contains) == true)
        }
        #expect(tree.firstElement(withClassIn: classes, orIDIn: ids) == expected, "\(html)")
    }

    /// Each element has the classes of its own `class` attribute, wherever that stands among
    /// its attributes, and a text node or an element without one has none.
    @Test func classesAreEachElementsOwn() throws {
        let html =
            "<html><body><p data-x=\"1\" class=\"a  b\">t</p><img src=\"x.png\"><span title=\"s\" class=\"c\" id=\"i\">u</span></body></html>"
        let tree = HTMLParser.parse(Array(html.utf8))
        let p = try #require(tree.firstElement("p"))
        let span = try #require(tree.firstElement("span"))
        #expect(tree.classes(p) == ["a", "b"])
        #expect(tree.classes(p + 1).isEmpty && tree.kind(p + 1) == .text)
        #expect(tree.classes(try #require(tree.firstElement("img"))).isEmpty)
        #expect(tree.classes(span) == ["c"] && tree.id(span) == "i")
        #expect(tree.firstElement(withClassIn: ["c"], orIDIn: []) == span)
        #expect(tree.firstElement(withClassIn: ["b"], orIDIn: ["i"]) == p)
    }

    /// The first element child skips text and comments, and is nil for a node without one.
    @Test func theFirstElementChildSkipsTextAndComments() throws {
        let tree = HTMLParser.parse(
            Array("<html><body>\n text <!-- c --><div><p>x</p></div><table></table></body></html>".utf8))
        let body = try #require(tree.firstElement("body"))
        let div = try #require(tree.firstElement("div"))
        #expect(tree.firstElementChild(body) == div)
        #expect(tree.firstElementChild(div) == tree.firstElement("p"))
        #expect(tree.firstElementChild(try #require(tree.firstElement("table"))) == nil)
        #expect(tree.firstElementChild(try #require(tree.firstElement("p"))) == nil)
    }
}
