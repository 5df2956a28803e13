/// Where a link goes, as written: the place of its `href` in the tree, read into a string
/// each time it is asked for, or a string given.
///
/// A newsletter has hundreds of thousands of links, each with its own address: kept as
/// strings they took an allocation of 64 bytes each (9.9 MB for the 154,579 links of a
/// 50 MB newsletter), the tree already holding every one of them.
public struct LinkTarget: Sendable {
    private enum Source: Sendable {
        /// Boxed, so that both cases are a reference and the target fits in 16 bytes.
        case string(StringBox)
        case attribute(HTMLTree.Storage, position: Int32)
    }

    private final class StringBox: Sendable {
        let string: String
        init(_ string: String) { self.string = string }
    }

    private let source: Source

    /// A target given as a string.
    public init(_ string: String) { source = .string(StringBox(string)) }

    /// The value of the attribute at `position` of `tree`'s attribute arrays.
    init(attributeAt position: Int, of tree: HTMLTree) {
        source = .attribute(tree.storage, position: Int32(position))
    }

    /// The target, without the white space HTML trims around a URL.
    public var string: String {
        switch source {
        case .string(let box): return box.string
        case .attribute(let storage, let position):
            return HTMLTree(storage: storage).attributeValue(at: Int(position)).trimmedCSS
        }
    }
}
