/// Whom a statement of `LanguageReader`'s spaced readings is said by: no one (an
/// instruction), the sender, a subject of its own, the noun it is the predicate of.
extension LanguageReader {
    /// Whether the negation or reply starting with `hit` is said of the message, not of
    /// someone: no subject or condition before it in its sentence, past auxiliaries and
    /// negations ("we do not reply to spam", "if you can't read this email" are not).
    func isInstruction(startingAt hit: DeadEndGrammar.Hit) -> Bool { hasNoSubject(before: hit) }

    /// Whether `negation` belongs to the predicate of `noun`: walking back from it over
    /// auxiliaries and negations reaches the noun, or a relative pronoun right after the noun
    /// ("an automated account which is not monitored"), or no subject or condition of its
    /// own ("replies to this address are not read", but not "… if you cannot read it").
    func isPredicate(_ negation: DeadEndGrammar.Hit, of noun: DeadEndGrammar.Hit) -> Bool {
        hasNoSubject(before: negation, predicateOf: noun)
    }

    /// The walk back from `hit` over auxiliaries, negations and the reader (at most four
    /// words) that both questions share: false at a subject, a condition or a need word, or at
    /// one other word right after a subject that opens the sentence ("Vi når ikke"); true at
    /// the sentence start, at another word, or — with `noun` — on reaching the noun or a
    /// relative pronoun right after it.
    func hasNoSubject(before hit: DeadEndGrammar.Hit, predicateOf noun: DeadEndGrammar.Hit? = nil) -> Bool {
        var position = hit
        for _ in 0..<4 {
            if let noun, position.words.lowerBound <= noun.words.upperBound { return true }
            if folded.startsSentence(at: position.range.lowerBound) { return true }
            let before = byEndWord[position.words.lowerBound] ?? []
            // A relative pronoun right after the noun ("an account *which* is not monitored"),
            // or the sender as the subject after it ("an address *that we* do not check",
            // "eine Adresse, *die wir* nicht prüfen"); not the reader.
            if let noun, !before.contains(where: { $0.word == .reader }),
                before.contains(where: { subject in
                    subject.word == .subject
                        && (subject.words.lowerBound == noun.words.upperBound
                            || has(.subject, startingAt: noun.words.upperBound, endingAt: subject.words.lowerBound))
                })
            {
                return true
            }
            // A request right before it, whatever subject it names: "we kindly ask you not to
            // reply", "wij verzoeken u niet te reageren".
            if noun == nil, before.contains(where: { $0.word == .please }) { return true }
            // "we do not reply", and "n'hésitez pas à répondre" (a need word before "pas"); not
            // a need word that ends the clause before ("Wenn Sie Hilfe brauchen, antworten Sie
            // nicht …").
            let needsHere = !folded.startsClause(at: position.range.lowerBound)
            if before.contains(where: {
                $0.word == .subject || $0.word == .condition || ($0.word == .need && needsHere)
            }) {
                return false
            }
            // The reader is walked past: "du kan ikke svare" is said of no one in particular,
            // "als u niet reageert" is a condition.
            guard let next = before.first(where: { [.auxiliary, .negation, .reader].contains($0.word) }) else {
                // One verb of no such class after a subject that opens the sentence: "Vi når
                // ikke at svare", "We simply do not reply" are said of someone.
                return noun != nil || !opensSentenceWithSubject(endingAt: position.words.lowerBound - 1)
            }
            position = next
        }
        return true
    }

    /// Whether a subject that starts its sentence ends at word `word`.
    private func opensSentenceWithSubject(endingAt word: Int) -> Bool {
        (byEndWord[word] ?? []).contains { $0.word == .subject && folded.startsSentence(at: $0.range.lowerBound) }
    }
}
