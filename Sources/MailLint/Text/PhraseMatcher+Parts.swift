extension PhraseMatcher {
    /// An automaton over the parts of a vocabulary that says things in two parts (the opt-out
    /// and contact pairs): per language and kind of part, its words in one string separated by
    /// `|`, each matched with its language and kind.
    convenience init<Part>(parts: [(language: String, part: Part, words: String)])
    where Payload == (language: String, part: Part) {
        self.init(
            parts.flatMap { entry in
                entry.words.split(separator: "|").map { (String($0), (entry.language, entry.part)) }
            })
    }
}

extension PhraseMatcher.Match {
    /// The words between this match and `other`, in whichever order they stand (negative
    /// when the two overlap): how far apart the two parts of a pair are.
    func wordGap(to other: Self) -> Int {
        max(words.lowerBound, other.words.lowerBound) - min(words.upperBound, other.words.upperBound)
    }

    /// The folded range from the start of the first of the two matches to the end of the
    /// last: what a pair of parts says, as written.
    func span(with other: Self) -> Range<Int> {
        min(range.lowerBound, other.range.lowerBound)..<max(range.upperBound, other.range.upperBound)
    }
}
