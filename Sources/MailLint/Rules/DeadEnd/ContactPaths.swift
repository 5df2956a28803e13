import Foundation
import MailHTML

/// The ways a message offers to reach a person other than replying: mailto links to
/// addresses that are read, `tel:` links, links whose text, URL or (for a "click here")
/// sentence says contact, support or help, and addresses or phone numbers in the visible
/// text.
enum ContactPaths {
    /// Words of URLs that lead to a person (`/contact`, `/hilfe`, `/kundenservice`): what
    /// the link's text says is read by `ContactVocabulary`.
    static let linkWords = [
        "contact", "contactus", "support", "help", "customer-service", "customerservice", "kontakt",
        "hilfe", "kundenservice", "kundendienst", "aide", "service-client", "assistance", "contacto", "ayuda",
        "soporte", "contato", "ajuda", "suporte", "atendimento", "contatti", "assistenza", "aiuto", "klantenservice",
        "hulp", "pomoc", "kundtjanst", "kundservice", "kundeservice", "asiakaspalvelu", "podpora", "iletisim",
        "destek", "yardim", "bantuan", "hubungi-kami", "lien-he", "ho-tro",
    ]

    /// What was found, each as "kind: value", in document order; empty when there is none.
    static func find(in context: LintContext) -> [String] {
        var found: [String] = []
        // The addresses of mailto links, not found again in their text.
        var linked: Set<String> = []
        for html in context.htmlParts {
            for link in html.analysis.links {
                if case .hidden = link.visibility { continue }
                switch link.scheme {
                case "mailto":
                    let address = String(link.href.dropFirst(7).prefix { $0 != "?" })
                    let local = address.split(separator: "@").first.map(String.init) ?? address
                    if DoNotReplyPatterns.match(localPart: local) == nil {
                        found.append("mailto link: \(address)")
                        linked.insert(address.lowercased())
                    }
                case "tel":
                    found.append("phone link: \(link.href.dropFirst(4))")
                default:
                    if let word = ContactVocabulary.phrase(in: link.accessibleText)?.written ?? linkWord(in: link.href)
                        ?? sentenceWord(of: link, in: html.analysis.tree)
                    {
                        found.append("\(word) link: \(link.href.prefix(80))")
                    }
                }
            }
        }
        // The addresses and web addresses written out in the text, plain or HTML alike: a
        // mail program makes a link of them, and the reader can write or go there; not the
        // reader's own address ("This email was sent to ann@example.org"), nor one a mailto
        // link already gave.
        let known = linked.union(
            (context.to.mailboxes + AddressParser.parse(context.header.all("Cc")).mailboxes).map {
                $0.address.lowercased()
            })
        for body in context.bodyTexts {
            for run in body.text.runs {
                // The same URL and address finder the unsubscribe rules use, on bytes.
                let targets = PlainTextTargets.find(in: run, bareWeb: true)
                guard !targets.isEmpty else { continue }
                // A URL on a line that names a contact ("Kundenservice: https://…"), read once.
                lazy var named = ContactVocabulary.phrase(in: run.text)?.written
                for target in targets {
                    let paths = pathIn(target, besides: known)
                    if !paths.isEmpty {
                        found += paths
                    } else if target.hasPrefix("http") || target.hasPrefix("www."), let named {
                        found.append("\(named) link: \(target.prefix(80))")
                    }
                }
            }
        }
        for body in context.bodyTexts {
            for run in body.text.runs where run.withUTF8(hasSixDigits) {
                if let phone = phoneNumber(in: run.text) {
                    found.append("phone: \(phone)")
                    break
                }
            }
        }
        // A path said twice (a link whose text is its own address) is one path.
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// The contact word of the sentence around a link whose own text says nothing ("Need
    /// help? Click here.", "Pour nous contacter, cliquez ici"), as the opt-out links read it
    /// (`LinkSentence`); nil for any other link.
    private static func sentenceWord(of link: Link, in tree: HTMLTree) -> String? {
        guard link.imageOnly || LinkSentence.isGeneric(link.text) else { return nil }
        let sentence = LinkSentence.around(link.element, in: tree)
        guard !sentence.isEmpty else { return nil }
        let folded = FoldedText(sentence)
        if let word = ContactVocabulary.phrase(in: sentence, folded: folded)?.written { return word }
        let matches = questionMatcher.matches(in: folded.scalars)
        guard !matches.contains(where: { !$0.payload }), let question = matches.first else { return nil }
        return folded.written(question.range, in: sentence)
    }

    /// Questions as what a "click here" is for ("Questions? Click here", "Bei Fragen klicken
    /// Sie hier") — read in such a link's sentence only, for questions are asked of the
    /// reader in other text — and the words that make them the reader's to answer, a survey
    /// ("answer three questions about your stay: click here"), which are no way in (false).
    static let questionMatcher = PhraseMatcher<Bool>(
        [
            "questions", "question", "any questions", "fragen", "bei fragen", "une question", "des questions",
            "preguntas", "dudas", "domande", "dúvidas", "perguntas", "vragen", "frågor", "spørgsmål", "spørsmål",
            "kysyttävää", "pytania", "pytań", "dotazy", "otázky", "kérdése", "kérdés", "întrebări", "sorularınız",
            "sorunuz", "ερωτήσεις", "вопросы", "вопросов", "запитання", "питання", "質問", "ご質問", "问题", "疑问", "問題",
            "문의", "질문", "أسئلة", "שאלות", "pertanyaan", "câu hỏi", "คำถาม",
        ].map { ($0, true) }
            + [
                "answer", "survey", "questionnaire", "quiz", "poll", "beantworten", "umfrage", "répondez", "sondage",
                "responde", "responda", "encuesta", "rispondi", "sondaggio", "questionario", "pesquisa", "enquete",
                "beantwoord", "enquête", "vragenlijst", "ankieta", "ankiety", "опрос", "опитування", "アンケート",
                "调查", "問卷", "설문",
            ].map { ($0, false) })

    /// The contact path a word of plain text names: a readable address other than those
    /// `known` (lowercase: the readers', the mailto links'), or a contact link.
    private static func pathIn(_ word: String, besides known: Set<String>) -> [String] {
        if word.contains("@"), word.contains("."), !word.hasPrefix("@") {
            let local = String(word.split(separator: "@").first ?? "")
            let isRead = DoNotReplyPatterns.match(localPart: local) == nil && !known.contains(word.lowercased())
            return isRead ? ["address: \(word)"] : []
        }
        if word.hasPrefix("http") || word.hasPrefix("www."), linkWord(in: word) != nil {
            return ["link: \(word.prefix(80))"]
        }
        return []
    }

    /// `linkWords`, searched in one pass, and whether each matches anywhere (scripts
    /// without spaces).
    static let linkWordTable = ByteWordTable(linkWords)
    static let linkWordAnywhere: [Bool] = linkWords.map { ($0.unicodeScalars.first?.value ?? 0) >= 0x3000 }

    /// The first link word that stands in `text` on its own, or nil.
    static func linkWord(in text: String) -> String? {
        // ASCII case is ignored by the search; other scripts' capitals are lowered first.
        let bytes = Array((text.utf8.contains { $0 >= 0x80 } ? text.lowercased() : text).utf8)
        let index = linkWordTable.firstListed(in: bytes) { word, start in
            let end = start + linkWordTable.words[word].count
            return linkWordAnywhere[word]
                || (!isWordByte(start > 0 ? bytes[start - 1] : 0x20)
                    && !isWordByte(end < bytes.count ? bytes[end] : 0x20))
        }
        return index.map { linkWords[$0] }
    }

    /// A letter, a digit, or a byte of a character outside ASCII.
    static func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || ASCII.isLetter(byte) || ASCII.isDigit(byte) }

