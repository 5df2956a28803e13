/// The state of one cascade run: the document's rules bound to its names, the
/// declarations table, and the styles and sources computed so far.
struct CascadeBuilder {
    let tree: HTMLTree
    let storage: HTMLTree.Storage
    var styles: [ComputedStyle] = []
    var styleSlots: [Int32] = []
    var slotElements: [Int32] = []
    /// Per style slot: its style's position in `styles` (equal styles are kept once).
    var slotStyles: [Int32] = []
    var declarations: [Declaration] = []
    var sourceStarts: [Int32] = [0]
    var sources: [StyleSource] = []

    /// What each declaration does, by index, once read (nil until a declaration first applies).
    private var effects: [DeclarationEffect?] = []
    /// Each rule's declarations in `declarations`.
    private var ruleDeclarations: [Range<Int>] = []
    private let buckets: RuleBuckets
    /// The known names the cascade tests (`KnownNames`), read once.
    private let atoms: (a: Int32, href: Int32, font: Int32, style: Int32)
    /// `<body link="…">`: the colour of unvisited links, a presentational hint (HTML §15.3.5).
    private var bodyLinkDeclaration: Int32?
    /// `style` attribute texts already read (email repeats the same inline styles on
    /// hundreds of elements).
    private var styleTexts = AtomTable(keepingNames: false)
    /// Per style text atom: its declarations' positions in `declarations`, a range of
    /// `styleDeclarationList`.
    private var styleTextDeclarations: [Range<Int>] = []
    private var styleDeclarationList: [Int32] = []
    /// The `property: value` segments of style attributes already read, and per segment
    /// atom its declarations, a range of `segmentIndices`.
    private var segmentTexts = AtomTable(keepingNames: false)
    private var segmentLists: [Range<Int>] = []
    private var segmentIndices: [Int32] = []
    /// The presentational attributes, in the order their hints apply.
    private let hintNames = PresentationalHint.attributes
    /// By the atom of a known name: the hint it is (its position in `hintNames`), or -1.
    private let hintOfAtom = PresentationalHint.hintOfKnownAtom
    /// Per hint: whether it applies on `<font>`, and on every other element.
    private let hintPlacement = PresentationalHint.placement
    /// The values of presentational attributes seen and, at `value atom × hint count + hint`,
    /// the declaration each stands for (-1: the value means nothing; `hintNotMade`).
    private var hintValues = AtomTable(keepingNames: false)
    private var hintDeclarations: [Int32] = []

    init(tree: HTMLTree, sheet: StyleSheet, use: NameUse) {
        self.tree = tree
        storage = tree.storage
        buckets = RuleBuckets(sheet, storage, use: use)
        // Only the rules that can match have their declarations read.
        ruleDeclarations = Array(repeating: 0..<0, count: sheet.rules.count)
        var previous = -1
        for entry in buckets.entries where entry.rule != previous {
            previous = entry.rule
            let start = declarations.count
            declarations += sheet.rules[entry.rule].declarations(computedOnly: true)
            ruleDeclarations[entry.rule] = start..<declarations.count
        }
        atoms = (KnownNames.a, KnownNames.href, KnownNames.font, KnownNames.style)
        precondition(PresentationalHint.attributes.count <= 8, "a hint's attribute position is kept in 8 slots")
        if let body = tree.firstElement("body"), let value = tree.attribute("link", of: body),
            let color = CSSColor.parseAttribute(value)
        {
            declarations.append(
                Declaration(
                    property: "color", value: [.hash(String(color.hex.dropFirst()))], important: false,
                    origin: "<body link=\"\(value)\"> attribute", line: 0))
            bodyLinkDeclaration = Int32(declarations.count - 1)
        }
    }

    mutating func run() {
        let count = tree.count
        // The styles are made in place, in a table with room for every node (the initial
        // style first): no style is copied from one array to another, and a style equal to
        // one already made is not kept twice (only the distinct ones fill the table).
        let table = [ComputedStyle](unsafeUninitializedCapacity: count + 1) { table, made in
            made = run(into: table.baseAddress!)
        }
        // Kept at the size made, not the room made for: a newsletter's thousands of elements
        // have a few dozen distinct styles.
        styles = table.count * 2 < count ? table.withUnsafeBufferPointer { Array($0) } : table
    }

