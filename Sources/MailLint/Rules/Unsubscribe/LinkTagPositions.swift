#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the `<a` and `<area` start tags of an HTML source are, by the line their `>` is on
/// (the line libxml2 gives the element).
///
/// Kept as two flat lists in source order (the lines never go back): a newsletter of
/// 150,000 links has 150,000 lines with a tag, and a list per line cost 8 MB.
struct LinkTagPositions {
    /// Per tag in source order: the line of its `>`, and its start.
    private var endLines: [Int32] = []
    private var starts: [Int] = []

    init(decoded bytes: UnsafeBufferPointer<UInt8>) {
        scan(bytes)
    }

    /// The link tags' starts by the line of their `>`: the `<` and the line feeds are found
    /// with `memchr`, so the bytes between them are read many at a time, not one by one.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        /// The offset of the next `byte` in `from..<to`, or `to`.
        func next(_ byte: UInt8, from: Int, to: Int = count) -> Int {
            guard from < to, let found = memchr(base + from, Int32(byte), to - from) else { return to }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        /// The line feeds in `range`.
        func lineFeeds(_ range: Range<Int>) -> Int {
            var feeds = 0
            var position = next(ASCII.lf, from: range.lowerBound, to: range.upperBound)
            while position < range.upperBound {
                feeds += 1
                position = next(ASCII.lf, from: position + 1, to: range.upperBound)
            }
            return feeds
        }
        var line = 1
        var counted = 0
        var index = next(UInt8(ascii: "<"), from: 0)
        while index < count {
            if index + 2 < count, bytes[index + 1] | 0x20 == UInt8(ascii: "a") {
                let afterA = bytes[index + 2]
                let isArea =
                    afterA | 0x20 == UInt8(ascii: "r") && index + 5 < count
                    && bytes[index + 3] | 0x20 == UInt8(ascii: "e") && bytes[index + 4] | 0x20 == UInt8(ascii: "a")
                let following = isArea ? bytes[index + 5] : afterA
                if ASCII.isWhitespaceOrLineBreak(following) || following == UInt8(ascii: ">")
                    || following == UInt8(ascii: "/")
                {
                    line += lineFeeds(counted..<index)
                    counted = index
                    let end = next(UInt8(ascii: ">"), from: index + 1)
                    endLines.append(Int32(clamping: line + lineFeeds(index..<end)))
                    starts.append(index)
                }
            }
            index = next(UInt8(ascii: "<"), from: index + 1)
        }
    }

    /// The offset of the `occurrence`-th (0-based) link tag whose `>` is on `line`.
    func start(endingOnLine line: Int, occurrence: Int) -> Int? {
        // The first tag on `line` or after it.
        var low = 0
        var high = endLines.count
        while low < high {
            let middle = (low + high) / 2
            if Int(endLines[middle]) < line { low = middle + 1 } else { high = middle }
        }
        let position = low + occurrence
        guard occurrence >= 0, position < endLines.count, Int(endLines[position]) == line else { return nil }
        return starts[position]
    }
}
