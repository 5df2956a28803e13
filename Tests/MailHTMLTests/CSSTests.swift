import Testing

@testable import MailHTML

/// The CSS subset: tokenizer, selectors, specificity, cascade order, media queries,
/// colours, lengths and font sizes.
struct CSSTests {
    static func styles(_ html: String) -> (HTMLTree, Cascade) {
        let tree = HTMLParser.parse(Array(html.utf8))
        return (tree, Cascade(tree: tree))
    }

    static func style(of tag: String, _ html: String) -> ComputedStyle {
        let (tree, cascade) = styles(html)
        return cascade.style(of: tree.firstElement(tag)!)
    }

    /// Elements with equal computed styles share one (a newsletter's rows), and each still
    /// cites its own declarations, at its own line.
    @Test func equalStylesAreKeptOnceAndEachElementKeepsItsSources() {
        let row = "<tr><td style=\"color:#333333;font-size:14px\"><p>Text</p></td></tr>\n"
        let (tree, cascade) = Self.styles("<table>\n" + String(repeating: row, count: 50) + "</table>")
        let cells = (0..<tree.count).filter { tree.kind($0) == .element && tree.tag($0) == "td" }
        #expect(cells.count == 50)
        #expect(cascade.elementStyles.count < 10)
        #expect(Set(cells.map { cascade.style(of: $0).color.hex }) == ["#333333"])
        let lines = cells.compactMap { cascade.declaration(setting: .color, on: $0)?.line }
        #expect(lines == Array(2...51))
        #expect(cascade.declaration(setting: .color, on: tree.firstElement("p")!) == nil)
    }

    @Test func tokenizerHandlesCommentsStringsEscapesAndImportant() {
        var tokenizer = CSSTokenizer("a/* x */.b\\31 { color: \"re\\\"d\" !important; width: 10.5px; x: 50% }")
        let tokens = tokenizer.tokenize()
        #expect(tokens.contains(.ident("b1")))
        #expect(tokens.contains(.string("re\"d")))
        #expect(tokens.contains(.dimension(10.5, unit: "px")))
        #expect(tokens.contains(.percentage(50)))
        #expect(!tokens.contains(.delim("/")))
    }

    @Test func rulesThatCannotMatchAreDroppedBeforeTheirSelectorsAreRead() {
        // Dropped: a class no element has, in a descendant, in every selector of a list,
        // after brackets. Kept: one selector of a list that can match, a class no element
        // has inside `:not()` (which then holds everywhere), ids and classes in use.
        let (tree, cascade) = Self.styles(
            """
            <style>.absent p { color: red } #nope, .gone { color: blue } [data-x] .absent { color: red }
            p:not(.absent) { font-size: 20px } .absent, .present b { opacity: 0.5 } #main .present { color: green }
            </style><div id="main"><div class="present"><p>x <b>y</b></p></div></div>
            """)
        #expect(cascade.sheet.unmatchableRuleCount == 3)
        #expect(cascade.sheet.rules.count == 3)
        let paragraph = cascade.style(of: tree.firstElement("p")!)
        #expect(paragraph.fontSize == 20)
        #expect(paragraph.color.hex == "#008000")
        #expect(cascade.style(of: tree.firstElement("b")!).opacity == 0.5)
    }

    @Test func cascadeOrderImportanceSpecificitySourceOrder() {
        let html = """
            <html><head><style>
            p { color: red }
            .c { color: green }
            p { color: blue }
            #i { color: olive !important }
            </style></head><body><p class="c" id="i" style="color: black">x</p><p class="c" style="color: black">y</p></body></html>
            """
        let (tree, cascade) = Self.styles(html)
        let paragraphs = tree.nodes.indices.filter { tree.nodes[$0].tag == "p" }
        #expect(cascade.style(of: paragraphs[0]).color.hex == "#808000")  // !important beats the style attribute
        #expect(cascade.style(of: paragraphs[1]).color.hex == "#000000")  // the style attribute beats .c
        let later = Self.style(of: "p", "<style>.c{color:red} p.c{color:blue}</style><p class=c>x</p>")
        #expect(later.color.hex == "#0000ff")  // p.c (0,1,1) beats .c (0,1,0)
    }

