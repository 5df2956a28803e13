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
