/// Parses address fields (From, To, Reply-To, Sender, Cc, ...) by RFC 5322 §3.4, with the
/// obsolete forms of §4.4 and the mistakes real mail makes.
///
/// - `name <local@domain>`, `local@domain`, groups (`team: a@x, b@y;`), comments anywhere,
///   quoted local parts and display names, obsolete routes (`<@relay:user@host>`), empty
///   list elements (`a@x,,b@y`).
/// - Display names may be RFC 2047 encoded words (also, against §5, inside quotes).
/// - An unquoted address used as a display name (`a@x <a@x>`) is read as a name.
/// - An element that is not an address is reported (`DefectKind.invalidAddress`) with its
///   text, never dropped silently; an address without a domain is kept and reported.
public enum AddressParser {
    /// Parses the raw value of one field.
    public static func parse(_ field: HeaderField) -> AddressList {
        var list = AddressList()
        parse(field.rawValue, into: &list, headerName: field.name)
        return list
    }

    /// Parses the raw values of several fields (every occurrence of From, say) into one list.
    public static func parse(_ fields: [HeaderField]) -> AddressList {
        var list = AddressList()
        for field in fields { parse(field.rawValue, into: &list, headerName: field.name) }
        return list
    }

    /// Parses `bytes` (indices are message offsets) and appends to `list`.
    public static func parse(_ bytes: ArraySlice<UInt8>, into list: inout AddressList, headerName: String? = nil) {
        var defects: [ParseDefect] = []
        let tokens = AddressTokenizer.tokenize(bytes, defects: &defects)
        var parser = TokenCursor(tokens: tokens, bytes: bytes)
        while !parser.atEnd {
            if parser.peekSpecial(ASCII.comma) {
                parser.advance()
                continue
            }
            parser.parseAddress(group: nil, into: &list.mailboxes, defects: &defects)
        }
        for index in defects.indices { defects[index].headerName = headerName }
        list.defects += defects
    }
}

/// A position in a token list, with the grammar's productions as methods.
private struct TokenCursor {
    let tokens: [AddressToken]
    let bytes: ArraySlice<UInt8>
    var index = 0

    var atEnd: Bool { index >= tokens.count }
    var current: AddressToken? { atEnd ? nil : tokens[index] }
    mutating func advance() { index += 1 }
    func peekSpecial(_ byte: UInt8) -> Bool { current?.isSpecial(byte) ?? false }

    /// address = mailbox / group, up to the next top-level `,` (or `;` inside a group).
    ///
    /// Always consumes at least one token, so every loop over addresses ends: a token that
    /// starts no address (a stray `;` or `>`) is reported and skipped.
    mutating func parseAddress(group: String?, into mailboxes: inout [Mailbox], defects: inout [ParseDefect]) {
        let start = index
        parseAddressBody(group: group, start: start, into: &mailboxes, defects: &defects)
        if index == start, let token = current {
            defects.append(
                ParseDefect(
                    .invalidAddress, range: token.range,
                    evidence: "unexpected \"\(ASCII.string(token.content))\" where an address should start"))
            advance()
        }
    }

    private mutating func parseAddressBody(
        group: String?, start: Int, into mailboxes: inout [Mailbox], defects: inout [ParseDefect]
    ) {
        var phrase: [AddressToken] = []
        while let token = current, token.isWord || token.isSpecial(ASCII.period) {
            phrase.append(token)
            advance()
        }
        guard let next = current else {
            finishBare(phrase, group: group, into: &mailboxes, defects: &defects)
            return
        }
        switch next.kind {
        case .special(ASCII.lessThan):
            parseAngleAddress(displayName: phrase, start: start, group: group, into: &mailboxes, defects: &defects)
        case .special(ASCII.colon) where group == nil && !phrase.isEmpty:
            advance()
            let name = Self.phraseText(phrase, defects: &defects)
            while let token = current, !token.isSpecial(ASCII.semicolon) {
                if token.isSpecial(ASCII.comma) {
                    advance()
                    continue
                }
                parseAddress(group: name, into: &mailboxes, defects: &defects)
            }
            if peekSpecial(ASCII.semicolon) {
                advance()
            } else {
                defects.append(
                    ParseDefect(
                        .unterminatedToken,
                        range: tokens[start].range.lowerBound..<tokens[tokens.count - 1].range.upperBound,
                        evidence: "group \"\(name)\" is not closed with \";\""))
            }
        case .special(ASCII.at) where !phrase.isEmpty:
            parseAddrSpec(local: phrase, start: start, group: group, into: &mailboxes, defects: &defects)
        case .special(ASCII.comma), .special(ASCII.semicolon):
            finishBare(phrase, group: group, into: &mailboxes, defects: &defects)
        default:
            skipInvalid(from: start, defects: &defects)
        }
    }

