/// The do-not-reply address families, one entry per line with its language: the data of
/// `noreply-from` and `noreply-reply-to`. Adding a language is adding lines.
///
/// Entries are written as people write them; matching compares them normalised (lowercase,
/// without `.`, `_`, `-`, spaces and any `+tag`), so "no-reply", "no_reply", "No.Reply"
/// and "noreply" are one entry.
enum DoNotReplyPatterns {
    static let entries: [(pattern: String, language: String)] = [
        ("noreply", "en"), ("no-reply", "en"), ("donotreply", "en"), ("do-not-reply", "en"), ("noreplies", "en"),
        ("no-replies", "en"), ("dontreply", "en"), ("dont-reply", "en"), ("unattended", "en"),
        ("unmonitored", "en"), ("noresponse", "en"), ("no-response", "en"),
        ("nichtantworten", "de"), ("nicht-antworten", "de"), ("keine-antwort", "de"), ("keineantwort", "de"),
        ("bitte-nicht-antworten", "de"),
        ("nepasrepondre", "fr"), ("ne-pas-repondre", "fr"), ("nepasrépondre", "fr"), ("pas-de-reponse", "fr"),
        ("noresponder", "es"), ("no-responder", "es"), ("no-contestar", "es"), ("nocontestar", "es"),
        ("sin-respuesta", "es"),
        ("nao-responda", "pt"), ("naoresponda", "pt"), ("não-responda", "pt"), ("naoresponder", "pt"),
        ("nao-responder", "pt"),
        ("non-rispondere", "it"), ("nonrispondere", "it"),
        ("niet-beantwoorden", "nl"), ("nietbeantwoorden", "nl"), ("geen-antwoord", "nl"),
        ("nie-odpowiadaj", "pl"), ("nieodpowiadac", "pl"), ("nieodpowiadaj", "pl"), ("brak-odpowiedzi", "pl"),
        ("svara-inte", "sv"), ("svarainte", "sv"), ("ej-svar", "sv"), ("besvaraej", "sv"),
        ("ikke-svar", "da"), ("ikkesvar", "da"), ("ei-vastausta", "fi"), ("nevalaszoljon", "hu"),
        ("neodpovidejte", "cs"), ("neodpovedajte", "sk"), ("ne-otvechat", "ru"), ("neotvechat", "ru"),
        ("yanitlamayin", "tr"), ("yanitlamayiniz", "tr"), ("cevaplamayin", "tr"), ("nu-raspunde", "ro"),
        ("nuraspunde", "ro"), ("nu-raspundeti", "ro"), ("nevalaszolj", "hu"), ("ala-vastaa", "fi"), ("alavastaa", "fi"),
        ("ikke-svar", "nb"), ("ne-vidpovidaty", "uk"), ("nevidpovidaty", "uk"), ("jangan-balas", "id"),
        ("janganbalas", "id"), ("khong-tra-loi", "vi"), ("khongtraloi", "vi"),
        // Session 15: "respond" and "answer" in English, Spanish imperatives, Dutch "reageren".
        ("donotrespond", "en"), ("do-not-respond", "en"), ("norespond", "en"), ("no-respond", "en"), ("noanswer", "en"),
        ("no-answer", "en"), ("no-responda", "es"), ("noresponda", "es"), ("no-conteste", "es"), ("noconteste", "es"),
        ("niet-reageren", "nl"), ("nietreageren", "nl"), ("niet-antwoorden", "nl"), ("nietantwoorden", "nl"),
    ]

    /// Display-name phrases that announce a do-not-reply sender, with their language.
    static let displayNames: [(phrase: String, language: String)] = [
        ("do not reply", "en"), ("no reply", "en"), ("noreply", "en"), ("don't reply", "en"),
        ("nicht antworten", "de"), ("ne pas répondre", "fr"), ("ne pas repondre", "fr"), ("no responder", "es"),
        ("não responda", "pt"), ("nao responda", "pt"), ("non rispondere", "it"), ("niet beantwoorden", "nl"),
        ("nie odpowiadaj", "pl"), ("svara inte", "sv"), ("svar ikke", "da"), ("ikke svar", "nb"),
        ("älä vastaa", "fi"), ("neodpovídejte", "cs"), ("neodpovedajte", "sk"), ("ne válaszoljon", "hu"),
        ("nu răspundeți", "ro"), ("yanıtlamayın", "tr"), ("cevap vermeyin", "tr"), ("μην απαντάτε", "el"),
        ("не отвечать", "ru"), ("не отвечайте", "ru"), ("не відповідати", "uk"), ("не відповідайте", "uk"),
        ("返信不要", "ja"), ("送信専用", "ja"), ("请勿回复", "zh"), ("請勿回覆", "zh-Hant"), ("請勿回復", "zh-Hant"),
        ("회신불가", "ko"), ("발신전용", "ko"), ("لا ترد", "ar"), ("لا تقم بالرد", "ar"), ("לא להשיב", "he"),
        ("jangan balas", "id"), ("không trả lời", "vi"), ("ห้ามตอบกลับ", "th"),
        ("do not respond", "en"), ("don't respond", "en"), ("no responda", "es"), ("no contestar", "es"),
        ("não responder", "pt"), ("nao responder", "pt"), ("niet reageren", "nl"), ("niet antwoorden", "nl"),
    ]