    @Test func selectorsCombinatorsAttributesAndPseudoClasses() {
        let html = """
            <html><head><style>
            ul > li:first-child { font-size: 11px }
            li + li { font-size: 12px }
            li ~ li:last-child { font-size: 13px }
            a[href^="mailto:"] { font-size: 14px }
            a[data-x~="two"] { font-size: 15px }
            li:nth-child(2n+1):not(:first-child) { font-size: 17px }
            a:hover { font-size: 99px }
            </style></head><body><ul><li>1</li><li>2</li><li>3</li><li>4</li></ul>
            <a href="mailto:x@example.org">m</a><a data-x="one two" href="#">d</a></body></html>
            """
        let (tree, cascade) = Self.styles(html)
        let items = tree.nodes.indices.filter { tree.nodes[$0].tag == "li" }
        #expect(items.map { cascade.style(of: $0).fontSize } == [11, 12, 17, 13])
        let links = tree.nodes.indices.filter { tree.nodes[$0].tag == "a" }
        #expect(links.map { cascade.style(of: $0).fontSize } == [14, 15])
    }

    @Test func mediaQueriesForA600PixelScreen() {
        let css = """
            @media screen and (max-width: 480px) { p { font-size: 1px } }
            @media only screen and (min-width: 480px) { p { font-size: 20px } }
            @media print { p { font-size: 2px } }
            @media (prefers-color-scheme: dark) { p { color: white } }
            @font-face { font-family: x; src: url(x.woff) }
            @import url(x.css);
            """
        let style = Self.style(of: "p", "<style>\(css)</style><p>x</p>")
        #expect(style.fontSize == 20)
        #expect(style.color.hex == "#000000")
    }

    @Test func unbalancedAndHugeStyleSheetsStayBounded() {
        let broken = Self.style(of: "p", "<style>p { color: red; .x { { } p { font-size: 9px }</style><p>x</p>")
        #expect(broken.color.hex == "#ff0000")
        // 50,000 rules (1.1 MB): read up to the 256 KiB limit, cut after a whole rule.
        let many = (0..<50_000).map { ".c\($0) { color: red }" }.joined(separator: "\n")
        let (tree, cascade) = Self.styles("<style>\(many)</style><p class=\"c9999\">x</p><p class=\"c49999\">y</p>")
        // The rules read: `.c9999`, the one that can match (`.c49999` is past the limit), and
        // those dropped because no element has their class.
        #expect(cascade.sheet.rules.count == 1)
        let read = cascade.sheet.rules.count + cascade.sheet.unmatchableRuleCount
        #expect(read > 10_000 && read < 13_000)
        #expect(
            cascade.unreadStyleBytes == many.utf8.count
                - (0..<read).reduce(0) { $0 + ".c\($1) { color: red }\n".utf8.count } + 1)
        let paragraphs = tree.nodes.indices.filter { tree.nodes[$0].tag == "p" }
        #expect(cascade.style(of: paragraphs[0]).color.hex == "#ff0000")
        #expect(cascade.style(of: paragraphs[1]).color.hex == "#000000")  // past the limit: not applied
    }

    @Test(arguments: [
        ("red", "#ff0000"), ("RebeccaPurple", "#663399"), ("#abc", "#aabbcc"), ("#aabbcc", "#aabbcc"),
        ("rgb(10, 20, 30)", "#0a141e"), ("rgb(10 20 30 / 50%)", "#0a141e"), ("rgba(100%, 0%, 0%, 0.5)", "#ff0000"),
        ("hsl(120, 100%, 25%)", "#008000"), ("hsl(0deg 0% 100%)", "#ffffff"), ("#11223344", "#112233"),
    ])
    func colours(value: String, hex: String) throws {
        var tokenizer = CSSTokenizer(value)
        guard case .rgba(let color) = try #require(CSSColor.parse(tokenizer.tokenize())) else {
            Issue.record("not a colour")
            return
        }
        #expect(color.hex == hex)
    }

    @Test func hexDigitsInEveryLengthCSSAllows() {
        #expect(RGBA(hexDigits: "aBc")?.hex == "#aabbcc")
        #expect(RGBA(hexDigits: "aBc8")?.alpha == Double(0x88) / 255)
        #expect(RGBA(hexDigits: "0A141E")?.hex == "#0a141e")
        #expect(RGBA(hexDigits: "0a141e80")?.alpha == Double(0x80) / 255)
        // Not 3, 4, 6 or 8 digits, a letter past f, fullwidth digits, more than eight.
        for text in ["", "ab", "abcde", "abcdefg", "ggg", "ｆｆｆ", "0a141e8000"] {
            #expect(RGBA(hexDigits: text) == nil, "\(text)")
        }
    }

    @Test func alphaAndContrast() {
        var tokenizer = CSSTokenizer("rgba(0,0,0,0.5)")
        guard case .rgba(let half) = CSSColor.parse(tokenizer.tokenize()) else { return }
        #expect(half.blended(over: .white).hex == "#808080")
        #expect(abs(RGBA.contrastRatio(.black, .white) - 21) < 0.001)
        #expect(RGBA.contrastRatio(.white, .white) == 1)
        #expect(CSSColor.parseAttribute("ffffff")?.hex == "#ffffff")
    }

    @Test(arguments: [
        ("font-size: 12pt", 16.0), ("font-size: 2em", 28.0), ("font-size: 1.5rem", 24.0), ("font-size: 50%", 7.0),
        ("font-size: x-small", 10.0), ("font-size: smaller", 14.0 / 1.2), ("font: bold 11px/1.4 Arial", 11.0),
    ])
    func fontSizes(declaration: String, pixels: Double) {
        let style = Self.style(
            of: "span", "<div style=\"font-size:14px\"><span style=\"\(declaration)\">x</span></div>")
        #expect(abs(style.fontSize - pixels) < 0.001)
    }

    @Test func legacyFontSizesAndHeadings() {
        #expect(Self.style(of: "font", "<font size=\"1\">x</font>").fontSize == 10)
        #expect(Self.style(of: "font", "<font size=\"+2\">x</font>").fontSize == 24)
        #expect(Self.style(of: "h1", "<h1>x</h1>").fontSize == 32)
    }
}

