import MailParser

/// Finds a postal address in text a reader sees, as CAN-SPAM asks of commercial mail:
/// a street address with its postcode, or a post-office box.
///
/// Recognised (each with the parts that make it an address, not a lone number):
/// - United States: a state (abbreviation or name) and a ZIP code, after a city or a comma;
/// - Canada: a postal code (A1A 1A1, with its letter rules);
/// - United Kingdom: a postcode (outward code of a real postcode area, inward code);
/// - Germany, Austria, Switzerland, France and their neighbours: a 4- or 5-digit postcode
///   and a capitalised town, after a street line ("Hauptstraße 5", "12 rue de la Paix"),
///   or before "CEDEX";
/// - the Netherlands: 1234 AB and a town;
/// - Australia: a state and a 4-digit postcode;
/// - post boxes: PO Box, GPO Box, Locked Bag, PMB, Postfach, Postbus, Boîte postale, BP, CP, CS.
///
/// Text is read as tokens (`WordTokens`), bytes first; no regular expressions.
struct PostalAddressFinder {
    /// An address found.
    struct Match: Equatable {
        /// Which format matched ("UK postcode").
        var format: String
        /// The matched text, as written.
        var text: String
    }

    let words: WordTokens
    var tokens: [WordTokens.Token] { words.tokens }

    init(_ bytes: [UInt8]) {
        words = WordTokens(bytes)
    }

    /// The first address in `bytes`, or nil.
    static func first(in bytes: [UInt8]) -> Match? {
        PostalAddressFinder(bytes).first()
    }

    /// The first address, or nil.
    func first() -> Match? {
        for index in tokens.indices where tokens[index].digits > 0 {
            if let match = postBox(numberAt: index) ?? unitedStates(zipAt: index) ?? canada(codeAt: index)
                ?? unitedKingdom(outwardAt: index) ?? netherlands(codeAt: index) ?? australia(codeAt: index)
                ?? postcodeAndTown(codeAt: index)
            {
                return match
            }
        }
        return nil
    }

    // MARK: - Recognisers, each anchored at a token with digits

    /// "PO Box 123", "P.O. Box 123", "Postfach 10 01 23", "BP 42".
    func postBox(numberAt index: Int) -> Match? {
        guard tokens[index].isNumber else { return nil }
        // The words before the number, dots dropped, nearest last.
        var before: [Int] = []
        var cursor = index - 1
        while cursor >= 0, before.count < 3 {
            if words.isMark(cursor, ASCII.period) {
                cursor -= 1
                continue
            }
            guard tokens[cursor].isWord else { break }
            before.insert(cursor, at: 0)
            cursor -= 1
        }
        guard !before.isEmpty else { return nil }
        let lowered = before.map(words.lowercased)
        for box in PostalAddressFormats.postBoxes where box.words.count <= before.count {
            let candidates = before.suffix(box.words.count)
            guard lowered.suffix(box.words.count).elementsEqual(box.words) else { continue }
            if box.uppercaseOnly, !candidates.allSatisfy({ tokens[$0].isUppercaseWord }) { continue }
            return match("post-office box", candidates.first!, index)
        }
        return nil
    }

    /// "Mountain View, CA 94043", "New York, New York 10001-2345".
    func unitedStates(zipAt index: Int) -> Match? {
        guard tokens[index].isNumber, tokens[index].count == 5, index >= 2 else { return nil }
        var stateStart: Int?
        let previous = index - 1
        if tokens[previous].isUppercaseWord, tokens[previous].count == 2,
            PostalAddressFormats.usStates.contains(words.text(previous))
        {
            stateStart = previous
        } else if words.isCapitalised(previous) {
            if PostalAddressFormats.usStateNames.contains(words.lowercased(previous)) {
                stateStart = previous
            } else if words.isCapitalised(previous - 1),
                PostalAddressFormats.usStateNames.contains(
                    words.lowercased(previous - 1) + " " + words.lowercased(previous))
            {
                stateStart = previous - 1
            }
        }
        // After "City," or "City": a town in capitals is accepted only before a comma, so
        // that "VALID IN 12345" is no address.
        guard let start = stateStart, start >= 1,
            words.isMark(start - 1, ASCII.comma)
                || (words.isCapitalised(start - 1) && !tokens[start - 1].isUppercaseWord)
        else { return nil }
        let city =
            words.isMark(start - 1, ASCII.comma) && start >= 2 && words.isCapitalised(start - 2) ? start - 2 : start - 1
        var end = index
        if words.isMark(index + 1, ASCII.hyphen), index + 2 < tokens.count, tokens[index + 2].isNumber,
            tokens[index + 2].count == 4
        {
            end = index + 2
        }
        return match("US state and ZIP code", city, end)
    }