    /// The cascade over every node, the distinct styles made at `table` from position 0;
    /// the number made.
    private mutating func run(into table: UnsafeMutablePointer<ComputedStyle>) -> Int {
        let count = tree.count
        styleSlots.reserveCapacity(count)
        slotElements.reserveCapacity(count + 1)
        slotStyles.reserveCapacity(count + 1)
        // The last style made for a child of a given style with a given tag, by
        // parent position << 32 | tag: the one a new element's style most often equals (a
        // newsletter's hundred `<td style="…">` rows, its paragraphs).
        var childStyles = IntegerKeyTable()
        sourceStarts.reserveCapacity(count + 2)
        sources.reserveCapacity(count)
        effects.reserveCapacity(declarations.count + 64)
        // The initial style sits in slot 0, for a parent-less node that is not an element.
        table.initialize(to: .initial)
        var made = 1
        slotElements.append(-1)
        slotStyles.append(0)
        sourceStarts.append(0)
        // The ancestors' names of the element being read (`AncestorFilter.Stack`).
        var filters = AncestorFilter.Stack()
        // Lists refilled for each element.
        var applied = ScratchList<AppliedDeclaration>()
        var elementSources = ScratchList<StyleSource>()
        var candidates = ScratchList<Int32>()
        // The rules that match, as specificity << 32 | rule: sorting the numbers sorts by
        // specificity, then source order.
        var matched = ScratchList<UInt64>()
        let tagDefaults = UserAgentStyle.byKnownAtom
        for index in 0..<count {
            let parentIndex = Int(storage.parents[index])
            let parentSlot = parentIndex >= 0 ? styleSlots[parentIndex] : 0
            guard storage.kinds[index] == .element else {
                styleSlots.append(parentSlot)
                continue
            }
            let line = storage.lines[index]
            applied.removeAll()
            addPresentationalHints(index, line: line, to: &applied)
            let tag = storage.tags[index]
            let isLink = tag == atoms.a && tree.hasAttribute(atoms.href, index)
            if let bodyLinkDeclaration, isLink {
                applied.append(AppliedDeclaration(declaration: bodyLinkDeclaration, line: line))
            }
            // Without a rule that can match, no element needs its ancestors' names.
            if !buckets.entries.isEmpty {
                matchRules(index, filters.filter(for: index, of: storage), candidates: &candidates, into: &matched)
            } else {
                matched.removeAll()
            }
            let inline = styleAttributeDeclarations(index)
            // Normal declarations, then important ones; each group in rule order, the
            // `style` attribute last (CSS Cascade §6.1).
            for pass in 0..<2 {
                let important = pass == 1
                for match in matched.elements {
                    for position in ruleDeclarations[Int(match & 0xFFFF_FFFF)]
                    where declarations[position].important == important {
                        applied.append(
                            AppliedDeclaration(declaration: Int32(position), line: Int32(declarations[position].line)))
                    }
                }
                for position in inline where declarations[Int(styleDeclarationList[position])].important == important {
                    applied.append(AppliedDeclaration(declaration: styleDeclarationList[position], line: line))
                }
            }
            // What each declaration does is read when it first applies.
            if effects.count < declarations.count {
                effects += repeatElement(nil, count: declarations.count - effects.count)
            }
            for entry in applied.elements where effects[Int(entry.declaration)] == nil {
                effects[Int(entry.declaration)] = DeclarationEffect(declarations[Int(entry.declaration)])
            }
            let parentStyle = parentSlot < 0 ? Int(~parentSlot) : Int(slotStyles[Int(parentSlot)])
            StyleResolver.compute(
                into: table + made, parent: table + parentStyle,
                defaults: KnownNames.value(in: tagDefaults, at: tag, fallback: UserAgentStyle.Defaults()),
                isLink: isLink, applied: applied.elements, effects: effects, declarations, sources: &elementSources)
            let key = UInt64(parentStyle) << 32 | UInt64(UInt32(bitPattern: tag))
            let previous = childStyles.value(key)
            let style: Int32
            if previous >= 0, table[Int(previous)] == table[made] {
                style = previous
            } else {
                childStyles.set(key, to: Int32(made))
                style = Int32(made)
                made += 1
            }
            // An element without declarations of its own (most of a newsletter's tables, rows
            // and paragraphs) needs no slot: it keeps its style's position, complemented.
            guard !elementSources.isEmpty else {
                styleSlots.append(~style)
                continue
            }
            slotStyles.append(style)
            styleSlots.append(Int32(slotElements.count))
            slotElements.append(Int32(index))
            sources.append(contentsOf: elementSources.elements)
            sourceStarts.append(Int32(sources.count))
        }
        return made
    }

    /// The rules with a selector that matches element `index`, each once at its best
    /// specificity, in cascade order (specificity << 32 | rule, increasing).
    private func matchRules(
        _ index: Int, _ filter: AncestorFilter, candidates: inout ScratchList<Int32>,
        into matched: inout ScratchList<UInt64>
    ) {
        matched.removeAll()
        buckets.candidates(for: index, storage, into: &candidates)
        guard !candidates.isEmpty else { return }
        var lastRule = -1
        // The entries are read in place, through a pointer: a copy would retain each
        // selector's arrays.
        buckets.entries.withUnsafeBufferPointer { entries in
            for candidate in candidates.elements {
                let entry = entries.baseAddress! + Int(candidate)
                guard filter.mayContain(entry.pointee.requirements), entry.pointee.selector.matches(index, storage)
                else { continue }
                let rule = entry.pointee.rule
                // (A specificity past 32 bits, thousands of ids in one selector, counts as the most.)
                let specificity = UInt64(min(entry.pointee.specificity, Int(UInt32.max)))
                let key = specificity << 32 | UInt64(rule)
                // Entries of one rule are adjacent: keep the rule once, at its best specificity.
                if rule == lastRule {
                    matched[matched.count - 1] = max(matched[matched.count - 1], key)
                } else {
                    matched.append(key)
                    lastRule = rule
                }
            }
        }
        matched.sort()
    }