    /// Words that introduce a phone number, in the languages the phrase tables know.
    static let phoneWords = [
        "phone", "tel", "call us", "call", "hotline", "telefon", "rufen sie", "téléphone", "telephone", "appelez",
        "teléfono", "telefono", "llámenos", "telefone", "ligue", "chiamaci", "bel ons", "telefoon", "zadzwoń",
        "ring oss", "電話", "电话", "致电", "tlf", "puhelin", "телефон", "тел", "τηλέφωνο", "τηλ", "טלפון", "هاتف",
        "điện thoại", "โทร", "전화", "telepon", "telefonszám", "telefonon", "ring os", "ring til", "zavolejte", "sunați",
    ]

    /// Names of a service that a number follows right after its colon ("Kundenservice: 0800
    /// 123 4567", "고객센터: 1588-1234"); unlike `phoneWords`, no other word may stand between.
    static let serviceWords = [
        "customer service", "customer support", "helpline", "support line", "kundenservice", "kundendienst",
        "service client", "service clients", "atención al cliente", "servizio clienti", "atendimento", "klantenservice",
        "kundtjänst", "kundeservice", "asiakaspalvelu", "obsługa klienta", "zákaznická linka", "ügyfélszolgálat",
        "müşteri hizmetleri", "служба поддержки", "служба підтримки", "고객센터", "客服", "客服中心", "お客様センター",
        // Session 15: the service's name in more languages, and the inquiries desk.
        "customer care", "servicio al cliente", "assistenza clienti", "service consommateurs", "relații clienți",
        "relatii clienti", "εξυπηρέτηση πελατών", "layanan pelanggan", "tổng đài", "tổng đài hỗ trợ", "خدمة العملاء",
        "שירות לקוחות", "บริการลูกค้า", "ศูนย์บริการลูกค้า", "お問い合わせ先", "お問い合わせ", "問い合わせ先",
    ]

