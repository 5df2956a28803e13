/// Finds many phrases in one pass over folded text (Aho–Corasick), so that matching costs
/// the length of the text, not phrases × text. Built once per phrase table.
///
/// Phrases match on word boundaries for alphabetic scripts (a space or the text's edge on
/// both sides) and anywhere for scripts written without spaces (CJK, Thai) and for Hangul.
final class PhraseMatcher<Payload: Sendable>: Sendable {
    private struct State {
        var next: [Unicode.Scalar: Int] = [:]
        var fail = 0
        var outputs: [Int] = []
    }

    private let states: [State]
    private let phrases: [(key: [Unicode.Scalar], payload: Payload)]
    /// The goto function for ASCII scalars as a flat table (`state * 128 + scalar`, -1 for
    /// none): folded text is nearly all ASCII, and a table read costs far less than hashing.
    private let asciiNext: [Int32]

    /// One match: which phrase, and the folded range it covers.
    struct Match {
        var payload: Payload
        var range: Range<Int>
    }

    init(_ entries: [(phrase: String, payload: Payload)]) {
        var states = [State()]
        var phrases: [(key: [Unicode.Scalar], payload: Payload)] = []
        for entry in entries {
            let key = FoldedText.key(entry.phrase)
            guard !key.isEmpty else { continue }
            var current = 0
            for scalar in key {
                if let next = states[current].next[scalar] {
                    current = next
                } else {
                    states.append(State())
                    states[current].next[scalar] = states.count - 1
                    current = states.count - 1
                }
            }
            states[current].outputs.append(phrases.count)
            phrases.append((key, entry.payload))
        }
        // Failure links, breadth first.
        var queue: [Int] = Array(states[0].next.values)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in states[state].next {
                var fallback = states[state].fail
                while fallback != 0 && states[fallback].next[scalar] == nil { fallback = states[fallback].fail }
                let target = states[fallback].next[scalar] ?? 0
                states[child].fail = target == child ? 0 : target
                states[child].outputs += states[states[child].fail].outputs
                queue.append(child)
            }
        }
        self.states = states
        self.phrases = phrases
        var table = [Int32](repeating: -1, count: states.count * 128)
        for (index, state) in states.enumerated() {
            for (scalar, next) in state.next where scalar.value < 128 {
                table[index * 128 + Int(scalar.value)] = Int32(next)
            }
        }
        asciiNext = table
    }

    /// The state reached from `state` on `scalar` by a goto edge, or nil.
    @inline(__always) private func next(_ state: Int, _ scalar: Unicode.Scalar) -> Int? {
        if scalar.value < 128 {
            let target = asciiNext[state &* 128 &+ Int(scalar.value)]
            return target < 0 ? nil : Int(target)
        }
        return states[state].next[scalar]
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
        var state = 0
        for (index, scalar) in text.enumerated() {
            while state != 0 && next(state, scalar) == nil { state = states[state].fail }
            state = next(state, scalar) ?? 0
            for output in states[state].outputs {
                let key = phrases[output].key
                let start = index + 1 - key.count
                let end = index + 1
                if Self.isCJK(key[0])
                    || ((start == 0 || text[start - 1] == " ") && (end == text.count || text[end] == " "))
                {
                    body(Match(payload: phrases[output].payload, range: start..<end))
                }
            }
        }
    }

    /// Whether a phrase starting with `scalar` is matched anywhere: CJK, kana, Hangul and
    /// Thai, whose words are not separated by spaces (or carry particles without one).
    private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
            || (0xFF00...0xFFEF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value)
            || (0x1100...0x11FF).contains(scalar.value) || (0x0E00...0x0E7F).contains(scalar.value)
    }
}