    /// A phrase not followed by `@` or `<`: an address without a domain.
    private mutating func finishBare(
        _ phrase: [AddressToken], group: String?, into mailboxes: inout [Mailbox], defects: inout [ParseDefect]
    ) {
        guard let first = phrase.first, let last = phrase.last else { return }
        let range = first.range.lowerBound..<last.range.upperBound
        let local = phrase.enumerated().reduce(into: [UInt8]()) { bytes, entry in
            if entry.offset > 0, entry.element.precededBySpace { bytes.append(ASCII.space) }
            bytes += entry.element.content
        }
        defects.append(
            ParseDefect(
                .addressWithoutDomain, range: range, evidence: "\"\(ASCII.string(local))\" has no @domain"))
        mailboxes.append(
            Mailbox(
                displayName: nil, localPart: Charset.decodeHeaderBytes(local), domain: nil, groupName: group,
                range: range, addressRange: range))
    }

    /// local "@" domain, then perhaps `<...>` when the addr-spec was really a display name.
    private mutating func parseAddrSpec(
        local: [AddressToken], start: Int, group: String?, into mailboxes: inout [Mailbox],
        defects: inout [ParseDefect]
    ) {
        advance()  // "@"
        let domainTokens = readDomain()
        if peekSpecial(ASCII.lessThan) {
            // "a@x <a@x>" or "a@x b <a@x>": everything before "<" is the display name.
            let nameTokens = Array(tokens[start..<index])
            parseAngleAddress(displayName: nameTokens, start: start, group: group, into: &mailboxes, defects: &defects)
            return
        }
        var local = local
        var displayName: String?
        if let split = Self.unbracketedNameSplit(local) {
            // "Big Bug bb@bug.com": the words before the last one are a display name that
            // lost its angle brackets.
            displayName = Self.phraseText(Array(local[..<split]), defects: &defects)
            local = Array(local[split...])
            defects.append(
                ParseDefect(
                    .invalidAddress, range: tokens[start].range.lowerBound..<tokens[index - 1].range.upperBound,
                    evidence:
                        "display name without angle brackets: \(text(tokens[start].range.lowerBound..<tokens[index - 1].range.upperBound))"
                ))
        }
        let range = tokens[start].range.lowerBound..<(tokens[index - 1].range.upperBound)
        let addressRange = local[0].range.lowerBound..<range.upperBound
        guard !domainTokens.isEmpty else {
            defects.append(
                ParseDefect(.addressWithoutDomain, range: range, evidence: "nothing after \"@\" in \(text(range))"))
            mailboxes.append(
                Mailbox(
                    displayName: displayName, localPart: Self.localText(local, defects: &defects), domain: nil,
                    groupName: group, range: range, addressRange: addressRange))
            skipToSeparator(defects: &defects, from: start)
            return
        }
        mailboxes.append(
            Mailbox(
                displayName: displayName, localPart: Self.localText(local, defects: &defects),
                domain: Self.domainText(domainTokens, defects: &defects), groupName: group, range: range,
                addressRange: addressRange))
        if let token = current, !token.isSpecial(ASCII.comma), !token.isSpecial(ASCII.semicolon) {
            skipInvalid(from: index, defects: &defects)
        }
    }

