/// A table from 64-bit keys to 32-bit values: open addressing with linear probing and a
/// multiplicative hash, at most half full (it doubles when it would be more; give the number
/// of keys when it is known). A `Dictionary` hashes each key with SipHash, which cost more
/// than the rest of building the phrase matcher's automaton together; the matcher keeps its
/// trie's edges here (`state << 32 | scalar`), and the cascade the last style made for each
/// parent style and tag.
package struct IntegerKeyTable: Sendable {
    /// The slots' keys; `empty` where a slot is free (no key may be `UInt64.max`).
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private var count = 0
    private static let empty = UInt64.max

    /// A table with room for `capacity` keys before it first grows.
    package init(capacity: Int = 8) {
        var bits: UInt64 = 4
        while (1 << bits) < 2 * max(capacity, 1) { bits += 1 }
        keys = [UInt64](repeating: Self.empty, count: 1 << Int(bits))
        values = [Int32](repeating: -1, count: 1 << Int(bits))
        shift = 64 - bits
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// The value of `key`, or -1.
    @inline(__always)
    package func value(_ key: UInt64) -> Int32 {
        let mask = keys.count &- 1
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == Self.empty { return -1 }
            slot = (slot &+ 1) & mask
        }
    }

    /// Sets the value of `key`, adding the key if it is not in the table yet.
    package mutating func set(_ key: UInt64, to value: Int32) {
        let mask = keys.count &- 1
        var slot = slot(of: key)
        while keys[slot] != Self.empty && keys[slot] != key { slot = (slot &+ 1) & mask }
        if keys[slot] == Self.empty {
            count += 1
            if count * 2 > keys.count {
                grow()
                set(key, to: value)
                return
            }
        }
        keys[slot] = key
        values[slot] = value
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [Int32](repeating: -1, count: oldKeys.count * 2)
        shift -= 1
        count = 0
        for slot in oldKeys.indices where oldKeys[slot] != Self.empty { set(oldKeys[slot], to: oldValues[slot]) }
    }

    /// Every key with its value, in no particular order.
    package func forEachEntry(_ body: (_ key: UInt64, _ value: Int32) -> Void) {
        for slot in keys.indices where keys[slot] != Self.empty { body(keys[slot], values[slot]) }
    }
}
