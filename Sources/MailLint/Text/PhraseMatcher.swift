import MailHTML

/// Finds many phrases in one pass over folded text (Aho–Corasick), so that matching costs
/// the length of the text, not phrases × text. Built once per phrase table.
///
/// Phrases match on word boundaries for alphabetic scripts (a space or the text's edge on
/// both sides) and anywhere for scripts written without spaces (CJK, Thai) and for Hangul.
/// A phrase written with a final `*` is a stem: its last word may go on ("descadastr*"
/// matches "descadastrar", "descadastre-se", "descadastramento"), and the match covers the
/// whole word.
final class PhraseMatcher<Payload: Sendable>: Sendable {
    /// The goto function for ASCII scalars as a flat table (`state * width + column`, -1 for
    /// none), its columns the ASCII scalars the phrases use (`asciiColumn`, column 0 for the
    /// others, always -1): folded text is nearly all ASCII, and a table read costs far less
    /// than hashing.
    private let asciiNext: [Int32]
    private let asciiColumn: [Int32]
    private let width: Int
    /// The goto function for other scalars, keyed by `state << 32 | scalar`.
    private let otherNext: IntegerKeyTable
    /// Each state's failure link.
    private let fail: [Int32]
    /// The phrases that end in each state (its own and its failure chain's):
    /// `outputs[outputStart[state]..<outputStart[state + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// Whether a state has an output that needs no word boundary after it: one matched
    /// anywhere (CJK, Thai, Hangul) or a stem.
    private let hasOpenEndedOutput: [Bool]
    /// Per phrase: its length in scalars, its spaces, whether it matches anywhere, and its
    /// payload.
    private let phraseLength: [Int32]
    private let phraseSpaces: [Int32]
    private let matchesAnywhere: [Bool]
    private let isStem: [Bool]
    private let payloads: [Payload]

    /// One match: which phrase, the folded range it covers, and the ordinals of the words
    /// it covers (the text's words counted by the spaces before them; a match inside a word
    /// of an unspaced script counts as that word).
    struct Match {
        var payload: Payload
        var range: Range<Int>
        var words: Range<Int>
    }

    init(_ entries: [(phrase: String, payload: Payload)]) {
        var keys: [[Unicode.Scalar]] = []
        var stems: [Bool] = []
        var payloads: [Payload] = []
        keys.reserveCapacity(entries.count)
        for entry in entries {
            let stem = entry.phrase.utf8.last == UInt8(ascii: "*")
            let key = FoldedText.key(stem ? String(entry.phrase.dropLast()) : entry.phrase)
            guard !key.isEmpty else { continue }
            keys.append(key)
            stems.append(stem)
            payloads.append(entry.payload)
        }
        // The trie: every edge in one table (at most one edge a scalar of the keys, so it is
        // sized once), each state's parent, scalar and depth.
        var edges = IntegerKeyTable(capacity: keys.reduce(0) { $0 + $1.count })
        var parent: [Int32] = [-1]
        var edgeScalar: [UInt32] = [0]
        var depth: [Int32] = [0]
        var ownOutputs: [[Int32]] = [[]]
        for (phrase, key) in keys.enumerated() {
            var current: Int32 = 0
            for scalar in key {
                let edge = Self.edgeKey(state: Int(current), scalar: scalar.value)
                let next = edges.value(edge)
                if next >= 0 {
                    current = next
                } else {
                    let next = Int32(parent.count)
                    edges.set(edge, to: next)
                    parent.append(current)
                    edgeScalar.append(scalar.value)
                    depth.append(depth[Int(current)] + 1)
                    ownOutputs.append([])
                    current = next
                }
            }
            ownOutputs[Int(current)].append(Int32(phrase))
        }
        let count = parent.count
        // Failure links, state by state in order of depth (a counting sort), so that a
        // state's parent and failure target are done before it; with them, how many phrases
        // end in each state (its own and its failure target's).
        var depthStart = [Int](repeating: 0, count: Int(depth.max() ?? 0) + 2)
        for state in 1..<count { depthStart[Int(depth[state]) + 1] += 1 }
        for level in 1..<depthStart.count { depthStart[level] += depthStart[level - 1] }
        var order = [Int32](repeating: 0, count: count - 1)
        var nextAtDepth = depthStart
        for state in 1..<count {
            order[nextAtDepth[Int(depth[state])]] = Int32(state)
            nextAtDepth[Int(depth[state])] += 1
        }
        var fail = [Int32](repeating: 0, count: count)
        var outputCount = ownOutputs.map { Int32($0.count) }
        for state in order.lazy.map(Int.init) where depth[state] > 1 {
            var fallback = fail[Int(parent[state])]
            let scalar = edgeScalar[state]
            while true {
                let target = edges.value(Self.edgeKey(state: Int(fallback), scalar: scalar))
                if target >= 0 {
                    fail[state] = target
                    break
                }
                if fallback == 0 { break }
                fallback = fail[Int(fallback)]
            }
            outputCount[state] += outputCount[Int(fail[state])]
        }
        // The phrases that end in each state, in one array: its own, then its failure
        // target's (filled before it, being shallower).
        var outputStart = [Int32](repeating: 0, count: count + 1)
        for state in 0..<count { outputStart[state + 1] = outputStart[state] + outputCount[state] }
        var outputs = [Int32](repeating: 0, count: Int(outputStart[count]))
        for state in order.lazy.map(Int.init) {
            var slot = Int(outputStart[state])
            for phrase in ownOutputs[state] {
                outputs[slot] = phrase
                slot += 1
            }
            let inherited = fail[state]
            for index in Int(outputStart[Int(inherited)])..<Int(outputStart[Int(inherited) + 1]) {
                outputs[slot] = outputs[index]
                slot += 1
            }
        }
        let anywhere = keys.map { Self.isCJK($0[0]) }
        var column = [Int32](repeating: 0, count: 128)
        var width: Int32 = 1
        for key in keys {
            for scalar in key where scalar.value < 128 && column[Int(scalar.value)] == 0 {
                column[Int(scalar.value)] = width
                width += 1
            }
        }
        var ascii = [Int32](repeating: -1, count: count * Int(width))
        var other = IntegerKeyTable(capacity: edgeScalar.reduce(0) { $0 + ($1 >= 128 ? 1 : 0) })
        edges.forEachEntry { edge, next in
            let state = Int(edge >> 32)
            let scalar = UInt32(truncatingIfNeeded: edge)
            if scalar < 128 {
                ascii[state * Int(width) + Int(column[Int(scalar)])] = next
            } else {
                other.set(edge, to: next)
            }
        }
        asciiNext = ascii
        asciiColumn = column
        self.width = Int(width)
        otherNext = other
        self.fail = fail
        self.outputStart = outputStart
        self.outputs = outputs
        hasOpenEndedOutput = (0..<count).map { state in
            outputs[Int(outputStart[state])..<Int(outputStart[state + 1])].contains {
                anywhere[Int($0)] || stems[Int($0)]
            }
        }
        phraseLength = keys.map { Int32($0.count) }
        phraseSpaces = keys.map { key in Int32(key.reduce(0) { $0 + ($1 == " " ? 1 : 0) }) }
        matchesAnywhere = anywhere
        isStem = stems
        self.payloads = payloads
    }