    /// "K1A 0B1", "K1A0B1".
    func canada(codeAt index: Int) -> Match? {
        let token = tokens[index]
        let bytes = words.bytes
        let letters = PostalAddressFormats.canadianLetters
        func isForwardSortation(_ range: Range<Int>) -> Bool {
            let b = Array(bytes[range])
            return b.count == 3 && PostalAddressFormats.canadianFirstLetters.contains(b[0]) && ASCII.isDigit(b[1])
                && letters.contains(b[2])
        }
        func isLocalDelivery(_ range: Range<Int>) -> Bool {
            let b = Array(bytes[range])
            return b.count == 3 && ASCII.isDigit(b[0]) && letters.contains(b[1]) && ASCII.isDigit(b[2])
        }
        if token.count == 6, isForwardSortation(token.range.prefix(3)), isLocalDelivery(token.range.suffix(3)) {
            return match("Canadian postal code", index, index)
        }
        if token.count == 3, index + 1 < tokens.count, isForwardSortation(token.range),
            isLocalDelivery(tokens[index + 1].range)
        {
            return match("Canadian postal code", index, index + 1)
        }
        return nil
    }

    /// "SW1A 1AA", "EC1V 9HX", "M1 1AE": the outward code at `index`, the inward code after.
    func unitedKingdom(outwardAt index: Int) -> Match? {
        guard index + 1 < tokens.count else { return nil }
        let outward = tokens[index]
        let inward = Array(words.bytes[tokens[index + 1].range])
        guard inward.count == 3, ASCII.isDigit(inward[0]),
            PostalAddressFormats.ukInwardLetters.contains(inward[1]),
            PostalAddressFormats.ukInwardLetters.contains(inward[2]),
            (2...4).contains(outward.count), outward.uppercaseLetters + outward.digits == outward.count
        else { return nil }
        let bytes = Array(words.bytes[outward.range])
        let area = bytes.prefix { ASCII.isLetter($0) }
        guard (1...2).contains(area.count), PostalAddressFormats.ukPostcodeAreas.contains(ASCII.string(area)) else {
            return nil
        }
        let district = bytes.dropFirst(area.count)
        guard let first = district.first, ASCII.isDigit(first), district.count <= 2 else { return nil }
        return match("UK postcode", index, index + 1)
    }

    /// "1016 GV Amsterdam", "1016GV Amsterdam".
    func netherlands(codeAt index: Int) -> Match? {
        let token = tokens[index]
        let bytes = words.bytes
        if token.isNumber, token.count == 4, bytes[token.range.lowerBound] != 0x30,
            index + 2 < tokens.count, tokens[index + 1].isUppercaseWord, tokens[index + 1].count == 2,
            !["SA", "SD", "SS"].contains(words.text(index + 1)), words.isCapitalised(index + 2)
        {
            return match("Dutch postcode", index, index + 2)
        }
        if token.count == 6, token.digits == 4, token.uppercaseLetters == 2,
            bytes[token.range].prefix(4).allSatisfy(ASCII.isDigit), index + 1 < tokens.count,
            words.isCapitalised(index + 1)
        {
            return match("Dutch postcode", index, index + 1)
        }
        return nil
    }

    /// "Sydney NSW 2000".
    func australia(codeAt index: Int) -> Match? {
        guard tokens[index].isNumber, tokens[index].count == 4, index >= 1, tokens[index - 1].isUppercaseWord,
            PostalAddressFormats.australianStates.contains(words.text(index - 1))
        else { return nil }
        return match("Australian state and postcode", max(0, index - 2), index)
    }

    /// "Hauptstraße 5, 10115 Berlin", "12 rue de la Paix, 75002 Paris", "Castroper Straße,
    /// 145, 44791, Bochum", "75008 PARIS CEDEX": a 4- or 5-digit postcode after a street line.
    func postcodeAndTown(codeAt index: Int) -> Match? {
        guard tokens[index].isNumber, (4...5).contains(tokens[index].count) else { return nil }
        let town = skippingSeparators(forwardFrom: index + 1)
        let hasTown = town < tokens.count && words.isCapitalised(town)
        if hasTown {
            for cedex in (town + 1)..<min(tokens.count, town + 5) where words.lowercased(cedex) == "cedex" {
                return match("postcode, town and CEDEX", index, cedex)
            }
        }
        if let street = streetLine(before: index) {
            return match("street, postcode and town", street, hasTown ? town : index)
        }
        if hasTown, let street = nameAndNumber(before: index) {
            return match("street, postcode and town", street, town)
        }
        return nil
    }

