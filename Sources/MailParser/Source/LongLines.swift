/// The lines of a range of a message longer than a limit, read from the message's line
/// index (so the cost is per line, not per byte): RFC 5322's 998 octets, RFC 2045's 76
/// characters of an encoded line.
public struct LongLines: Sendable, Equatable {
    /// The first long line (without its line break).
    public var first: Range<Int>
    /// How many lines are over the limit.
    public var count: Int
    /// The longest line (without its line break).
    public var longest: Range<Int>

    /// The lines of `message` within `range` (the whole message by default) longer than
    /// `limit` octets, line breaks not counted; nil when there is none.
    public static func find(in message: Message, range: Range<Int>? = nil, over limit: Int) -> LongLines? {
        let bytes = message.bytes
        let range = range ?? 0..<bytes.count
        let index = message.locator.lineIndex
        guard !range.isEmpty else { return nil }
        var number = index.location(of: range.lowerBound).line - 1
        var result: LongLines?
        while number < index.lineCount, index.lineStart(number) < range.upperBound {
            let start = max(index.lineStart(number), range.lowerBound)
            var end = min(number + 1 < index.lineCount ? index.lineStart(number + 1) : bytes.count, range.upperBound)
            // Drop the line break: LF, CR or CR LF.
            if end > start, bytes[end - 1] == ASCII.lf { end -= 1 }
            if end > start, bytes[end - 1] == ASCII.cr { end -= 1 }
            number += 1
            guard end - start > limit else { continue }
            let line = start..<end
            if var found = result {
                found.count += 1
                if line.count > found.longest.count { found.longest = line }
                result = found
            } else {
                result = LongLines(first: line, count: 1, longest: line)
            }
        }
        return result
    }
}