    /// `phoneWords` and `serviceWords` as UTF-8 bytes, whether each may stand anywhere (CJK),
    /// and whether other words may stand between it and the number ("call us *at*", "ligue
    /// *para*", "Телефон *поддержки*:").
    static let phoneWordBytes: [(bytes: [UInt8], anywhere: Bool, wordsBetween: Bool)] =
        phoneWords.map { (Array($0.utf8), ($0.unicodeScalars.first?.value ?? 0) >= 0x3000, true) }
        + serviceWords.map { (Array($0.utf8), ($0.unicodeScalars.first?.value ?? 0) >= 0x3000, false) }

    /// A phone number in `text`: international (`+` and at least 8 digits, separators
    /// allowed), or national (6 or more digits) right after a word such as "phone",
    /// "Telefon" or "call us". Nil when there is none. Bare digit runs (order numbers,
    /// codes) are not phone numbers. Read on UTF-8 bytes, phone words ignoring ASCII case.
    static func phoneNumber(in text: String) -> String? {
        // Cheap test first: a phone number needs six digits.
        guard text.utf8.withContiguousStorageIfAvailable(hasSixDigits) ?? true else { return nil }
        // ASCII case is ignored by the search; other scripts' capitals ("Телефон") are lowered first.
        let bytes = Array((text.utf8.contains { $0 >= 0x80 } ? text.lowercased() : text).utf8)
        if let international = internationalNumber(in: bytes) { return international }
        for word in phoneWordBytes {
            var from = 0
            while let start = ASCIISearch.firstIndex(of: word.bytes, in: bytes, from: from) {
                from = start + 1
                var index = start + word.bytes.count
                // Not "hotel" for "tel": no letter right before or after a word of a spaced script.
                let nextIsNoBreakSpace = index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0
                guard
                    word.anywhere
                        || (!isWordByte(start > 0 ? bytes[start - 1] : 0x20)
                            && (nextIsNoBreakSpace || !isWordByte(index < bytes.count ? bytes[index] : 0x20)))
                else { continue }
                // Up to 6 of ":", "：", spaces, "." or no-break spaces (and, after a phone
                // word, up to two short words), then the number itself.
                var skipped = 0
                var wordsSkipped = 0
                var abandoned = false
                while index < bytes.count, skipped < 6 {
                    if word.wordsBetween, wordsSkipped < 2, isWordByte(bytes[index]), !ASCII.isDigit(bytes[index]) {
                        let wordStart = index
                        while index < bytes.count, isWordByte(bytes[index]), !ASCII.isDigit(bytes[index]) { index += 1 }
                        // A long word is not a preposition or a service's name: the number
                        // is not this word's.
                        guard index - wordStart <= 24 else {
                            abandoned = true
                            break
                        }
                        wordsSkipped += 1
                        skipped += 1
                        continue
                    }
                    if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                        index += 2
                    } else if bytes[index] == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBC,
                        bytes[index + 2] == 0x9A
                    {
                        index += 3  // the fullwidth colon of CJK text
                    } else if bytes[index] == 0x20 || bytes[index] == 0x3A || bytes[index] == 0x2E
                        || bytes[index] == 0x09
                    {
                        index += 1
                    } else {
                        break
                    }
                    skipped += 1
                }
                if abandoned { continue }
                let numberStart = index
                var digits = 0
                // After a phone word dots separate groups too ("Call 555.123.4567").
                while index < bytes.count,
                    ASCII.isDigit(bytes[index]) || isNumberSeparator(bytes[index])
                {
                    if ASCII.isDigit(bytes[index]) { digits += 1 }
                    index += 1
                }
                if digits >= 6 { return trimmed(bytes[numberStart..<index]) }
            }
        }
        return nil
    }

    /// Whether UTF-8 text has six digits, which a phone number needs.
    static func hasSixDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digitCount = 0
        for byte in bytes where ASCII.isDigit(byte) {
            digitCount += 1
            if digitCount == 6 { return true }
        }
        return false
    }

    /// An international number: `+` and at least 8 digits, separators allowed.
    static func internationalNumber(in bytes: [UInt8]) -> String? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "+") {
                var end = index + 1
                var digits = 0
                while end < bytes.count, ASCII.isDigit(bytes[end]) || isNumberSeparator(bytes[end]) {
                    if ASCII.isDigit(bytes[end]) { digits += 1 }
                    end += 1
                }
                if digits >= 8 { return trimmed(bytes[index..<end]) }
            }
            index += 1
        }
        return nil
    }

    /// Space, `-`, `/`, `(`, `)` and `.` between the digits of a phone number.
    static func isNumberSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x2F || byte == 0x28 || byte == 0x29 || byte == 0x2E
    }

    /// The bytes as text without spaces at either end, nor the separators a sentence puts
    /// after a number ("… 123-4567.").
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        var slice = bytes
        while slice.first == 0x20 { slice.removeFirst() }
        while let last = slice.last, last != UInt8(ascii: ")"), !ASCII.isDigit(last) { slice.removeLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}
