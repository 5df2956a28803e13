/// Reads selector lists from CSS tokens. A selector this engine cannot read makes its
/// whole rule invalid (as in CSS), never a guess.
enum SelectorParser {
    /// The selectors of a comma-separated list, or nil when any is invalid.
    static func parseList(_ tokens: ArraySlice<CSSToken>) -> [Selector]? {
        var selectors: [Selector] = []
        var start = tokens.startIndex
        var depth = 0
        for index in tokens.indices {
            switch tokens[index] {
            case .openParen, .function: depth += 1
            case .closeParen: depth -= 1
            case .comma where depth == 0:
                guard let selector = parse(tokens[start..<index]) else { return nil }
                selectors.append(selector)
                start = index + 1
            default: break
            }
        }
        guard let last = parse(tokens[start...]) else { return nil }
        selectors.append(last)
        return selectors
    }

    /// One complex selector.
    static func parse(_ tokensIn: ArraySlice<CSSToken>) -> Selector? {
        var tokens = tokensIn
        while tokens.first == .whitespace { tokens.removeFirst() }
        while tokens.last == .whitespace { tokens.removeLast() }
        guard !tokens.isEmpty else { return nil }
        var compounds: [Selector.Compound] = []
        var combinators: [Selector.Combinator] = []
        var pendingCombinator: Selector.Combinator?
        var sawWhitespace = false
        while !tokens.isEmpty {
            let token = tokens.first!
            switch token {
            case .whitespace:
                tokens.removeFirst()
                sawWhitespace = true
                continue
            case .delim(">"), .delim("+"), .delim("~"):
                guard !compounds.isEmpty, pendingCombinator == nil else { return nil }
                tokens.removeFirst()
                pendingCombinator =
                    token == .delim(">") ? .child : token == .delim("+") ? .adjacentSibling : .generalSibling
                sawWhitespace = false
                continue
            default:
                break
            }
            guard let compound = parseCompound(&tokens) else { return nil }
            if !compounds.isEmpty {
                guard let combinator = pendingCombinator ?? (sawWhitespace ? .descendant : nil) else { return nil }
                combinators.append(combinator)
            }
            compounds.append(compound)
            pendingCombinator = nil
            sawWhitespace = false
        }
        guard !compounds.isEmpty, pendingCombinator == nil else { return nil }
        return Selector(compounds: compounds, combinators: combinators, tokens: tokensIn)
    }

    /// A compound selector; consumes its tokens.
    static func parseCompound(_ tokens: inout ArraySlice<CSSToken>) -> Selector.Compound? {
        var compound = Selector.Compound()
        var consumedAny = false
        loop: while let token = tokens.first {
            switch token {
            case .ident(let name) where !consumedAny:
                compound.tag = name.lowercased()
            case .delim("*") where !consumedAny:
                compound.tag = nil
            case .hash(let id):
                compound.ids.append(id)
            case .delim("."):
                tokens.removeFirst()
                guard case .ident(let name) = tokens.first else { return nil }
                compound.classes.append(name)
            case .openSquare:
                tokens.removeFirst()
                guard let test = parseAttribute(&tokens) else { return nil }
                compound.attributes.append(test)
                consumedAny = true
                continue loop
            case .colon:
                tokens.removeFirst()
                if tokens.first == .colon {
                    tokens.removeFirst()
                    compound.hasPseudoElement = true
                    guard let next = tokens.first else { return nil }
                    if case .function = next { skipFunction(&tokens) } else { tokens.removeFirst() }
                    consumedAny = true
                    continue loop
                }
                guard let pseudo = parsePseudoClass(&tokens, &compound) else { return nil }
                if let pseudo { compound.pseudoClasses.append(pseudo) }
                consumedAny = true
                continue loop
            default:
                break loop
            }
            tokens.removeFirst()
            consumedAny = true
        }
        return consumedAny ? compound : nil
    }