    /// The declarations of element `index`'s `style` attribute (a range of
    /// `styleDeclarationList`, which holds positions in `declarations`), read once per
    /// text; a declaration written alike in several texts (`color:#333333`) is read once.
    private mutating func styleAttributeDeclarations(_ index: Int) -> Range<Int> {
        guard let position = tree.attributePosition(atoms.style, of: index) else { return 0..<0 }
        let atom = tree.attributeValueBytes(at: position).withUnsafeBufferPointer { text -> Int in
            let atom = Int(styleTexts.intern(text))
            guard atom == styleTextDeclarations.count else { return atom }
            let start = styleDeclarationList.count
            if let segments = DeclarationParser.computedSegments(text) {
                for segment in segments {
                    styleDeclarationList += segmentDeclarations(UnsafeBufferPointer(rebasing: text[segment]))
                }
            } else {
                // The cascade cites these declarations at each element's line.
                for declaration in DeclarationParser.parseComputed(text, line: 0) {
                    styleDeclarationList.append(Int32(declarations.count))
                    declarations.append(declaration)
                }
            }
            styleTextDeclarations.append(start..<styleDeclarationList.count)
            return atom
        }
        return styleTextDeclarations[atom]
    }

    /// The declarations of one `property: value` segment of a `style` attribute, read
    /// once per segment text.
    private mutating func segmentDeclarations(_ segment: UnsafeBufferPointer<UInt8>) -> ArraySlice<Int32> {
        let atom = Int(segmentTexts.intern(segment))
        if atom < segmentLists.count { return segmentIndices[segmentLists[atom]] }
        let start = segmentIndices.count
        for declaration in DeclarationParser.parseComputed(segment, line: 0) {
            segmentIndices.append(Int32(declarations.count))
            declarations.append(declaration)
        }
        segmentLists.append(start..<segmentIndices.count)
        return segmentIndices[start..<segmentIndices.count]
    }

    /// `bgcolor`, `<font color size>`, `width`, `height`, `hidden`: author-level hints with
    /// the lowest precedence (HTML §15.3), in that order.
    private mutating func addPresentationalHints(
        _ index: Int, line: Int32, to applied: inout ScratchList<AppliedDeclaration>
    ) {
        let attributes = Int(storage.attributeStarts[index])..<Int(storage.attributeStarts[index + 1])
        guard !attributes.isEmpty else { return }
        let isFont = storage.tags[index] == atoms.font
        // One pass over the attributes finds each hint's first attribute; they apply in the
        // order of `hintNames` (the bits of `found`, lowest first).
        var found: UInt32 = 0
        var positions = InlineArray<8, Int32>(repeating: -1)
        for position in attributes {
            let hint = Int(KnownNames.value(in: hintOfAtom, at: storage.attributeNames[position], fallback: -1))
            guard hint >= 0, found & 1 << hint == 0, isFont ? hintPlacement[hint].onFont : hintPlacement[hint].onOthers
            else { continue }
            found |= 1 << hint
            positions[hint] = Int32(position)
        }
        while found != 0 {
            let hint = found.trailingZeroBitCount
            found &= found - 1
            if let declaration = hintDeclaration(hint, valueAt: Int(positions[hint])) {
                applied.append(AppliedDeclaration(declaration: declaration, line: line))
            }
        }
    }

    /// The declaration presentational attribute `hint` stands for with the value at
    /// attribute `position`, made once per attribute and value; nil when the value means
    /// nothing.
    private mutating func hintDeclaration(_ hint: Int, valueAt position: Int) -> Int32? {
        let bytes = tree.attributeValueBytes(at: position)
        let value = Int(bytes.withUnsafeBufferPointer { hintValues.intern($0) })
        let count = PresentationalHint.attributes.count
        if hintDeclarations.count <= value * count {
            hintDeclarations += repeatElement(Self.hintNotMade, count: count)
        }
        let known = hintDeclarations[value * count + hint]
        if known != Self.hintNotMade { return known < 0 ? nil : known }
        var made: Int32 = -1
        let text = String(decoding: bytes, as: UTF8.self)
        if let declaration = PresentationalHint.declaration(hintNames[hint], value: text) {
            declarations.append(declaration)
            made = Int32(declarations.count - 1)
        }
        hintDeclarations[value * count + hint] = made
        return made < 0 ? nil : made
    }

    /// In `hintDeclarations`: a hint not made yet for that value.
    private static let hintNotMade: Int32 = -2
}
