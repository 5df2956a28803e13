import MailParser

/// A list of words (lowercase UTF-8) looked for in one pass over a text, ignoring ASCII
/// case: at each byte only the words that start with it are compared. The word listed
/// first wins wherever it stands, as a search word by word would find; `accept` can refuse
/// an occurrence (a word inside a longer word).
struct ByteWordTable {
    /// The words, in priority order.
    let words: [[UInt8]]
    /// For each lowercase byte, the indexes of the words that start with it.
    let byFirstByte: [[Int]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var table = [[Int]](repeating: [], count: 256)
        for (index, word) in self.words.enumerated() where !word.isEmpty { table[Int(word[0])].append(index) }
        byFirstByte = table
    }

    /// The index of the first-listed word that occurs in `bytes` from `start` on and that
    /// `accept(index, position)` takes, or nil.
    func firstListed(
        in bytes: [UInt8], from start: Int = 0, accept: (_ word: Int, _ position: Int) -> Bool = { _, _ in true }
    ) -> Int? {
        var best = Int.max
        var position = start
        while position < bytes.count, best > 0 {
            for index in byFirstByte[Int(ASCII.lowercased(bytes[position]))] where index < best {
                let word = words[index]
                guard position + word.count <= bytes.count else { continue }
                var offset = 1
                while offset < word.count, ASCII.lowercased(bytes[position + offset]) == word[offset] { offset += 1 }
                if offset == word.count, accept(index, position) { best = index }
            }
            position += 1
        }
        return best == Int.max ? nil : best
    }
}
