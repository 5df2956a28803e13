/// A growable list of plain values whose memory is kept from one use to the next.
///
/// The cascade empties and refills a few short lists for every element (the rules that
/// match it, the declarations that apply, the property each one set). An `Array` does that
/// through a generic `replaceSubrange` and a uniqueness check at every append; this list is
/// a pointer, a capacity and a count. It cannot be copied, so no two owners share its
/// memory, and it frees that memory when it goes.
struct ScratchList<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// The number of elements.
    private(set) var count = 0

    /// An empty list with room for `capacity` elements before it grows.
    init(capacity: Int = 16) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The elements, valid until the list next changes.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < count, "ScratchList index out of range")
            return base[position]
        }
        set {
            precondition(position >= 0 && position < count, "ScratchList index out of range")
            base[position] = newValue
        }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: capacity * 2) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func append(contentsOf other: UnsafeBufferPointer<Element>) {
        guard let start = other.baseAddress, !other.isEmpty else { return }
        if count + other.count > capacity { grow(to: max(capacity * 2, count + other.count)) }
        (base + count).initialize(from: start, count: other.count)
        count += other.count
    }

    /// Empties the list, keeping its memory.
    mutating func removeAll() { count = 0 }

    private mutating func grow(to newCapacity: Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}

extension ScratchList where Element: Comparable {
    /// Sorts the elements in increasing order: by insertion while the list is as short as
    /// the cascade's usually are, by the standard library's sort beyond.
    mutating func sort() {
        let buffer = UnsafeMutableBufferPointer(start: base, count: count)
        guard count > 24 else {
            for position in buffer.indices.dropFirst() {
                let element = buffer[position]
                var slot = position
                while slot > 0, element < buffer[slot - 1] {
                    buffer[slot] = buffer[slot - 1]
                    slot -= 1
                }
                buffer[slot] = element
            }
            return
        }
        var sortable = buffer
        sortable.sort()
    }

    /// Keeps one of each run of equal elements (of a sorted list: each value once).
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for position in 1..<count where base[position] != base[kept - 1] {
            base[kept] = base[position]
            kept += 1
        }
        count = kept
    }
}