    /// "<" [obs-route] addr-spec ">" after an optional display name.
    private mutating func parseAngleAddress(
        displayName: [AddressToken], start: Int, group: String?, into mailboxes: inout [Mailbox],
        defects: inout [ParseDefect]
    ) {
        let open = tokens[index]
        advance()
        // obs-route: "@a,@b:" before the addr-spec.
        if peekSpecial(ASCII.at) {
            let routeStart = index
            while let token = current, !token.isSpecial(ASCII.colon), !token.isSpecial(ASCII.greaterThan) { advance() }
            if peekSpecial(ASCII.colon) {
                advance()
                defects.append(
                    ParseDefect(
                        .obsoleteRoute, range: tokens[routeStart].range.lowerBound..<tokens[index - 1].range.upperBound,
                        evidence:
                            "obsolete source route \(text(tokens[routeStart].range.lowerBound..<tokens[index - 1].range.upperBound))"
                    ))
            } else {
                index = routeStart
            }
        }
        let specStart = index
        var local: [AddressToken] = []
        while let token = current, token.isWord || token.isSpecial(ASCII.period) {
            local.append(token)
            advance()
        }
        var domain: [AddressToken] = []
        var hasAt = false
        if peekSpecial(ASCII.at) {
            hasAt = true
            advance()
            domain = readDomain()
        }
        let specEnd = index > specStart ? tokens[index - 1].range.upperBound : open.range.upperBound
        let addressRange = (index > specStart ? tokens[specStart].range.lowerBound : open.range.upperBound)..<specEnd
        var closed = false
        if peekSpecial(ASCII.greaterThan) {
            closed = true
            advance()
        } else {
            // Anything else before ">" makes the address invalid; skip to it.
            while let token = current, !token.isSpecial(ASCII.greaterThan), !token.isSpecial(ASCII.comma) { advance() }
            if peekSpecial(ASCII.greaterThan) {
                advance()
                closed = true
                defects.append(
                    ParseDefect(
                        .invalidAddress, range: open.range.lowerBound..<tokens[index - 1].range.upperBound,
                        evidence: "not an address: \(text(open.range.lowerBound..<tokens[index - 1].range.upperBound))")
                )
            }
        }
        let end = index > 0 ? tokens[index - 1].range.upperBound : open.range.upperBound
        let range = (displayName.first?.range.lowerBound ?? open.range.lowerBound)..<end
        if !closed {
            defects.append(
                ParseDefect(
                    .unterminatedToken, range: open.range.lowerBound..<end, evidence: "\"<\" is never closed with \">\""
                ))
        }
        let name = displayName.isEmpty ? nil : Self.phraseText(displayName, defects: &defects)
        if local.isEmpty && domain.isEmpty {
            // "<>": the null address, meaningful in Return-Path only.
            mailboxes.append(
                Mailbox(
                    displayName: name, localPart: "", domain: nil, groupName: group, range: range,
                    addressRange: addressRange))
            return
        }
        if !hasAt || domain.isEmpty {
            defects.append(
                ParseDefect(
                    .addressWithoutDomain, range: addressRange, evidence: "\"\(text(addressRange))\" has no @domain"))
        }
        mailboxes.append(
            Mailbox(
                displayName: name?.isEmpty == true ? nil : name, localPart: Self.localText(local, defects: &defects),
                domain: domain.isEmpty ? nil : Self.domainText(domain, defects: &defects), groupName: group,
                range: range, addressRange: addressRange))
        if let token = current, !token.isSpecial(ASCII.comma), !token.isSpecial(ASCII.semicolon) {
            skipInvalid(from: index, defects: &defects)
        }
    }

    /// dot-atom or domain-literal (obs-domain: atoms and dots with CFWS between).
    private mutating func readDomain() -> [AddressToken] {
        var domain: [AddressToken] = []
        while let token = current, token.kind == .atom || token.kind == .domainLiteral || token.isSpecial(ASCII.period)
        {
            // A word after white space that is not a dot continuation starts something else.
            if !domain.isEmpty, token.precededBySpace, !token.isSpecial(ASCII.period),
                domain.last?.isSpecial(ASCII.period) == false
            {
                break
            }
            domain.append(token)
            advance()
        }
        return domain
    }