    /// `[name]`, `[name op value i]`; the opening bracket is consumed already.
    static func parseAttribute(_ tokens: inout ArraySlice<CSSToken>) -> Selector.AttributeTest? {
        func skipSpace() { while tokens.first == .whitespace { tokens.removeFirst() } }
        skipSpace()
        guard case .ident(let rawName) = tokens.first else { return nil }
        tokens.removeFirst()
        skipSpace()
        var test = Selector.AttributeTest(name: rawName.lowercased(), op: .exists, value: "", caseInsensitive: false)
        if tokens.first == .closeSquare {
            tokens.removeFirst()
            return test
        }
        switch tokens.first {
        case .delim("="): test.op = .equals
        case .delim("~"): test.op = .includes
        case .delim("^"): test.op = .prefix
        case .delim("$"): test.op = .suffix
        case .delim("*"): test.op = .substring
        case .delim("|"): test.op = .dashMatch
        default: return nil
        }
        tokens.removeFirst()
        if test.op != .equals {
            guard tokens.first == .delim("=") else { return nil }
            tokens.removeFirst()
        }
        skipSpace()
        switch tokens.first {
        case .ident(let value), .string(let value): test.value = value
        default: return nil
        }
        tokens.removeFirst()
        skipSpace()
        if case .ident(let flag) = tokens.first, flag.lowercased() == "i" {
            test.caseInsensitive = true
            tokens.removeFirst()
            skipSpace()
        }
        guard tokens.first == .closeSquare else { return nil }
        tokens.removeFirst()
        return test
    }

    /// A pseudo-class after its colon: `.some(nil)` for one that adds nothing (`:root`
    /// is matched by type below), nil for invalid syntax.
    static func parsePseudoClass(_ tokens: inout ArraySlice<CSSToken>, _ compound: inout Selector.Compound)
        -> Selector.PseudoClass??
    {
        guard let token = tokens.first else { return nil }
        tokens.removeFirst()
        switch token {
        case .ident(let name):
            switch name.lowercased() {
            case "first-child": return .firstChild
            case "last-child": return .lastChild
            case "only-child": return .onlyChild
            case "root":
                if compound.tag == nil { compound.tag = "html" }
                return .some(nil)
            case "link", "any-link":
                compound.attributes.append(.init(name: "href", op: .exists, value: "", caseInsensitive: false))
                return .some(nil)
            default:
                // :hover, :focus, :visited, :active, and anything unknown: a static reading
                // never matches them (a browser that does not know one drops the rule too).
                return .never
            }
        case .function(let name):
            var inner: [CSSToken] = []
            var depth = 1
            while let next = tokens.first {
                tokens.removeFirst()
                if case .function = next { depth += 1 }
                if next == .openParen { depth += 1 }
                if next == .closeParen {
                    depth -= 1
                    if depth == 0 { break }
                }
                inner.append(next)
            }
            switch name {
            case "not":
                var innerTokens = inner[...]
                while innerTokens.first == .whitespace { innerTokens.removeFirst() }
                guard let compound = parseCompound(&innerTokens) else { return nil }
                while innerTokens.first == .whitespace { innerTokens.removeFirst() }
                guard innerTokens.isEmpty else { return .never }
                return .not(compound)
            case "nth-child":
                guard let (a, b) = parseNth(inner) else { return nil }
                return .nthChild(a: a, b: b)
            default:
                return .never
            }
        default:
            return nil
        }
    }

    /// `an+b`, `odd`, `even`, `3`, `-n+2` (the CSS Syntax §6 microsyntax, simply).
    static func parseNth(_ tokens: [CSSToken]) -> (Int, Int)? {
        let text = CSSText.serialize(tokens).filter { !$0.isWhitespace }.lowercased()
        if text == "odd" { return (2, 1) }
        if text == "even" { return (2, 0) }
        if let value = Int(text) { return (0, value) }
        guard let n = text.firstIndex(of: "n") else { return nil }
        let aText = String(text[..<n])
        let a = aText.isEmpty || aText == "+" ? 1 : aText == "-" ? -1 : Int(aText)
        let bText = String(text[text.index(after: n)...])
        let b = bText.isEmpty ? 0 : Int(bText.hasPrefix("+") ? String(bText.dropFirst()) : bText)
        guard let a, let b else { return nil }
        return (a, b)
    }

    static func skipFunction(_ tokens: inout ArraySlice<CSSToken>) {
        var depth = 0
        while let token = tokens.first {
            tokens.removeFirst()
            if case .function = token { depth += 1 }
            if token == .openParen { depth += 1 }
            if token == .closeParen {
                depth -= 1
                if depth <= 0 { return }
            }
        }
    }
}
