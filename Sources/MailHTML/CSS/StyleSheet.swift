/// A style rule: selectors and declarations, in source order.
///
/// The declarations are read from the rule's tokens when asked for: the cascade asks only
/// for the rules whose selectors can match in the document, and email style sheets carry
/// many that cannot (client hacks, classes of other templates).
public struct StyleRule: Sendable {
    /// The selectors of the rule.
    public var selectors: [Selector]
    /// Position in the document's style sheets, for the cascade's source order.
    public var order: Int
    /// The selector list's tokens and the block's, the rule's line and `@media` condition.
    let prelude: ArraySlice<CSSToken>
    let block: ArraySlice<CSSToken>
    let line: Int
    let media: String?

    /// The declarations of the rule, in order, each citing the rule's selectors as its origin.
    public var declarations: [Declaration] { declarations(computedOnly: false) }

    /// The declarations, or with `computedOnly` those of the properties `StyleResolver`
    /// computes (the others are not made).
    func declarations(computedOnly: Bool) -> [Declaration] {
        DeclarationParser.parse(
            block, origin: CSSText.serialize(prelude).trimmedCSS, line: line, media: media, computedOnly: computedOnly)
    }
}

/// The rules of the `<style>` elements of a document that apply to a 600px-wide screen.
///
/// `@media` blocks apply when their query matches a 600px screen in light mode (print and
/// `prefers-color-scheme: dark` do not); `@supports` blocks apply; every other at-rule
/// (`@font-face`, `@import`, `@keyframes`, …) is skipped with its block. Unbalanced braces
/// end the sheet where they end; nothing is guessed.
public struct StyleSheet: Sendable {
    /// The viewport the media queries are evaluated for.
    public static let viewportWidth = 600.0

    /// The rules that apply, in source order.
    public var rules: [StyleRule] = []
    /// Rules dropped because a selector could not be read.
    public var invalidRuleCount = 0
    /// Rules dropped, when read for a document, because none of their selectors can match
    /// in it (`UnmatchableRules`); their selectors were not read.
    public var unmatchableRuleCount = 0

    /// Creates an empty sheet.
    public init() {}

    /// Adds the rules of one `<style>` element whose text starts on `line`.
    public mutating func add(css: String, line: Int, limit: Int = 50_000) {
        var tokenizer = CSSTokenizer(css)
        add(&tokenizer, line: line, limit: limit)
    }

    /// Adds the rules of one `<style>` element's UTF-8 text; with `unmatchable`, only those
    /// that can match in its document.
    mutating func add(utf8: [UInt8], line: Int, limit: Int, unmatchable: UnmatchableRules? = nil) {
        var tokenizer = CSSTokenizer(utf8: utf8)
        add(&tokenizer, line: line, limit: limit, unmatchable: unmatchable)
    }

    private mutating func add(
        _ tokenizer: inout CSSTokenizer, line: Int, limit: Int, unmatchable: UnmatchableRules? = nil
    ) {
        let tokens = tokenizer.tokenize()
        let lines = tokenizer.lines
        var index = 0
        parseBlockContents(
            tokens, lines, &index, baseLine: line, applies: true, media: nil, limit: limit, unmatchable: unmatchable)
    }

