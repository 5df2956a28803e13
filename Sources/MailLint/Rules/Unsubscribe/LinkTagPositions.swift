#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the `<a` and `<area` start tags of an HTML source are, by the line their `>` is on
/// (the line libxml2 gives the element).
struct LinkTagPositions {
    private var startsByEndLine: [Int: [Int]] = [:]

    init(decoded bytes: UnsafeBufferPointer<UInt8>) {
        startsByEndLine = Self.startsByEndLine(bytes)
    }

    /// The link tags' starts by the line of their `>`: the `<` and the line feeds are found
    /// with `memchr`, so the bytes between them are read many at a time, not one by one.
    private static func startsByEndLine(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int: [Int]] {
        var starts: [Int: [Int]] = [:]
        guard let base = bytes.baseAddress else { return starts }
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
                    starts[line + lineFeeds(index..<end), default: []].append(index)
                }
            }
            index = next(UInt8(ascii: "<"), from: index + 1)
        }
        return starts
    }

    /// The offset of the `occurrence`-th (0-based) link tag whose `>` is on `line`.
    func start(endingOnLine line: Int, occurrence: Int) -> Int? {
        guard let starts = startsByEndLine[line], occurrence < starts.count else { return nil }
        return starts[occurrence]
    }
}
