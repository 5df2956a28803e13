/// Where the start tags of some elements (`<a` and `<area`, `<img`) of an HTML source are,
/// by the line their `>` is on (the line libxml2 gives the element), in source order.
struct StartTagPositions {
    private var startsByEndLine: [Int: [Int]] = [:]

    /// The positions of the start tags named `names` (lowercase ASCII) in `bytes`.
    init(decoded bytes: UnsafeBufferPointer<UInt8>, names: [[UInt8]]) {
        startsByEndLine = Self.startsByEndLine(bytes, names)
    }

    /// The positions of the link tags, `<a` and `<area`.
    init(linksIn bytes: UnsafeBufferPointer<UInt8>) {
        self.init(decoded: bytes, names: [Array("a".utf8), Array("area".utf8)])
    }

    private static func startsByEndLine(_ bytes: UnsafeBufferPointer<UInt8>, _ names: [[UInt8]]) -> [Int: [Int]] {
        var starts: [Int: [Int]] = [:]
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == ASCII.lf {
                line += 1
            } else if byte == UInt8(ascii: "<"),
                let length = names.lazy.compactMap({ nameLength($0, bytes, index + 1) }).first
            {
                var end = index + 1 + length
                var endLine = line
                while end < count, bytes[end] != UInt8(ascii: ">") {
                    if bytes[end] == ASCII.lf { endLine += 1 }
                    end += 1
                }
                starts[endLine, default: []].append(index)
            }
            index += 1
        }
        return starts
    }

    /// The length of `name` when it stands at `start` in `bytes` (any case), followed by white
    /// space, `>` or `/`; nil otherwise.
    private static func nameLength(_ name: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start + name.count < bytes.count else { return nil }
        for (offset, letter) in name.enumerated() where ASCII.lowercased(bytes[start + offset]) != letter { return nil }
        let next = bytes[start + name.count]
        return ASCII.isWhitespaceOrLineBreak(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
            ? name.count : nil
    }

    /// The offset of the `occurrence`-th (0-based) tag whose `>` is on `line`.
    func start(endingOnLine line: Int, occurrence: Int) -> Int? {
        guard let starts = startsByEndLine[line], occurrence < starts.count else { return nil }
        return starts[occurrence]
    }
}
