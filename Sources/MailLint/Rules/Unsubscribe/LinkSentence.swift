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
            // The other languages of the vocabulary: "here", "click here" as links say them.
            "click", "tap here", "clicking here", "pincha aquí", "clic aquí", "clique", "clicca", "her", "klik her",
            "klikk her", "tästä", "klikkaa tästä", "napsauta tästä", "zde", "klikněte zde", "sem", "klikněte sem",
            "kliknite sem", "kliknite tu", "tu", "здесь", "нажмите здесь", "сюда", "нажмите сюда", "по ссылке",
            "тут", "натисніть тут", "натисніть сюди", "buraya", "buraya tıklayın", "tıklayın", "εδώ",
            "κάντε κλικ εδώ", "ide", "kattintson ide", "kattints ide", "aici", "click aici", "faceți clic aici",
            "dați click aici", "按此", "按這裡", "點擊此處", "点击此处", "点此", "여기", "여기를 클릭", "هنا", "انقر هنا",
            "اضغط هنا", "כאן", "לחצו כאן", "לחץ כאן", "di sini", "klik di sini", "đây", "tại đây", "nhấn vào đây",
            "bấm vào đây", "ที่นี่", "คลิกที่นี่",
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
}
