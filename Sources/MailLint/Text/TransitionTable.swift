/// The edges of a `PhraseMatcher`'s trie, keyed by `state << 32 | scalar`: an open-addressing
/// table with linear probing and a multiplicative hash, sized once for every edge it can
/// hold. A `Dictionary` hashes each key with SipHash, which cost more than the rest of
/// building the automaton together, and the matcher looks a non-ASCII scalar up here for
/// every such scalar of the text.
struct TransitionTable: Sendable {
    /// The slots' keys; `empty` where a slot is free (no edge has it: a state is an `Int32`).
    private var keys: [UInt64]
    private var targets: [Int32]
    private let shift: UInt64
    private static let empty = UInt64.max

    /// A table for at most `capacity` edges, at most half full.
    init(capacity: Int) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * max(capacity, 1) { bits += 1 }
        keys = [UInt64](repeating: Self.empty, count: 1 << Int(bits))
        targets = [Int32](repeating: -1, count: 1 << Int(bits))
        shift = 64 - bits
    }

    /// The key of the edge from `state` on `scalar`.
    @inline(__always)
    static func key(state: Int, scalar: UInt32) -> UInt64 { UInt64(state) << 32 | UInt64(scalar) }

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The target of edge `key`, or -1.
    @inline(__always)
    func target(_ key: UInt64) -> Int32 {
        let mask = keys.count &- 1
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return targets[slot] }
            if stored == Self.empty { return -1 }
            slot = (slot &+ 1) & mask
        }
    }

    /// Adds edge `key` to `target`; the edge must not be in the table yet, and the table must
    /// have room (its capacity was counted before).
    mutating func insert(_ key: UInt64, target: Int32) {
        let mask = keys.count &- 1
        var slot = slot(of: key)
        while keys[slot] != Self.empty { slot = (slot &+ 1) & mask }
        keys[slot] = key
        targets[slot] = target
    }

    /// Every edge, in no particular order.
    func forEachEdge(_ body: (_ key: UInt64, _ target: Int32) -> Void) {
        for slot in keys.indices where keys[slot] != Self.empty { body(keys[slot], targets[slot]) }
    }
}
