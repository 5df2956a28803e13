import MailHTML
import Testing

@testable import MailLint

/// `LinkSentence.around` reads outwards from a link; it must give what the first reading,
/// which walked the link's whole block, gave — on every link of many generated blocks —
/// and a block of thousands of "here" links must cost their text, not their square.
struct LinkSentenceTests {
    /// The first reading of `around`, which walks the whole block for each link: kept for
    /// the test that checks the two agree.
    static func aroundByWholeBlock(_ link: Int, in tree: HTMLTree) -> String {
        var block = tree.nodes[link].parent
        while block >= 0, !LinkSentence.blocks.contains(tree.nodes[block].tag) { block = tree.nodes[block].parent }
        guard block >= 0 else { return "" }
        var before = ""
        var after = ""
        var passedLink = false
        var stack = Array(tree.nodes[block].children.reversed())
        while let current = stack.popLast() {
            let node = tree.nodes[current]
            if current == link {
                passedLink = true
                continue
            }
            if node.kind == .element,
                (node.tag == "a" && node.attribute("href") != nil) || LinkSentence.blocks.contains(node.tag)
            {
                if passedLink { break }
                before = ""
                continue
            }
            if node.kind == .text {
                if passedLink {
                    if let end = node.text.firstIndex(where: { ".!?。！？".contains($0) }) {
                        after += node.text[...end]
                        break
                    }
                    after += node.text
                } else {
                    before += node.text
                    // The sentence the link ends; when the link starts one ("Don't want
                    // these emails? Click here."), the sentence before it as well.
                    let ends = before.indices.filter { ".!?。！？".contains(before[$0]) }
                    if let end = ends.last {
                        let rest = before[before.index(after: end)...]
                        if !rest.allSatisfy(\.isWhitespace) {
                            before = String(rest)
                        } else if ends.count > 1, let previous = ends.dropLast().last {
                            before = String(before[before.index(after: previous)...])
                        }
                    }
                }
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return before + " … " + after
    }

    /// A block of random inline markup, links and sentences, from `seed`.
    static func block(seed: UInt64) -> String {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = [
            "Click ", "here", ". ", "Don't want these? ", "unsubscribe ", "to stop. ", "Hi! ", "more text ", "？",
            "<b>bold ", "</b>", "<span>", "</span>", "<br>", "<a href=\"https://x.example/1\">here</a>",
            "<a href=\"https://x.example/2\">link</a>", "<a name=\"n\">anchor</a>", "<div>inner. </div>", "<i>",
            "</i>",
        ]
        var html = "<p>"
        for _ in 0..<(4 + next(30)) { html += pieces[next(pieces.count)] }
        return html + "</p>"
    }

    @Test func readingOutwardsAgreesWithReadingTheWholeBlock() {
        var compared = 0
        for seed in 0..<400 {
            let tree = HTMLParser.parse(Array("<html><body>\(Self.block(seed: UInt64(seed)))</body></html>".utf8))
            for index in 0..<tree.count where tree.kind(index) == .element && tree.tag(index) == "a" {
                #expect(
                    LinkSentence.around(index, in: tree) == Self.aroundByWholeBlock(index, in: tree),
                    "seed \(seed), node \(index)")
                compared += 1
            }
        }
        #expect(compared > 400)
    }

    @Test func aBlockOfThousandsOfLinksIsReadOnce() {
        var html = "<html><body><p>"
        for index in 0..<20_000 { html += "word \(index) <a href=\"https://x.example/\(index)\">here</a> " }
        let tree = HTMLParser.parse(Array((html + "</p></body></html>").utf8))
        let links = (0..<tree.count).filter { tree.kind($0) == .element && tree.tag($0) == "a" }
        #expect(links.count == 20_000)
        // Each link reads back to the previous one and on to the next: the text between them.
        let middle = LinkSentence.around(links[10_000], in: tree)
        #expect(middle.contains("word 10000") && middle.contains("word 10001") && !middle.contains("word 9999"))
        #expect(middle == Self.aroundByWholeBlock(links[10_000], in: tree))
        for link in links { _ = LinkSentence.around(link, in: tree) }
    }
}