    private mutating func parseBlockContents(
        _ tokens: [CSSToken], _ lines: [Int], _ index: inout Int, baseLine: Int, applies: Bool, media: String?,
        limit: Int, unmatchable: UnmatchableRules?
    ) {
        while index < tokens.count {
            switch tokens[index] {
            case .whitespace, .cdo, .cdc, .semicolon:
                index += 1
            case .closeCurly:
                return  // end of an enclosing block
            case .atKeyword(let name):
                index += 1
                let preludeStart = index
                while index < tokens.count, tokens[index] != .openCurly, tokens[index] != .semicolon { index += 1 }
                let prelude = tokens[preludeStart..<index]
                guard index < tokens.count, tokens[index] == .openCurly else {
                    index += 1
                    continue
                }
                index += 1
                if name == "media" || name == "supports" {
                    let matches = name == "supports" || MediaQuery.matches(prelude)
                    var inner = media
                    if name == "media" {
                        let condition = CSSText.serialize(prelude).trimmedCSS
                        inner = media.map { "\($0) and \(condition)" } ?? condition
                    }
                    parseBlockContents(
                        tokens, lines, &index, baseLine: baseLine, applies: applies && matches, media: inner,
                        limit: limit, unmatchable: unmatchable)
                    if index < tokens.count, tokens[index] == .closeCurly { index += 1 }
                } else {
                    skipBlock(tokens, &index)
                }
            default:
                // The prelude is a list of component values (CSS Syntax §5.4.3): a `[`, `(`
                // or function opens a block that runs to its match, `{` and `}` inside
                // included. `<![CDATA[ … ]]>` in a style element is such a block, so a
                // browser reads the whole sheet as one invalid rule; so does this.
                let preludeStart = index
                var nesting: [CSSToken] = []
                while index < tokens.count {
                    let token = tokens[index]
                    if nesting.isEmpty {
                        if token == .openCurly { break }
                        if token == .closeCurly { return }
                    }
                    switch token {
                    case .openSquare: nesting.append(.closeSquare)
                    case .openParen, .function: nesting.append(.closeParen)
                    case .openCurly: nesting.append(.closeCurly)
                    case .closeSquare, .closeParen, .closeCurly:
                        if nesting.last == token { nesting.removeLast() }
                    default: break
                    }
                    index += 1
                }
                let prelude = tokens[preludeStart..<index]
                guard index < tokens.count else { return }
                index += 1
                let blockStart = index
                skipBlock(tokens, &index)
                let blockEnd = max(blockStart, index - 1)
                guard applies, rules.count < limit else { continue }
                if let unmatchable, unmatchable.cannotMatch(prelude) {
                    unmatchableRuleCount += 1
                    continue
                }
                let line = baseLine + (preludeStart < lines.count ? lines[preludeStart] : 0)
                guard let selectors = SelectorParser.parseList(prelude) else {
                    invalidRuleCount += 1
                    continue
                }
                rules.append(
                    StyleRule(
                        selectors: selectors, order: rules.count, prelude: prelude,
                        block: tokens[blockStart..<blockEnd],
                        line: line, media: media))
            }
        }
    }

    /// Moves past the block whose `{` was consumed, to after its matching `}`.
    private func skipBlock(_ tokens: [CSSToken], _ index: inout Int) {
        var depth = 1
        while index < tokens.count {
            switch tokens[index] {
            case .openCurly: depth += 1
            case .closeCurly:
                depth -= 1
                if depth == 0 {
                    index += 1
                    return
                }
            default: break
            }
            index += 1
        }
    }
}

/// Media queries evaluated for a 600px-wide screen in light mode.
enum MediaQuery {
    static func matches(_ prelude: ArraySlice<CSSToken>) -> Bool {
        // A comma-separated list matches when any query does.
        var queries: [[CSSToken]] = [[]]
        for token in prelude {
            if token == .comma { queries.append([]) } else { queries[queries.count - 1].append(token) }
        }
        return queries.contains(where: matchesQuery)
    }

    static func matchesQuery(_ tokens: [CSSToken]) -> Bool {
        var negate = false
        var result = true
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .ident(let word):
                switch word.lowercased() {
                case "not": negate = true
                case "only", "and": break
                case "screen", "all": break
                case "print", "speech", "tty", "tv", "projection", "handheld", "braille", "embossed", "aural":
                    result = false
                default: result = false
                }
                index += 1
            case .openParen:
                var inner: [CSSToken] = []
                index += 1
                while index < tokens.count, tokens[index] != .closeParen {
                    inner.append(tokens[index])
                    index += 1
                }
                index += 1
                if !feature(inner) { result = false }
            default:
                index += 1
            }
        }
        return negate ? !result : result
    }

    /// `(max-width: 480px)`, `(prefers-color-scheme: dark)`, … for the 600px light screen.
    static func feature(_ tokens: [CSSToken]) -> Bool {
        let parts = tokens.split(separator: .colon, maxSplits: 1)
        guard case .ident(let rawName) = parts.first?.first(where: { $0 != .whitespace }) else { return false }
        let name = rawName.lowercased()
        let value = parts.count > 1 ? parts[1].filter { $0 != .whitespace } : []
        let width = StyleSheet.viewportWidth
        func pixels() -> Double? {
            guard let token = value.first else { return nil }
            switch token {
            case .dimension(let number, let unit):
                switch unit {
                case "px": return number
                case "em", "rem": return number * 16
                case "pt": return number * 4 / 3
                default: return nil
                }
            case .number(let number): return number
            default: return nil
            }
        }
        switch name {
        case "max-width", "max-device-width": return pixels().map { width <= $0 } ?? false
        case "min-width", "min-device-width": return pixels().map { width >= $0 } ?? false
        case "width", "device-width": return pixels().map { width == $0 } ?? false
        case "prefers-color-scheme":
            if case .ident(let scheme) = value.first { return scheme.lowercased() == "light" }
            return false
        case "color": return true
        default: return false
        }
    }
}
