/// What each name of a document is used as: a tag, an id, a class, an attribute name.
///
/// A selector that names something no element of the document has (`.promo` where no
/// element has that class, `h1` in a document without one) cannot match, and is dropped
/// before its declarations are read. The atom table alone cannot tell: the names
/// MailHTML knows are in every document's table (`KnownNames`), and one name can be a tag
/// in one place and a class in another.
struct NameUse {
    /// The roles a name can have, as bits.
    struct Roles: OptionSet {
        let rawValue: UInt8
        static let tag = Roles(rawValue: 1)
        static let id = Roles(rawValue: 2)
        static let `class` = Roles(rawValue: 4)
        static let attribute = Roles(rawValue: 8)
    }

    /// By atom: its roles' bits.
    private let roles: [UInt8]

    /// Reads every tag, id, class and attribute name of `tree`.
    init(_ tree: HTMLTree.Storage) {
        var roles = [UInt8](repeating: 0, count: tree.atoms.count)
        func mark(_ atom: Int32, _ role: Roles) { if atom >= 0 { roles[Int(atom)] |= role.rawValue } }
        for atom in tree.tags { mark(atom, .tag) }
        for atom in tree.ids { mark(atom, .id) }
        for atom in tree.classAtoms { mark(atom, .class) }
        for atom in tree.attributeNames { mark(atom, .attribute) }
        self.roles = roles
    }

    /// Whether some element uses `atom` as `role`.
    func has(_ atom: Int32, as role: Roles) -> Bool {
        atom >= 0 && Int(atom) < roles.count && roles[Int(atom)] & role.rawValue != 0
    }
}
