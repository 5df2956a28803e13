/// Finds, from its selector list's tokens alone, a style rule that cannot match in one
/// document: every selector of the list names an id or a class that no element of the
/// document has. Such a rule is dropped before its selectors are parsed or its declarations
/// read; email style sheets carry many (client resets such as `.ExternalClass`, the classes
/// of other templates and of other clients' markup).
///
/// It decides as `CompiledSelector` would for the selectors it reads: a compound naming an
/// id or class no element uses makes its selector match nothing. Only names at the top
/// level count: inside `:not()`, another function or brackets a name can stand for the
/// opposite, so those are passed over, and a list it cannot judge is kept for the parser.
struct UnmatchableRules {
    private let atoms: AtomTable
    private let use: NameUse

    /// For the document whose names are `atoms`, used as `use` says.
    init(atoms: AtomTable, use: NameUse) {
        self.atoms = atoms
        self.use = use
    }

    /// Whether no selector of the list `prelude` can match an element of the document.
    func cannotMatch(_ prelude: ArraySlice<CSSToken>) -> Bool {
        var depth = 0
        var selectorCannotMatch = false
        var afterDot = false
        for token in prelude {
            switch token {
            case .openParen, .openSquare, .function:
                depth += 1
            case .closeParen, .closeSquare:
                depth = max(0, depth - 1)
            case .comma where depth == 0:
                // One selector that may match keeps the rule.
                guard selectorCannotMatch else { return false }
                selectorCannotMatch = false
            case .hash(let id) where depth == 0:
                if !use.has(atoms.lookup(id), as: .id) { selectorCannotMatch = true }
            case .ident(let name) where depth == 0 && afterDot:
                if !use.has(atoms.lookup(name), as: .class) { selectorCannotMatch = true }
            default:
                break
            }
            if case .delim(".") = token { afterDot = depth == 0 } else { afterDot = false }
        }
        return selectorCannotMatch
    }
}
