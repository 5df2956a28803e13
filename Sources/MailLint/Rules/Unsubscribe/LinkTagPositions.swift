/// Where the `<a` and `<area` start tags of an HTML source are, by the line their `>` is on
/// (the line libxml2 gives the element).
struct LinkTagPositions {
    private var startsByEndLine: [Int: [Int]] = [:]

    init(decoded bytes: UnsafeBufferPointer<UInt8>) {
        startsByEndLine = Self.startsByEndLine(bytes)
    }

    private static func startsByEndLine(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int: [Int]] {
        var starts: [Int: [Int]] = [:]
        var line = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == ASCII.lf {
                line += 1
            } else if byte == UInt8(ascii: "<"), index + 2 < count, bytes[index + 1] | 0x20 == UInt8(ascii: "a") {
                let afterA = bytes[index + 2]
                let isArea =
                    afterA | 0x20 == UInt8(ascii: "r") && index + 5 < count
                    && bytes[index + 3] | 0x20 == UInt8(ascii: "e") && bytes[index + 4] | 0x20 == UInt8(ascii: "a")
                let next = isArea ? bytes[index + 5] : afterA
                if ASCII.isWhitespaceOrLineBreak(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") {
                    var end = index + 1
                    var endLine = line
                    while end < count, bytes[end] != UInt8(ascii: ">") {
                        if bytes[end] == ASCII.lf { endLine += 1 }
                        end += 1
                    }
                    starts[endLine, default: []].append(index)
                }
            }
            index += 1
        }
        return starts
    }

    /// The offset of the `occurrence`-th (0-based) link tag whose `>` is on `line`.
    func start(endingOnLine line: Int, occurrence: Int) -> Int? {
        guard let starts = startsByEndLine[line], occurrence < starts.count else { return nil }
        return starts[occurrence]
    }
}