/// Style sheets as browsers read them, where that is surprising.
/// A name means what it is used as: a tag, a class, an id or an attribute, even where
/// MailHTML knows the name from elsewhere (`center` and `header` are tags it knows).
struct NameUseTests {
    @Test func aNameUsedAsAClassMatchesOnlyAsAClass() {
        let html = """
            <style>.center { color: red } center { color: blue } #header { color: green } [title] { font-size: 20px }</style>
            <p class="center">x</p><div id="title">y</div>
            """
        let (tree, cascade) = CSSTests.styles(html)
        let p = tree.firstElement("p")!
        let div = tree.firstElement("div")!
        #expect(cascade.style(of: p).color.hex == "#ff0000")  // .center; no <center> for `center`
        #expect(cascade.style(of: div).color.hex == "#000000")  // no element has the id header
        #expect(cascade.style(of: div).fontSize == 16)  // `title` is an id here, not an attribute
        #expect(cascade.declaration(setting: .color, on: p)?.origin == ".center")
    }
}

struct CSSParsingEdgeTests {
    @Test func cdataMakesTheWholeSheetOneInvalidRule() {
        let style = CSSTests.style(
            of: "p", "<style><![CDATA[ p { color: red } p { font-size: 20px } ]]></style><p>x</p>")
        #expect(style.color.hex == "#000000")
        #expect(style.fontSize == 16)
        let after = CSSTests.style(of: "p", "<style>a[x] { color: blue } p { color: red }</style><p>x</p>")
        #expect(after.color.hex == "#ff0000")
    }

    @Test func bodyLinkAttributeColoursLinks() {
        let style = CSSTests.style(of: "a", "<body link=\"#000000\"><a href=\"u\">x</a></body>")
        #expect(style.color.hex == "#000000")
        let overridden = CSSTests.style(
            of: "a", "<style>a { color: green }</style><body link=\"#000000\"><a href=\"u\">x</a></body>")
        #expect(overridden.color.hex == "#008000")
    }
}