    /// The text folded for matching, as UTF-8 bytes: lowercase, diacritics off, `+tag` (for
    /// local parts) and separators removed.
    /// ASCII text (nearly every address and name) is folded byte by byte.
    static func normalize(_ text: String, isLocalPart: Bool) -> [UInt8] {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var isASCII = true
        for byte in text.utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if isLocalPart, byte == ASCII.plus { break }
            switch byte {
            case ASCII.period, ASCII.underscore, ASCII.hyphen, ASCII.space, ASCII.tab, ASCII.apostrophe: continue
            default: folded.append(ASCII.lowercased(byte))
            }
        }
        return isASCII ? folded : normalizeUnicode(text, isLocalPart: isLocalPart)
    }

    /// `normalize` for text beyond ASCII, scalar by scalar, letters folded as every
    /// vocabulary folds them (`ScalarFold`: diacritics, fullwidth forms, ligatures, marks).
    static func normalizeUnicode(_ text: String, isLocalPart: Bool) -> [UInt8] {
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isLocalPart, scalar == "+" { break }
            switch ScalarFold.kind(of: scalar) {
            case .word(let scalars): folded.append(contentsOf: scalars)
            case .letter: folded.append(scalar)
            case .ignorable, .hyphen, .apostrophe: continue
            case .separator, .sentenceEnd:
                if [".", "_", " ", "\t"].contains(scalar) || scalar.properties.isWhitespace { continue }
                folded.append(scalar)
            }
        }
        return Array(String(folded).utf8)
    }

    /// A matched entry: what was written and its language.
    struct Match: Equatable {
        var pattern: String
        var language: String
    }

    /// The local-part families, normalised.
    static let normalizedEntries: [(key: [UInt8], entry: Match)] = entries.map {
        (normalize($0.pattern, isLocalPart: false), Match(pattern: $0.pattern, language: $0.language))
    }

    /// The display-name phrases, normalised.
    static let normalizedDisplayNames: [(key: [UInt8], entry: Match)] = displayNames.map {
        (normalize($0.phrase, isLocalPart: false), Match(pattern: $0.phrase, language: $0.language))
    }

    /// Whether `haystack` contains `needle`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        needle.isEmpty || ASCIISearch.firstIndex(of: needle, in: haystack, from: 0) != nil
    }

    /// The longest of `entries` that `key` contains ("noresponda" is Spanish, though it holds
    /// the English "norespond"), or nil.
    static func longest(in entries: [(key: [UInt8], entry: Match)], containedIn key: [UInt8]) -> Match? {
        var best: (key: [UInt8], entry: Match)?
        for candidate in entries where candidate.key.count > (best?.key.count ?? -1) && contains(key, candidate.key) {
            best = candidate
        }
        return best?.entry
    }

    /// The entry a local part contains, or nil; `extra` are configured patterns.
    static func match(localPart: String, extra: [String] = []) -> Match? {
        let key = normalize(localPart, isLocalPart: true)
        if let found = longest(in: normalizedEntries, containedIn: key) { return found }
        for pattern in extra {
            let needle = normalize(pattern, isLocalPart: false)
            guard !needle.isEmpty, contains(key, needle) else { continue }
            return Match(pattern: pattern, language: "configured")
        }
        return nil
    }

    /// The phrase a display name contains, or nil.
    static func match(displayName: String) -> Match? {
        longest(in: normalizedDisplayNames, containedIn: normalize(displayName, isLocalPart: false))
    }

    /// Whether `mailbox` is a do-not-reply address (by its local part or display name),
    /// unless the configuration allows it.
    static func match(_ mailbox: Mailbox, configuration: Configuration, extra: [String] = []) -> (Match, byName: Bool)?
    {
        let address = mailbox.address.lowercased()
        if configuration.allowedSenders.contains(address) { return nil }
        if let domain = mailbox.normalizedDomain, configuration.allowedSenderDomains.contains(domain) { return nil }
        if let match = match(localPart: mailbox.localPart, extra: extra) { return (match, false) }
        // A domain label that is one of the families: clubinfo@donotreply.example.
        for label in (mailbox.normalizedDomain ?? "").split(separator: ".").dropLast() {
            let key = normalize(String(label), isLocalPart: false)
            if let found = normalizedEntries.first(where: { $0.key == key }) { return (found.entry, false) }
        }
        if let name = mailbox.displayName, let match = match(displayName: name) { return (match, true) }
        return nil
    }
}