    /// Skips an invalid element up to the next `,` (or `;`) and reports it.
    private mutating func skipInvalid(from start: Int, defects: inout [ParseDefect]) {
        let first = min(start, tokens.count - 1)
        while let token = current, !token.isSpecial(ASCII.comma), !token.isSpecial(ASCII.semicolon) { advance() }
        if peekSpecial(ASCII.semicolon), start == index { advance() }
        let last = max(first, index - 1)
        let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        defects.append(ParseDefect(.invalidAddress, range: range, evidence: "not an address: \(text(range))"))
    }

    private mutating func skipToSeparator(defects: inout [ParseDefect], from start: Int) {
        if let token = current, !token.isSpecial(ASCII.comma), !token.isSpecial(ASCII.semicolon) {
            skipInvalid(from: start, defects: &defects)
        }
    }

    /// The text of `range` for a defect's evidence: its first 200 bytes, and how long it is
    /// when it is longer (a field of thousands of stray words must not make an evidence of
    /// thousands of words).
    private func text(_ range: Range<Int>) -> String {
        let clamped = max(bytes.startIndex, range.lowerBound)..<min(bytes.endIndex, range.upperBound)
        let limit = 200
        guard clamped.count > limit else {
            return Charset.decodeHeaderBytes(bytes[clamped]).replacingControlCharacters()
        }
        var end = clamped.lowerBound + limit
        while end > clamped.lowerBound, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a UTF-8 sequence
        let shown = Charset.decodeHeaderBytes(bytes[clamped.lowerBound..<end]).replacingControlCharacters()
        return shown + "… (\(clamped.count) bytes)"
    }

    /// Where the local part starts when words separated by white space (and not joined by
    /// dots, which obs-local-part allows) stand before `@`; nil when the local part is one word.
    static func unbracketedNameSplit(_ tokens: [AddressToken]) -> Int? {
        var split: Int?
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            if token.precededBySpace, token.isWord, !tokens[index - 1].isSpecial(ASCII.period) { split = index }
        }
        return split
    }

    /// Tokens joined without spaces (local parts, domains).
    static func join(_ tokens: [AddressToken]) -> [UInt8] {
        tokens.reduce(into: []) { $0 += $1.content }
    }

    /// A display name: words joined by one space where white space stood between them,
    /// quotes removed, RFC 2047 encoded words decoded.
    static func phraseText(_ tokens: [AddressToken], defects: inout [ParseDefect]) -> String {
        var joined: [UInt8] = []
        for (offset, token) in tokens.enumerated() {
            if offset > 0, token.precededBySpace { joined.append(ASCII.space) }
            joined += token.content
            if token.kind == .quotedString, token.content.count > 7,
                EncodedWordDecoder.decode(token.content[...]).containsEncodedWords
            {
                defects.append(
                    ParseDefect(
                        .encodedWordInQuotedString, range: token.range,
                        evidence: "RFC 2047 encoded word inside a quoted display name"))
            }
        }
        return EncodedWordDecoder.decode(joined[...]).text.trimmingCharacters(in: " \t")
    }

    static func localText(_ tokens: [AddressToken], defects: inout [ParseDefect]) -> String {
        let bytes = join(tokens)
        flagEncodedWord(tokens, bytes, defects: &defects)
        return Charset.decodeHeaderBytes(bytes)
    }

    static func domainText(_ tokens: [AddressToken], defects: inout [ParseDefect]) -> String {
        let bytes = join(tokens)
        flagEncodedWord(tokens, bytes, defects: &defects)
        return Charset.decodeHeaderBytes(bytes)
    }

    private static func flagEncodedWord(_ tokens: [AddressToken], _ bytes: [UInt8], defects: inout [ParseDefect]) {
        guard let first = tokens.first, let last = tokens.last, bytes.count > 7,
            EncodedWordDecoder.decode(bytes[...]).containsEncodedWords
        else { return }
        defects.append(
            ParseDefect(
                .encodedWordInAddress, range: first.range.lowerBound..<last.range.upperBound,
                evidence: "RFC 2047 encoded word inside an address: \(ASCII.string(bytes))"))
    }
}
