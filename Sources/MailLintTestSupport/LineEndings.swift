/// Line-ending conversions for tests, each with a map from old byte offsets to new ones, so
/// that expectations written for one file hold for its converted twin.
public enum LineEndings {
    /// LF → CR LF (existing CR LF kept). `map[i]` is the new offset of old offset `i`
    /// (`map[count]` is the new length).
    public static func toCRLF(_ bytes: [UInt8]) -> (bytes: [UInt8], map: [Int]) {
        var out: [UInt8] = []
        var map: [Int] = []
        for (index, byte) in bytes.enumerated() {
            map.append(out.count)
            if byte == 0x0A, index == 0 || bytes[index - 1] != 0x0D { out.append(0x0D) }
            out.append(byte)
        }
        map.append(out.count)
        return (out, map)
    }

    /// CR LF → LF. `map[i]` is the new offset of old offset `i`.
    public static func toLF(_ bytes: [UInt8]) -> (bytes: [UInt8], map: [Int]) {
        var out: [UInt8] = []
        var map: [Int] = []
        for (index, byte) in bytes.enumerated() {
            map.append(out.count)
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
            out.append(byte)
        }
        map.append(out.count)
        return (out, map)
    }
}
