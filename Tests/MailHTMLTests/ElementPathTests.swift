import Testing

@testable import MailHTML

/// An element path names each ancestor by its tag, with `:nth-of-type(n)` where a sibling has
/// the same tag (before or after it), counted over siblings only (not their descendants), and
/// by its id where it has one.
struct ElementPathTests {
    static func path(_ html: String, _ pick: (HTMLTree) -> Int?) throws -> String {
        let tree = HTMLParser.parse(Array(html.utf8))
        return tree.elementPath(of: try #require(pick(tree)))
    }

    @Test func aCellAmongCellsIsCounted() throws {
        let html = "<table><tr><td>a</td><td><a href=\"x\">b</a></td><td>c</td></tr></table>"
        #expect(try Self.path(html) { $0.firstElement("a") } == "html > body > table > tr > td:nth-of-type(2) > a")
    }

    @Test func siblingsAreCountedPastTheirDescendants() throws {
        // Twenty paragraphs with text and nested paragraphs-in-divs between them: only the
        // body's own children count, eight parents at a time or one by one.
        var html = "<div id=\"w\">"
        for index in 0..<20 { html += "<p>\(index)</p> <div><span><p>inner</p></span></div>" }
        html += "<em>last</em></div>"
        let tree = HTMLParser.parse(Array(html.utf8))
        let wrapper = try #require(tree.firstElement(withClassIn: [], orIDIn: ["w"]))
        let paragraphs = tree.children(wrapper).filter { tree.tag($0) == "p" }
        #expect(paragraphs.count == 20)
        #expect(tree.elementPath(of: paragraphs[12]) == "html > body > div#w > p:nth-of-type(13)")
        #expect(tree.elementPath(of: paragraphs[0]) == "html > body > div#w > p:nth-of-type(1)")
        #expect(tree.elementPath(of: try #require(tree.firstElement("em"))) == "html > body > div#w > em")
        // The paragraph, its text, the space, then the div, its span and the inner paragraph.
        let inner = tree.elementPath(of: paragraphs[3] + 5)
        #expect(inner == "html > body > div#w > div:nth-of-type(4) > span > p")
    }

    @Test func manySiblingsAreCountedFromTheirParentsTable() throws {
        // 1,500 paragraphs, spans and divs (with a nested paragraph each) under one parent:
        // past a few hundred nodes before an element its parent's children are read once and
        // kept; every position agrees with a count over the children themselves.
        var html = "<div id=\"w\">"
        for index in 0..<1_500 {
            html += ["<p>p</p>", "<span>s</span>", "<div><p>inner</p></div>"][index % 3]
        }
        // Far from the parent: the first of two, and one of its kind (no position).
        html += "<b>x</b><b>y</b><em>e</em></div>"
        let tree = HTMLParser.parse(Array(html.utf8))
        let wrapper = try #require(tree.firstElement(withClassIn: [], orIDIn: ["w"]))
        let children = tree.children(wrapper)
        #expect(children.count == 1_503)
        for (position, child) in children.enumerated() where position % 7 == 0 || position > 1_495 {
            let tag = tree.tag(child)
            let before = children[..<position].filter { tree.tag($0) == tag }.count
            let expected = "html > body > div#w > \(tag)" + (tag == "em" ? "" : ":nth-of-type(\(before + 1))")
            #expect(tree.elementPath(of: child) == expected)
        }
        #expect(child(after: 1_200, in: tree, children) > HTMLTree.SiblingPositions.direct)
    }

    private func child(after position: Int, in tree: HTMLTree, _ children: [Int]) -> Int {
        children[position] - tree.parent(children[position])
    }
}