    /// Every match in `text`, in order of their ends.
    func matches(in text: [Unicode.Scalar]) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text) { found.append($0) }
        return found
    }

    /// Calls `body` with every match in `text`, in order of their ends, without collecting
    /// them: the memory of a scan does not grow with the text.
    func forEachMatch(in text: [Unicode.Scalar], _ body: (Match) -> Void) {
        let asciiNext = asciiNext
        let asciiColumn = asciiColumn
        let width = width
        let otherNext = otherNext
        let fail = fail
        let outputStart = outputStart
        let outputs = outputs
        let hasOpenEndedOutput = hasOpenEndedOutput
        let isStem = isStem
        let phraseLength = phraseLength
        let phraseSpaces = phraseSpaces
        let matchesAnywhere = matchesAnywhere
        let count = text.count
        text.withUnsafeBufferPointer { text in
            var state = 0
            var spaces = 0
            for index in 0..<count {
                let scalar = text[index].value
                if scalar == 0x20 { spaces += 1 }
                // The goto edge from `state`, else from its failure chain, else the root.
                while true {
                    let target =
                        scalar < 128
                        ? asciiNext[state &* width &+ Int(asciiColumn[Int(scalar)])]
                        : otherNext.value(Self.edgeKey(state: state, scalar: scalar))
                    if target >= 0 {
                        state = Int(target)
                        break
                    }
                    if state == 0 { break }
                    state = Int(fail[state])
                }
                let end = index + 1
                let boundaryAfter = end == count || text[end] == " "
                guard boundaryAfter || hasOpenEndedOutput[state] else { continue }
                for slot in Int(outputStart[state])..<Int(outputStart[state + 1]) {
                    let phrase = Int(outputs[slot])
                    let start = end - Int(phraseLength[phrase])
                    let boundaryBefore = start == 0 || text[start - 1] == " "
                    if matchesAnywhere[phrase] || (boundaryBefore && (boundaryAfter || isStem[phrase])) {
                        // A stem's match runs to the end of its word.
                        var wordEnd = end
                        while !matchesAnywhere[phrase], wordEnd < count, text[wordEnd] != " " { wordEnd += 1 }
                        let lastWord = spaces
                        body(
                            Match(
                                payload: payloads[phrase], range: start..<wordEnd,
                                words: (lastWord - Int(phraseSpaces[phrase]))..<(lastWord + 1)))
                    }
                }
            }
        }
    }

    /// The key of the trie's edge from `state` on `scalar` in its `IntegerKeyTable`.
    @inline(__always)
    private static func edgeKey(state: Int, scalar: UInt32) -> UInt64 { UInt64(state) << 32 | UInt64(scalar) }

    /// Whether a phrase starting with `scalar` is matched anywhere: CJK, kana, Hangul and
    /// Thai, whose words are not separated by spaces (or carry particles without one).
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0xFF00...0xFFEF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
            || (0x1100...0x11FF).contains(scalar.value) || (0x0E00...0x0E7F).contains(scalar.value)
    }
}
