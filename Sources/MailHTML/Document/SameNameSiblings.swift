import Synchronization

extension HTMLTree.Storage {
    /// How many siblings of element `index` before it have its tag name, and whether one
    /// after it has (an element path's `:nth-of-type`), read from the parents column eight
    /// nodes at a time: the siblings are the nodes of the parent's subtree whose parent it
    /// is. A walk from sibling to sibling took a step per sibling and, after, the length of
    /// each sibling's subtree; a message with 20,000 findings among 20,000 siblings asks
    /// for 20,000 paths.
    ///
    /// Where the parent holds more nodes before the element than `SiblingPositions.direct`,
    /// its children's positions are read in one pass and kept (`siblingPositions`): 20,000
    /// paths among 20,000 siblings would take a step per earlier sibling each.
    func sameNameSiblings(of index: Int) -> (before: Int, hasLater: Bool) {
        let parent = parents[index]
        let tag = tags[index]
        guard parent >= 0, tag >= 0 else { return (0, false) }
        if index - Int(parent) > HTMLTree.SiblingPositions.direct {
            return siblingPositions.position(of: index, parent: Int(parent)) { childrenPositions(of: $0) }
        }
        return parents.withUnsafeBufferPointer { parents in
            let base = parents.baseAddress!
            let parentLanes = SIMD8<Int32>(repeating: parent)
            var before = 0
            var node = Int(parent) + 1
            while node < index {
                if node + 8 <= index {
                    let lanes = UnsafeRawPointer(base + node).loadUnaligned(as: SIMD8<Int32>.self)
                    let children = lanes .== parentLanes
                    if any(children) {
                        for lane in 0..<8 where children[lane] && tags[node + lane] == tag { before += 1 }
                    }
                    node += 8
                } else {
                    if parents[node] == parent, tags[node] == tag { before += 1 }
                    node += 1
                }
            }
            // After it, up to the end of the parent's subtree: the first node whose parent
            // comes before the parent.
            node = index + 1
            while node < parents.count {
                if node + 8 <= parents.count {
                    let lanes = UnsafeRawPointer(base + node).loadUnaligned(as: SIMD8<Int32>.self)
                    if !any(lanes .< parentLanes), !any(lanes .== parentLanes) {
                        node += 8
                        continue
                    }
                }
                if parents[node] < parent { break }
                if parents[node] == parent, tags[node] == tag { return (before, true) }
                node += 1
            }
            return (before, false)
        }
    }

    /// The children of node `parent` in document order, each with how many before it have
    /// its tag and whether one after it has: one walk over the parent's subtree, one over
    /// its children each way. Not `firstChild` and `nextSibling` as `HTMLTree.children`
    /// walks: a `subtreeEnd` for each of 20,000 children made the 20,000-finding template
    /// 1.3 s against 0.8 s.
    func childrenPositions(of parent: Int) -> HTMLTree.SiblingPositions.Children {
        let end = subtreeEnd(parent)
        var children: [Int32] = []
        var node = parent + 1
        while node < end {
            if Int(parents[node]) == parent { children.append(Int32(node)) }
            node += 1
        }
        var before = [Int32](repeating: 0, count: children.count)
        var hasLater = [Bool](repeating: false, count: children.count)
        var seen: [Int32: Int32] = [:]
        for (position, child) in children.enumerated() {
            let tag = tags[Int(child)]
            before[position] = seen[tag, default: 0]
            seen[tag, default: 0] += 1
        }
        var later: Set<Int32> = []
        for (position, child) in children.enumerated().reversed() {
            hasLater[position] = !later.insert(tags[Int(child)]).inserted
        }
        return .init(indices: children, before: before, hasLater: hasLater)
    }
}

extension HTMLTree {
    /// The same-name positions of the children of the parents an element path asked about,
    /// kept for the tree's life (a tree is read from several rules, so the table is locked).
    final class SiblingPositions: Sendable {
        /// How many nodes may stand between an element and its parent for the count to be
        /// read directly, eight at a time: a few hundred is a few dozen steps.
        static let direct = 512

        /// One parent's children (in document order) and their positions.
        struct Children: Sendable {
            let indices: [Int32]
            let before: [Int32]
            let hasLater: [Bool]
        }

        private let byParent = Mutex<[Int: Children]>([:])

        /// The position of child `index` of `parent`, its parent's children read by `read`
        /// the first time.
        func position(of index: Int, parent: Int, read: (Int) -> Children) -> (before: Int, hasLater: Bool) {
            let children =
                byParent.withLock { $0[parent] }
                ?? {
                    let children = read(parent)
                    byParent.withLock { $0[parent] = children }
                    return children
                }()
            var low = 0
            var high = children.indices.count
            while low < high {
                let middle = (low + high) / 2
                if Int(children.indices[middle]) < index { low = middle + 1 } else { high = middle }
            }
            guard low < children.indices.count, Int(children.indices[low]) == index else { return (0, false) }
            return (Int(children.before[low]), children.hasLater[low])
        }
    }
}