    /// Where a street line starts in the dozen tokens before `index`: a street word and its
    /// house number ("Hauptstraße 5", "Wentzingerstr. 17", "Castroper Straße, 145"), or a
    /// house number and a street type ("55 rue du Faubourg", "123 Business St").
    func streetLine(before index: Int) -> Int? {
        let start = max(0, index - 12)
        for candidate in start..<max(start, index - 1) {
            if isStreetWord(candidate) {
                let number = skippingSeparators(forwardFrom: candidate + 1)
                guard number < index, isHouseNumber(number) else { continue }
                // The whole of a hyphenated name: "Albert-Hahn-Straße".
                var first = candidate
                while first >= 2, words.isMark(first - 1, ASCII.hyphen), tokens[first - 2].isWord { first -= 2 }
                return first
            } else if isHouseNumber(candidate, maxDigits: 5) {
                for word in (candidate + 1)..<min(index, candidate + 4)
                where tokens[word].isWord && PostalAddressFormats.streetTypes.contains(words.lowercased(word)) {
                    return candidate
                }
            }
        }
        return nil
    }

    /// A street name of no known form and its house number right before a postcode
    /// ("Unter den Linden 77, 10117", "Prinsengracht 263-267, D-…").
    func nameAndNumber(before index: Int) -> Int? {
        var cursor = skippingSeparators(from: index - 1)
        // A country prefix: "D-10117", "CH-8001".
        if cursor >= 0, tokens[cursor].isUppercaseWord, Self.countryPrefixes.contains(words.text(cursor)) {
            cursor = skippingSeparators(from: cursor - 1)
        }
        // "Newsletter 01-2022": a hyphen joins numbers, it does not end a street line.
        guard cursor >= 1, isHouseNumber(cursor), !words.isMark(cursor + 1, ASCII.hyphen) || cursor + 2 < index
        else { return nil }
        var name = cursor - 1
        if words.isMark(name, ASCII.hyphen), name >= 2, isHouseNumber(name - 1) { name -= 2 }
        // "July 22, 2002 Last" is a date.
        guard words.isCapitalised(name), !PostalAddressFormats.monthNames.contains(words.lowercased(name)) else {
            return nil
        }
        return name
    }

    /// Marks that may stand between the lines of an address.
    static let separators = Set(",;|/-.".utf8)
    /// Country letters written before a postcode ("D-10117").
    static let countryPrefixes: Set<String> = ["D", "A", "CH", "F", "B", "L", "NL", "FL"]

    /// The nearest token at or before `index` that is not a separator mark; -1 if none.
    func skippingSeparators(from index: Int) -> Int {
        var cursor = index
        while cursor >= 0, let mark = tokens[cursor].mark, Self.separators.contains(mark) { cursor -= 1 }
        return cursor
    }

    /// The nearest token at or after `index` that is not a separator mark; the token count
    /// if none.
    func skippingSeparators(forwardFrom index: Int) -> Int {
        var cursor = index
        while cursor < tokens.count, let mark = tokens[cursor].mark, Self.separators.contains(mark) { cursor += 1 }
        return cursor
    }

    /// "5", "12a", "263" (not "01"): at most `maxDigits` digits (three after a street name; American
    /// numbers before a street type run to five) and one letter.
    func isHouseNumber(_ index: Int, maxDigits: Int = 3) -> Bool {
        guard index >= 0 else { return false }
        let token = tokens[index]
        let first = words.bytes[token.range.lowerBound]
        return !token.isPunctuation && (1...maxDigits).contains(token.digits) && token.letters <= 1
            && !token.hasNonASCII && ASCII.isDigit(first) && first != 0x30
    }

    /// A capitalised word that ends like a street name ("Hauptstraße", "Keizersgracht", "Str").
    func isStreetWord(_ index: Int) -> Bool {
        guard index >= 0, words.isCapitalised(index) else { return false }
        let word = words.lowercased(index)
        return PostalAddressFormats.streetSuffixes.contains { word.hasSuffix($0) }
    }

    /// A match from token `start` through token `end`.
    func match(_ format: String, _ start: Int, _ end: Int) -> Match {
        let range = tokens[start].range.lowerBound..<tokens[end].range.upperBound
        return Match(format: format, text: String(decoding: words.bytes[range], as: UTF8.self))
    }
}
