import Testing

@testable import MailHTML

/// The open-addressing table of integer keys: values found again, replaced when a key is set
/// twice, -1 for a key never set, every key listed once, with keys that collide in the
/// smallest table.
struct IntegerKeyTableTests {
    @Test func setFindReplaceAndList() {
        var table = IntegerKeyTable(capacity: 100)
        let keys: [UInt64] = (0..<100).map { UInt64($0) << 32 | UInt64($0 * 7 % 13) }
        for (index, key) in keys.enumerated() { table.set(key, to: Int32(index)) }
        table.set(keys[5], to: 500)
        #expect(table.value(keys[5]) == 500)
        #expect(table.value(keys[99]) == 99)
        #expect(table.value(UInt64(1) << 40) == -1)
        var listed: [UInt64: Int32] = [:]
        table.forEachEntry { key, value in listed[key] = value }
        #expect(listed.count == 100)
        #expect(listed[keys[0]] == 0 && listed[keys[5]] == 500)
    }
}

/// A table made small grows as keys are added, and keeps every one.
struct IntegerKeyTableGrowthTests {
    @Test func growsFromEightToTenThousandKeys() {
        var table = IntegerKeyTable()
        for key in 0..<10_000 { table.set(UInt64(key) &* 0x1_0000_0001, to: Int32(key)) }
        #expect((0..<10_000).allSatisfy { table.value(UInt64($0) &* 0x1_0000_0001) == Int32($0) })
        var count = 0
        table.forEachEntry { _, _ in count += 1 }
        #expect(count == 10_000)
    }
}