/// User-agent defaults that change sizes.
struct UserAgentDefaultTests {
    @Test func monospaceTextDefaultsTo13Pixels() {
        #expect(CSSTests.style(of: "pre", "<pre>x</pre>").fontSize == 13)
        #expect(CSSTests.style(of: "code", "<pre><code>x</code></pre>").fontSize == 13)
        #expect(CSSTests.style(of: "pre", "<div style=\"font-size:20px\"><pre>x</pre></div>").fontSize == 20)
    }
}

/// The tokenizer reads numbers without building strings; its values must be the ones the
/// standard library's correctly rounded `Double(String)` gives.
struct CSSNumberTests {
    @Test func numbersAreTheNearestDoubles() {
        var texts = [
            "0", "-0", "+1", "0.3", "0.1", "1.50", ".5", "-.75", "12.34567890123", "0.000000000000000000001",
            "123456789012345", "1234567890123456", "00000000000000000007", "1e3", "2.5E-2", "-1e+2",
            "0.0000000000000000000000001", "99999999999999.9",
        ]
        // Decimals of every length up to 18 digits and scales up to 24, from a fixed sequence.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let digits = String(state >> 4 % 1_000_000_000_000_000_000).prefix(Int(state % 18) + 1)
            let point = Int(state >> 40) % (digits.count + 1)
            let text = String(digits.prefix(point)) + (point < digits.count ? "." + digits.dropFirst(point) : "")
            texts.append(text.hasPrefix(".") || text.isEmpty ? "0" + text : text)
        }
        for text in texts {
            let read = CSSTokenizer.decimal(Array(text.utf8)[...])
            let expected = Double(text) ?? .nan
            #expect(read.bitPattern == expected.bitPattern, "\(text): \(read) != \(expected)")
        }
        var tokenizer = CSSTokenizer("width: 0.3px; opacity: .15; margin: -1.5e1%")
        let tokens = tokenizer.tokenize()
        #expect(tokens.contains(.dimension(0.3, unit: "px")))
        #expect(tokens.contains(.number(0.15)))
        #expect(tokens.contains(.percentage(-15)))
    }

    @Test func escapesOfNonASCIICharactersAreWhole() {
        // An escaped "é" written as itself and as hex (whose one following space belongs to
        // the escape), in a name, a string and a URL.
        var tokenizer = CSSTokenizer("caf\\é caf\\E9  x \"caf\\é\" url(caf\\é) \\1F600")
        #expect(
            tokenizer.tokenize().filter { $0 != .whitespace } == [
                .ident("café"), .ident("café"), .ident("x"), .string("café"), .url("café"), .ident("😀"),
            ])
    }

    @Test func functionsAtKeywordsAndUnitsAreInASCIILowerCase() {
        // CSS compares them ASCII case-insensitively (CSS Syntax §4.3); identifiers keep
        // their case, and letters beyond ASCII are left as written everywhere; an escaped
        // upper-case letter in a function's name is lowered, on the line it was written.
        var tokenizer = CSSTokenizer("@MEDIA 10PX 2Em RGB(1) URL(x) Color ÉM 1ÉM R\\47 B(\n1)")
        #expect(
            tokenizer.tokenize().filter { $0 != .whitespace } == [
                .atKeyword("media"), .dimension(10, unit: "px"), .dimension(2, unit: "em"), .function("rgb"),
                .number(1), .closeParen, .url("x"), .ident("Color"), .ident("ÉM"), .dimension(1, unit: "Ém"),
                .function("rgb"), .number(1), .closeParen,
            ])
        #expect(tokenizer.lines.last == 1)
    }
}

