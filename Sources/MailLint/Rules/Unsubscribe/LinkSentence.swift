import MailHTML

/// The words around a link whose own text says nothing ("Click HIER, um dich abzumelden",
/// "unsubscribe here"): the part of its sentence between the links before and after it,
/// within its block.
enum LinkSentence {
    /// Link texts that say nothing by themselves, folded (see `FoldedText`).
    static let genericTexts: Set<[Unicode.Scalar]> = Set(
        [
            "here", "click here", "this link", "link", "hier", "klicke hier", "klicken sie hier", "hier klicken", "ici",
            "cliquez ici", "cliquer ici", "en cliquant ici", "aquí", "haz clic aquí", "haga clic aquí", "pulsa aquí",
            "aqui", "clique aqui", "qui", "clicca qui", "klik hier", "klik", "tutaj", "kliknij tutaj", "kliknij", "här",
            "klicka här", "こちら", "ここ", "这里", "此处", "点击这里", "點擊這裡", "點此",
        ].map(FoldedText.key))

    /// Elements that end a sentence's reach.
    static let blocks: Set<String> = [
        "p", "div", "td", "th", "li", "ul", "ol", "table", "tr", "tbody", "body", "center", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "section", "footer", "header", "article", "br",
    ]

    /// Whether `text` is one of the generic link texts.
    static func isGeneric(_ text: String) -> Bool { genericTexts.contains(FoldedText.key(text)) }

    /// The text of the sentence around link element `link`: from the previous link or
    /// sentence end to the next link or sentence end, within the nearest block.
    static func around(_ link: Int, in tree: HTMLTree) -> String {
        var block = tree.nodes[link].parent
        while block >= 0, !blocks.contains(tree.nodes[block].tag) { block = tree.nodes[block].parent }
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
            if node.kind == .element, (node.tag == "a" && node.attribute("href") != nil) || blocks.contains(node.tag) {
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
                    if let end = before.lastIndex(where: { ".!?。！？".contains($0) }) {
                        before = String(before[before.index(after: end)...])
                    }
                }
            }
            stack.append(contentsOf: node.children.reversed())
        }
        return before + " … " + after
    }
}
