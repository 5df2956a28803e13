extension HTMLTree.Storage {
    /// How many siblings of element `index` before it have its tag name, and whether one
    /// after it has (an element path's `:nth-of-type`), read from the parents column eight
    /// nodes at a time: the siblings are the nodes of the parent's subtree whose parent it
    /// is. A walk from sibling to sibling took a step per sibling and, after, the length of
    /// each sibling's subtree; a message with 20,000 findings among 20,000 siblings asks
    /// for 20,000 paths.
    func sameNameSiblings(of index: Int) -> (before: Int, hasLater: Bool) {
        let parent = parents[index]
        let tag = tags[index]
        guard parent >= 0, tag >= 0 else { return (0, false) }
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
}
