#if canImport(Glibc)
    import Glibc
#endif

/// The names of one document (tags, attribute names, ids and classes) as small integers,
/// so that the cascade compares and buckets numbers, not strings.
///
/// One table serves every kind of name: the tag `a` and the class `a` are the same atom,
/// and what the name is used as is said by where the atom is kept. Names are compared as
/// bytes, exactly (HTML's tag and attribute names arrive lowercased from libxml2; ids and
/// classes are case-sensitive).
struct AtomTable: Sendable {
    /// Each atom's name (empty when the table keeps no names).
    private(set) var names: [String] = []
    private let keepsNames: Bool
    private var atomCount = 0
    /// Each atom's name as bytes, one after the other; atom `i` is
    /// `bytes[starts[i]..<starts[i + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Open addressing: atom + 1, or 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The atom no name has: what `lookup` answers for a name the document never uses.
    static let absent: Int32 = -1

    /// How many atoms there are.
    var count: Int { atomCount }

    /// Creates an empty table; without `keepingNames`, atoms have no `names` (for tables
    /// that only tell texts apart).
    init(keepingNames: Bool = true) { keepsNames = keepingNames }

    /// The atom of `name`, added when new.
    mutating func intern(_ name: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(name)
        let (found, slot) = find(name, hash: hash)
        if found >= 0 { return found }
        let atom = Int32(atomCount)
        atomCount += 1
        bytes.append(contentsOf: name)
        starts.append(Int32(bytes.count))
        hashes.append(hash)
        if keepsNames { names.append(String(decoding: name, as: UTF8.self)) }
        slots[slot] = atom + 1
        if atomCount * 2 > slots.count { grow() }
        return atom
    }

    /// The atom of the name at `range` of `bytes`, added when new.
    mutating func intern(_ range: Range<Int>, of bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBufferPointer { intern(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The atom of `name`, or `absent` when the document never uses it.
    func lookup(_ name: String) -> Int32 {
        var name = name
        return name.withUTF8 { lookup($0) }
    }

    /// The atom of the bytes `name`, or `absent`.
    func lookup(_ name: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(name, hash: Self.hash(name)).atom
    }

    /// The atom of `name`, or `absent` and the empty slot where it would go.
    private func find(_ name: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (atom: Int32, slot: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 {
            let atom = Int(slots[slot] - 1)
            if hashes[atom] == hash, equals(atom, name) { return (Int32(atom), slot) }
            slot = (slot + 1) & mask
        }
        return (Self.absent, slot)
    }

    private func equals(_ atom: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[atom])
        guard Int(starts[atom + 1]) - start == name.count else { return false }
        guard let other = name.baseAddress else { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, other, name.count) == 0 }
    }

    private mutating func grow() {
        var larger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        for atom in hashes.indices {
            var slot = Int(hashes[atom]) & mask
            while larger[slot] != 0 { slot = (slot + 1) & mask }
            larger[slot] = Int32(atom + 1)
        }
        slots = larger
    }

    /// A multiplicative hash over eight bytes at a time (names and `style` texts run to
    /// hundreds of bytes), folded to 32 bits.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = UInt64(name.count) &* 0x9E37_79B9_7F4A_7C15
        let raw = UnsafeRawBufferPointer(name)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < raw.count {
            tail = tail << 8 | UInt64(raw[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return UInt32(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