/// `style` attributes split as bytes must give the declarations the tokenizer gives.
struct StyleAttributeSplitTests {
    @Test(arguments: [
        "color: red; font-family: Arial, sans-serif; display:none",
        "COLOR : Red ;; ; DISPLAY:NONE !important",
        "background: url(a;b.png) no-repeat; color: #fff",
        "color: rgb(1, 2, 3; display: none",
        "color: rgb(1, 2, 3)); display: none)",
        "width: [600px; height: 0]; overflow: hidden",
        "font: 12px/1.4 Georgia; margin: -9999px 0 0",
        "color: \"a;b\"; display: none",
        "display: none /* ; */; color: red",
        "col\\6fr: red; display: none",
        "  \n\tline-height:0;overflow:hidden\n",
        "mso-hide:all;font-size:0px;max-height:0px",
        "color", ":red", "", ";;;", "display: none;",
        "transform: scale(0); -webkit-transform: scale(0)",
        "opacity: calc(1 - 1); color: var(--x, red)",
        "font-size: 0 !important; visibility: hidden!important",
        // Strings and unquoted url() are read whole, as the tokenizer reads them.
        "font-family: 'Helvetica Neue', Arial; color: red; display:none",
        "font-family: \"A;B(\", serif; display: none",
        "font-family: 'it''s'; color: red",
        "content: 'a\"b;c'; display: none",
        "background: url('a;b.png'); display: none",
        "background: url( \"a;b.png\" ) no-repeat; display: none",
        "background: url(http://x.example/a;b.png?c=\"d;e); display: none",
        "background: URL(a'b;c); display: none",
        "background: url(a;b.png; display: none",
        // A `)` after a quote ends an unquoted url(), which holds that quote; in any other
        // block the quote opens a string, which holds the `)`.
        "background: url(a\") ; display: none ; x: \"q)\"",
        "background: xurl(a\") ; display: none ; x: \"q)\"",
        "background: -url(a\") ; display: none ; x: \"q)\"",
        "width: 5url(a\") ; display: none ; x: \"q)\"",
        "color: #url(a\") ; display: none ; x: \"q)\"",
        "color: @url(a\") ; display: none ; x: \"q)\"",
        "background: url(a\\;b); display: none",
        "font: 12px/1.5 Arial; display: none",
        "display: none/**/; color: red",
        "font-family: 'unclosed; display: none",
        "font-family: 'line\nbreak'; display: none",
        "font-family: 'es\\'caped;'; display: none",
    ])
    func bytesSplitLikeTheTokenizer(text: String) {
        // The whole text through the tokenizer, and split as bytes where it can be.
        let (tokenized, split) = Array(text.utf8).withUnsafeBufferPointer {
            (DeclarationParser.parseComputed($0, line: 0), DeclarationParser.parseComputedStyleAttribute($0, line: 0))
        }
        #expect(split == tokenized, "\(text)")
    }

    /// Strings and unquoted url() do not send the text to the tokenizer; escapes, comments
    /// and strings cut short do.
    @Test func stringsAndURLsSplitAsBytes() {
        func splits(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { DeclarationParser.computedSegments($0) != nil }
        }
        #expect(splits("font-family: 'Helvetica Neue', Arial; color: red"))
        #expect(splits("background: url(http://x.example/a.png) no-repeat; color: #fff"))
        #expect(splits("background: url( 'a;b.png' ); font: 12px/1.5 Arial"))
        #expect(!splits("color: red; /* note */ display: none"))
        #expect(!splits("font-family: 'Helvetica"))
        #expect(!splits("font-family: 'A\\'B'"))
        #expect(!splits("background: url(a\\)b)"))
    }
}

/// Property names are recognised from bytes in any ASCII case, and nothing else is.
struct ComputedPropertyNameTests {
    @Test func everyNameInAnyCaseAndNoNearMiss() {
        func named(_ text: String) -> ComputedProperty? {
            Array(text.utf8).withUnsafeBufferPointer { ComputedProperty.named($0) }
        }
        for (name, property) in ComputedProperty.byName {
            #expect(named(name) == property)
            #expect(named(name.uppercased()) == property)
            #expect(named(name + "x") == nil)
            #expect(named(String(name.dropLast())) == nil || ComputedProperty.byName[String(name.dropLast())] != nil)
        }
        #expect(named("max\rheight") == nil)  // CR | 0x20 is "-": not a letter to fold
        #expect(named("") == nil)
        #expect(named("dısplay") == nil)
    }
}
