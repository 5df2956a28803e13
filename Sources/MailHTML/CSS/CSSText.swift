/// Turns tokens back into CSS text, for evidence ("color: #ffffff") and value parsing.
enum CSSText {
    static func serialize(_ tokens: some Sequence<CSSToken>) -> String {
        // Written as UTF-8 bytes and made a `String` once: appending to a `String` token by
        // token was most of what citing a rule's selectors cost.
        var out: [UInt8] = []
        out.reserveCapacity(tokens.underestimatedCount * 8)
        func write(_ text: String) { out.append(contentsOf: text.utf8) }
        func write(_ byte: UInt8) { out.append(byte) }
        for token in tokens {
            switch token {
            case .ident(let name): write(name)
            case .function(let name):
                write(name)
                write(UInt8(ascii: "("))
            case .atKeyword(let name):
                write(UInt8(ascii: "@"))
                write(name)
            case .hash(let name):
                write(UInt8(ascii: "#"))
                write(name)
            case .string(let text):
                write(UInt8(ascii: "\""))
                write(text)
                write(UInt8(ascii: "\""))
            case .badString: write(UInt8(ascii: "\""))
            case .url(let text):
                write("url(")
                write(text)
                write(UInt8(ascii: ")"))
            case .delim(let character): write(String(character))
            case .number(let value): write(format(value))
            case .percentage(let value):
                write(format(value))
                write(UInt8(ascii: "%"))
            case .dimension(let value, let unit):
                write(format(value))
                write(unit)
            case .whitespace: write(UInt8(ascii: " "))
            case .colon: write(UInt8(ascii: ":"))
            case .semicolon: write(UInt8(ascii: ";"))
            case .comma: write(UInt8(ascii: ","))
            case .openSquare: write(UInt8(ascii: "["))
            case .closeSquare: write(UInt8(ascii: "]"))
            case .openParen: write(UInt8(ascii: "("))
            case .closeParen: write(UInt8(ascii: ")"))
            case .openCurly: write(UInt8(ascii: "{"))
            case .closeCurly: write(UInt8(ascii: "}"))
            case .cdo: write("<!--")
            case .cdc: write("-->")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

extension String {
    /// The text without white space at either end.
    var trimmedCSS: String {
        // ASCII white space is trimmed as bytes; a non-ASCII character next to what was
        // trimmed needs the Unicode reading of the whole (U+00A0, combining marks).
        let utf8 = self.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, ASCIIWhitespace.contains(utf8[start]) { start = utf8.index(after: start) }
        while start < end, ASCIIWhitespace.contains(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        if start < end, utf8[start] >= 0x80 || utf8[utf8.index(before: end)] >= 0x80 {
            var slice = Substring(self)
            while let first = slice.first, first.isWhitespace { slice.removeFirst() }
            while let last = slice.last, last.isWhitespace { slice.removeLast() }
            return String(slice)
        }
        return start == utf8.startIndex && end == utf8.endIndex ? self : String(self[start..<end])
    }
}

/// One `property: value` declaration, with where it came from.
public struct Declaration: Sendable, Equatable {
    /// The property name, lowercase.
    public let property: String
    /// The property as the style engine knows it, or nil for one it does not compute;
    /// named once here, so that computing a style switches on a number.
    let computed: ComputedProperty?
    /// The value's tokens (white space at both ends and `!important` removed).
    public var value: [CSSToken]
    /// Whether `!important` was given.
    public var important: Bool
    /// Where it came from: the selector (`.legal`), `style attribute`, or a presentational
    /// attribute (`bgcolor attribute`).
    public var origin: String
    /// 1-based line in the HTML source.
    public var line: Int
    /// The `@media` condition the declaration's rule is inside ("screen and (max-width:
    /// 640px)"), nil outside any.
    public var media: String? = nil

    /// Creates a declaration.
    init(property: String, value: [CSSToken], important: Bool, origin: String, line: Int, media: String? = nil) {
        self.init(
            property: property, computed: ComputedProperty.byName[property], value: value, important: important,
            origin: origin, line: line, media: media)
    }

    /// Creates a declaration of a (lowercase) property already looked up.
    init(
        property: String, computed: ComputedProperty?, value: [CSSToken], important: Bool, origin: String, line: Int,
        media: String?
    ) {
        self.property = property
        self.computed = computed
        self.value = value
        self.important = important
        self.origin = origin
        self.line = line
        self.media = media
    }

    /// The declaration where it was written, for evidence: `.legal { color: #999 }`,
    /// `@media (max-width: 640px) { .legal { display: none } }`, `style attribute { … }`.
    public var written: String {
        let rule = "\(origin) { \(text) }"
        return media.map { "@media \($0) { \(rule) }" } ?? rule
    }

    /// The declaration as evidence: where it was written and its line,
    /// `.legal { font-size: 7px }, html line 3`.
    public var citation: String { "\(written), html line \(line)" }

    /// Whether it applies at some screen widths only (its `@media` condition reads the width).
    public var dependsOnViewportWidth: Bool {
        // "width" in the condition's bytes (`max-width`, `min-device-width`, …).
        guard let media else { return false }
        let bytes = Array(media.utf8)
        let word = Array("width".utf8)
        guard bytes.count >= word.count else { return false }
        return (0...bytes.count - word.count).contains { bytes[$0..<$0 + word.count].elementsEqual(word) }
    }

    /// `property: value` (with `!important`), for evidence.
    public var text: String {
        "\(property): \(CSSText.serialize(value).trimmedCSS)\(important ? " !important" : "")"
    }
}

/// The properties `StyleResolver` computes; every other declaration is passed over.
enum ComputedProperty: UInt8, Sendable {
    case display, visibility, opacity, fontSize, font, color, backgroundColor, background, backgroundImage
    case overflow, overflowX, overflowY, width, height, maxWidth, maxHeight, left, top, right, bottom, position
    case textIndent, lineHeight, clip, clipPath, msoHide, margin, marginLeft, marginTop, transform

    /// The property named by ASCII bytes in any case, or nil; no string is made. Names are
    /// looked up among those of the same length.
    static func named(_ name: UnsafeBufferPointer<UInt8>) -> ComputedProperty? {
        guard name.count < byLength.count else { return nil }
        candidates: for (bytes, property) in byLength[name.count] {
            for index in 0..<name.count {
                if ASCIICase.lowered(name[index]) != bytes[index] { continue candidates }
            }
            return property
        }
        return nil
    }

    /// `byName` grouped by the length of the name, as bytes.
    private static let byLength: [[(bytes: [UInt8], property: ComputedProperty)]] = {
        var table = [[(bytes: [UInt8], property: ComputedProperty)]](repeating: [], count: 20)
        for (name, property) in byName { table[name.utf8.count].append((Array(name.utf8), property)) }
        return table
    }()

    /// The properties by CSS name.
    static let byName: [String: ComputedProperty] = [
        "display": .display, "visibility": .visibility, "opacity": .opacity, "font-size": .fontSize, "font": .font,
        "color": .color, "background-color": .backgroundColor, "background": .background,
        "background-image": .backgroundImage, "overflow": .overflow, "overflow-x": .overflowX,
        "overflow-y": .overflowY, "width": .width, "height": .height, "max-width": .maxWidth,
        "max-height": .maxHeight, "left": .left, "top": .top, "right": .right, "bottom": .bottom,
        "position": .position, "text-indent": .textIndent, "line-height": .lineHeight, "clip": .clip,
        "clip-path": .clipPath, "mso-hide": .msoHide, "margin": .margin, "margin-left": .marginLeft,
        "margin-top": .marginTop, "transform": .transform,
    ]
}

/// Reads a declaration block's tokens (`a: b; c: d !important`) into declarations. A
/// declaration this reader cannot make sense of is skipped to the next `;`, as in CSS.
enum DeclarationParser {
    /// The declarations of a block; with `computedOnly`, only those of the properties
    /// `StyleResolver` computes (the others are skipped before their value is copied).
    static func parse(
        _ tokens: ArraySlice<CSSToken>, origin: String, line: Int, media: String? = nil, computedOnly: Bool = false
    ) -> [Declaration] {
        var declarations: [Declaration] = []
        // One declaration: `name : value [! important]`, white space anywhere.
        func finish(_ declaration: ArraySlice<CSSToken>) {
            var start = declaration.startIndex
            var end = declaration.endIndex
            func isSpace(_ index: Int) -> Bool {
                if case .whitespace = declaration[index] { return true }
                return false
            }
            while start < end, isSpace(start) { start += 1 }
            guard start < end, case .ident(let name) = declaration[start] else { return }
            // The name is read as bytes once: which computed property it is, and whether it
            // needs lowercasing; with `computedOnly`, any other property ends here.
            var propertyName = name
            let (computed, hasUppercase) = propertyName.withUTF8 { bytes in
                (ComputedProperty.named(bytes), bytes.contains(where: ASCIICase.isUpper))
            }
            if computedOnly, computed == nil { return }
            start += 1
            while start < end, isSpace(start) { start += 1 }
            guard start < end, case .colon = declaration[start] else { return }
            start += 1
            while start < end, isSpace(start) { start += 1 }
            while end > start, isSpace(end - 1) { end -= 1 }
            var important = false
            if end - start >= 2, case .ident(let word) = declaration[end - 1], isImportant(word) {
                var bang = end - 2
                while bang > start, isSpace(bang) { bang -= 1 }
                if case .delim("!") = declaration[bang] {
                    important = true
                    end = bang
                    while end > start, isSpace(end - 1) { end -= 1 }
                }
            }
            guard end > start else { return }
            declarations.append(
                Declaration(
                    property: hasUppercase ? propertyName.lowercased() : propertyName, computed: computed,
                    value: Array(declaration[start..<end]), important: important, origin: origin, line: line,
                    media: media))
        }
        var depth = 0
        var start = tokens.startIndex
        for index in tokens.indices {
            switch tokens[index] {
            case .function, .openParen, .openSquare, .openCurly: depth += 1
            case .closeParen, .closeSquare, .closeCurly: depth = max(0, depth - 1)
            case .semicolon where depth == 0:
                finish(tokens[start..<index])
                start = index + 1
            default: break
            }
        }
        finish(tokens[start...])
        return declarations
    }

    /// Whether `word` is `important` in any ASCII case (as `!important` is read).
    private static func isImportant(_ word: String) -> Bool {
        word.utf8.count == 9 && word.utf8.elementsEqual("important".utf8) { ASCIICase.lowered($0) == $1 }
    }

    /// The declarations of a `style` attribute's UTF-8 text that `StyleResolver` computes:
    /// those of its `computedSegments`, or of the whole text where it cannot be split as
    /// bytes. Both give the same declarations as the tokenizer over the whole text.
    static func parseComputedStyleAttribute(_ text: UnsafeBufferPointer<UInt8>, line: Int) -> [Declaration] {
        guard let segments = computedSegments(text) else { return parseComputed(text, line: line) }
        return segments.flatMap { parseComputed(UnsafeBufferPointer(rebasing: text[$0]), line: line) }
    }

    /// The declarations of the properties `StyleResolver` computes in `text`, tokenized.
    static func parseComputed(_ text: UnsafeBufferPointer<UInt8>, line: Int) -> [Declaration] {
        var tokenizer = CSSTokenizer(utf8: Array(text), keepingLines: false)
        return parse(tokenizer.tokenize()[...], origin: "style attribute", line: line, computedOnly: true)
    }

    /// The byte ranges of a `style` attribute's declarations whose property `StyleResolver`
    /// computes: the text split at its top-level semicolons, where the tokenizer would
    /// split it. Quoted strings and unquoted `url(…)` are passed over whole, as the tokenizer
    /// reads them. Nil when the tokenizer is needed to find the semicolons: a backslash
    /// (an escape), a comment, a string that a line break or the text's end cuts short.
    static func computedSegments(_ text: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        segmentByteClasses.withUnsafeBufferPointer { classes -> [Range<Int>]? in
            var segments: [Range<Int>] = []
            var depth = 0
            var start = 0
            var index = 0
            while index <= text.count {
                // Bytes that neither nest, split nor need a closer look are passed over in a run.
                while index < text.count, classes[Int(text[index])] == SegmentByte.plain { index += 1 }
                if index < text.count {
                    switch classes[Int(text[index])] {
                    case SegmentByte.opening:
                        // Brackets nest as the tokenizer's blocks and functions do; an unquoted
                        // `url(` is one token to its `)`, whatever it holds.
                        switch text[index] == UInt8(ascii: "(") ? unquotedURL(text, openedAt: index) : .other {
                        case .other:
                            depth += 1
                            index += 1
                        case .unquotedURL(let end): index = end
                        case .escaped: return nil
                        }
                        continue
                    case SegmentByte.closing:
                        depth = max(0, depth - 1)
                        index += 1
                        continue
                    case SegmentByte.quote:
                        guard let end = stringEnd(text, openedAt: index) else { return nil }
                        index = end
                        continue
                    case SegmentByte.slash:
                        // `/*` opens a comment; any other slash (`12px/1.4`) is a delimiter.
                        if index + 1 < text.count, text[index + 1] == UInt8(ascii: "*") { return nil }
                        index += 1
                        continue
                    case SegmentByte.needsTokenizer:
                        return nil
                    default:  // a semicolon, which splits at the top level only
                        if depth > 0 {
                            index += 1
                            continue
                        }
                    }
                }
                // A top-level semicolon or the end of the text closes a segment.
                let part = UnsafeBufferPointer(rebasing: text[start..<index])
                if namesComputedProperty(part) { segments.append(start..<index) }
                index += 1
                start = index
            }
            return segments
        }
    }

    /// The position after the quote that closes the string opened at `quote`; nil when a
    /// line break, a backslash or the text's end comes first (the tokenizer reads those).
    private static func stringEnd(_ text: UnsafeBufferPointer<UInt8>, openedAt quote: Int) -> Int? {
        var index = quote + 1
        while index < text.count {
            switch text[index] {
            case text[quote]: return index + 1
            case 0x0A, 0x0C, 0x0D, 0x5C: return nil
            default: index += 1
            }
        }
        return nil
    }

    /// What a `(` opens, to `computedSegments`.
    private enum Parenthesis {
        /// A function or a parenthesised block, which nests.
        case other
        /// An unquoted `url(`: one token, which ends at `end` (after its `)`, or at the
        /// text's end).
        case unquotedURL(end: Int)
        /// An unquoted `url(` that holds a backslash, for the tokenizer.
        case escaped
    }

    /// What the `(` at `paren` opens: an unquoted `url(` is the word `url` in any ASCII case,
    /// not part of a longer name, with no quote after the white space that follows.
    private static func unquotedURL(_ text: UnsafeBufferPointer<UInt8>, openedAt paren: Int) -> Parenthesis {
        guard paren >= 3,
            text[paren - 3] | 0x20 == UInt8(ascii: "u"), text[paren - 2] | 0x20 == UInt8(ascii: "r"),
            text[paren - 1] | 0x20 == UInt8(ascii: "l")
        else { return .other }
        if paren > 3 {
            // `xurl(` and `-url(` are other functions, `5url(` a dimension and `#url(` a hash.
            let before = text[paren - 4]
            if CSSTokenizer.isName(before) || before == UInt8(ascii: "#") || before == UInt8(ascii: "@") {
                return .other
            }
        }
        var index = paren + 1
        while index < text.count, CSSTokenizer.isWhitespace(text[index]) { index += 1 }
        if index < text.count, text[index] == 0x22 || text[index] == 0x27 { return .other }
        while index < text.count {
            switch text[index] {
            case UInt8(ascii: ")"): return .unquotedURL(end: index + 1)
            case 0x5C: return .escaped
            default: index += 1
            }
        }
        return .unquotedURL(end: text.count)
    }

    /// What a byte of a `style` attribute is to `computedSegments`.
    private enum SegmentByte {
        static let plain: UInt8 = 0
        /// `(`, `[`, `{`.
        static let opening: UInt8 = 1
        /// `)`, `]`, `}`.
        static let closing: UInt8 = 2
        /// `;`.
        static let semicolon: UInt8 = 3
        /// A backslash: an escape, which the tokenizer reads.
        static let needsTokenizer: UInt8 = 4
        /// `"` or `'`, which open a string.
        static let quote: UInt8 = 5
        /// `/`, which may open a comment.
        static let slash: UInt8 = 6
    }

    /// `SegmentByte` by byte.
    private static let segmentByteClasses: [UInt8] = (0...255).map { byte -> UInt8 in
        switch UInt8(byte) {
        case 0x28, 0x5B, 0x7B: return SegmentByte.opening
        case 0x29, 0x5D, 0x7D: return SegmentByte.closing
        case 0x3B: return SegmentByte.semicolon
        case 0x5C: return SegmentByte.needsTokenizer
        case 0x22, 0x27: return SegmentByte.quote
        case 0x2F: return SegmentByte.slash
        default: return SegmentByte.plain
        }
    }

    /// Whether the property named before the colon of a declaration's text (white space
    /// trimmed, ASCII case ignored) is one `StyleResolver` computes; false without a colon.
    private static func namesComputedProperty(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = part.firstIndex(of: 0x3A) else { return false }
        var start = 0
        var end = colon
        while start < end, CSSTokenizer.isWhitespace(part[start]) { start += 1 }
        while end > start, CSSTokenizer.isWhitespace(part[end - 1]) { end -= 1 }
        return ComputedProperty.named(UnsafeBufferPointer(rebasing: part[start..<end])) != nil
    }
}
