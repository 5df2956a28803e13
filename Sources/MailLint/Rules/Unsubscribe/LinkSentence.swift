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
            // A link that answers the sentence before it ("Don't want these emails anymore?
            // Let us know."), and links named as links.
            "let us know", "tell us", "this page", "follow this link", "use this link", "click this link", "go here",
            "sag uns bescheid", "lass es uns wissen", "diesen link", "dites-le-nous", "ce lien", "avísanos",
            "este enlace", "faccelo sapere", "questo link", "avise-nos", "este link", "laat het ons weten", "deze link",
            // The reader's account page, where a sentence around it says the notifications are
            // turned off ("if you don't want these notifications, visit My account and uncheck
            // …"): the account's name says nothing of opting out by itself.
            "my account", "your account", "my profile", "your profile", "account settings", "mein konto",
            "mein benutzerkonto", "ihr konto", "dein konto", "mon compte", "votre compte", "mon profil", "mi cuenta",
            "tu cuenta", "su cuenta", "mi perfil", "minha conta", "sua conta", "meu perfil", "il mio account",
            "il tuo account", "il mio profilo", "mijn account", "je account", "uw account", "mijn profiel",
            "mitt konto", "ditt konto", "min konto", "din konto", "oma tili", "moje konto", "twoje konto", "můj účet",
            "váš účet", "môj účet", "мой аккаунт", "мой профиль", "личный кабинет", "ваш аккаунт", "мій акаунт",
            "мій обліковий запис", "мій профіль", "ο λογαριασμός μου", "fiókom", "saját fiók", "contul meu",
            "hesabım", "hesabınız", "akun saya", "akun anda", "tài khoản của tôi", "حسابي", "החשבון שלי",
            "マイアカウント", "マイページ", "我的帐号", "我的账号", "我的帐户", "我的账户", "我的帳戶", "我的帳號", "내 계정",
            "마이페이지", "บัญชีของฉัน",
        ].map(FoldedText.key))

    /// Elements that end a sentence's reach.
    static let blocks: Set<String> = [
        "p", "div", "td", "th", "li", "ul", "ol", "table", "tr", "tbody", "body", "center", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "section", "footer", "header", "article", "br",
    ]

    /// Whether `text` is one of the generic link texts.
    static func isGeneric(_ text: String) -> Bool { genericTexts.contains(FoldedText.key(text)) }

    /// The text of the sentence around link element `link`: from the previous link or
    /// sentence end to the next link or sentence end, within the nearest block; with the
    /// link's own text where `linkText` is given, an ellipsis in its place otherwise.
    ///
    /// Read outwards from the link in document order (a subtree is a contiguous run of
    /// indices), so that each link reads only the text between it and its neighbours, not
    /// its whole block: a block of thousands of "here" links costs their text once or twice.
    static func around(_ link: Int, in tree: HTMLTree, linkText: String? = nil) -> String {
        joined(sides(of: link, in: tree), linkText: linkText)
    }

    /// The sentence's text before link element `link` and after it (see `around`), read
    /// once for a caller that joins them more than one way.
    static func sides(of link: Int, in tree: HTMLTree) -> (before: String, after: String)? {
        var block = tree.parent(link)
        while block >= 0, !blocks.contains(tree.tag(block)) { block = tree.parent(block) }
        guard block >= 0 else { return nil }
        /// Whether node `index` ends a sentence's reach: another link, or a block.
        func stops(_ index: Int) -> Bool {
            guard tree.kind(index) == .element else { return false }
            let tag = tree.tag(index)
            return (tag == "a" && tree.attribute("href", of: index) != nil) || blocks.contains(tag)
        }
        /// Whether node `index` lies below `ancestor`, and below none of the elements that
        /// stop a sentence (whose text the sentence does not read) on the way.
        func isReadable(_ index: Int, below ancestor: Int) -> Bool {
            var current = tree.parent(index)
            while current > ancestor {
                if stops(current) { return false }
                current = tree.parent(current)
            }
            return current == ancestor
        }
        let ancestors = Set(sequence(first: tree.parent(link)) { $0 > block ? tree.parent($0) : nil })
        // Before the link, backwards: text up to the previous link or block, and no further
        // back than two sentence ends (what the sentence keeps; see `trimmedBefore`).
        var chunks: [String] = []
        var ends = 0
        var index = link - 1
        while index > block {
            defer { index -= 1 }
            if ancestors.contains(index) { continue }
            if stops(index) { break }
            guard tree.kind(index) == .text else { continue }
            guard isReadable(index, below: block) else { break }
            let text = tree.text(index)
            chunks.append(text)
            ends += text.reduce(0) { $0 + (sentenceEnds.contains($1) ? 1 : 0) }
            if ends >= 2 { break }
        }
        let before = trimmedBefore(chunks.reversed().joined())
        // After the link, forwards: past its own subtree, up to the next link, block or
        // sentence end, within the block.
        var after = ""
        index = link + 1
        while index < tree.count, isDescendant(index, of: link, in: tree) { index += 1 }
        while index < tree.count {
            defer { index += 1 }
            guard tree.parent(index) == block || isDescendant(index, of: block, in: tree) else { break }
            if stops(index) { break }
            guard tree.kind(index) == .text, isReadable(index, below: block) else { continue }
            let text = tree.text(index)
            if let end = text.firstIndex(where: { sentenceEnds.contains($0) }) {
                after += text[...end]
                break
            }
            after += text
        }
        return (before, after)
    }

    /// The sentence from its two `sides`: with the link's own text where `linkText` is given,
    /// one space apart from the text around it, an ellipsis in its place otherwise; empty
    /// for a link outside any block.
    static func joined(_ sides: (before: String, after: String)?, linkText: String? = nil) -> String {
        guard let (before, after) = sides else { return "" }
        guard let linkText else { return before + " … " + after }
        let space = before.last?.isWhitespace ?? true ? "" : " "
        let spaceAfter = after.first.map { $0.isWhitespace || $0.isPunctuation } ?? true ? "" : " "
        return before + space + linkText + spaceAfter + after
    }

    /// The sentence ends the sentence around a link is cut at.
    static let sentenceEnds: Set<Character> = [".", "!", "?", "。", "！", "？"]

    /// The text before a link cut to its sentence: what follows the last sentence end, or,
    /// when only white space does (the link starts a sentence: "Don't want these emails?
    /// Click here."), the sentence before it.
    static func trimmedBefore(_ text: String) -> String {
        let ends = text.indices.filter { sentenceEnds.contains(text[$0]) }
        guard let end = ends.last else { return text }
        let rest = text[text.index(after: end)...]
        if !rest.allSatisfy(\.isWhitespace) { return String(rest) }
        if ends.count > 1, let previous = ends.dropLast().last { return String(text[text.index(after: previous)...]) }
        return text
    }

    /// Whether node `index` lies anywhere below `ancestor`.
    static func isDescendant(_ index: Int, of ancestor: Int, in tree: HTMLTree) -> Bool {
        var current = tree.parent(index)
        while current > ancestor { current = tree.parent(current) }
        return current == ancestor
    }
}
