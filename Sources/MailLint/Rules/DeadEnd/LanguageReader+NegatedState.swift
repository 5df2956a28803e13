/// How the spaced readings of `LanguageReader` find what becomes of a mailbox or of the
/// replies: the negated state that follows the noun.
extension LanguageReader {
    /// The end of a negated state within eight words after `noun` in its sentence: a
    /// negation then a state verb or (of the replies) "possible" (at most three words apart;
    /// the first negation only), a state verb then a negation, or a state verb that carries
    /// its negation. The noun comes first, as the subject of the passive: "Can't read this
    /// email?" is not about the mailbox.
    func negatedState(after noun: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        for word in noun.words.upperBound...(noun.words.upperBound + 8) {
            // A state that carries its negation before the negation it starts with: "nem
            // válaszolunk" is one state, not "nem" waiting for a state verb.
            if let state = byFirstWord[word]?.first(where: {
                $0.word == .negatedState || ($0.word == .notOffered && noun.word == .replies)
            }) {
                return state
            }
            for hit in byFirstWord[word] ?? [] {
                switch hit.word {
                case .discarded where noun.word == .replies:
                    // A rule, not a reported event: "your reply was deleted by a moderator",
                    // "Ihre Antwort wurde von einem Moderator gelöscht".
                    return isReported(hit, after: noun) ? nil : hit
                case .negation:
                    // "Possible" is a state here too, of the replies only: "replies are not
                    // possible", but "die Zuweisung der Adresse ist nicht möglich" says nothing
                    // of the mailbox. So is a state that carries its own negation after a
                    // negative subject ("… nikdo nečte"), but not after a plain negation, which
                    // undoes it ("nie pozostanie bez odpowiedzi").
                    var classes: Set<DeadEndWord> = isNegativeSubject(hit) ? [.state, .negatedState] : [.state]
                    if noun.word == .mailbox { classes.insert(.intended) }
                    if noun.word == .replies {
                        // "Impossible" is both, where it ends its clause: "Réponse impossible.",
                        // "Odpowiedź niemożliwa."; not "réponse impossible d'écrire le fichier".
                        if has(.possible, startingAt: hit.words.lowerBound), isPredicate(hit, of: noun),
                            hit.range.upperBound >= folded.scalars.count
                                || folded.hasClauseBreak(in: hit.range.upperBound..<(hit.range.upperBound + 2))
                        {
                            return hit
                        }
                        classes.formUnion([.possible, .offered])
                    }
                    // Three words, counted after the auxiliaries: "ikke *sat op til at* modtage
                    // e-mails", "nu *este configurată pentru a* primi", not set up to receive.
                    var from = hit.words.upperBound
                    while let auxiliary = byFirstWord[from]?.filter({ $0.word == .auxiliary })
                        .max(by: { $0.words.count < $1.words.count })
                    {
                        from = auxiliary.words.upperBound
                    }
                    let states = (hit.words.upperBound...(from + 3)).lazy.compactMap {
                        byFirstWord[$0]?.first { classes.contains($0.word) }
                    }
                    // The noun's own predicate is its first negation: "die Adresse wurde nicht
                    // gefunden oder kann keine E-Mails empfangen" is not about replies.
                    // Not a reported event: "your reply has not been received".
                    guard isPredicate(hit, of: noun), !isPast(hit) else { return nil }
                    // What the mailbox is meant for counts only where it is the replies: "nicht
                    // für Antworten vorgesehen"; else the state after it ("n'est pas destinée à
                    // *recevoir* des réponses").
                    return states.lazy.compactMap { state in
                        state.word == .intended ? self.replies(intendedBy: state, negatedBy: hit) : state
                    }.first
                case .state, .offered:
                    // Whether replies are offered is said of the replies only: "Svar stöds inte".
                    if hit.word == .offered, noun.word != .replies { continue }
                    // The negation right after the state, or past fillers in its clause
                    // ("erreichen uns nicht"); not past an auxiliary of another clause ("the
                    // account you tried to reach does not exist"). The state in the noun's
                    // clause: not "wenn Sie antworten, erhalten Sie keine Erinnerungen".
                    if let negation = walk(from: hit.words.upperBound, over: [.filler], to: .negation),
                        negation.words.lowerBound <= hit.words.upperBound + 2,
                        !folded.hasClauseBreak(in: hit.range.upperBound..<negation.range.lowerBound),
                        !folded.hasClauseBreak(in: noun.range.upperBound..<(hit.range.lowerBound + 1))
                    {
                        return negation
                    }
                default:
                    continue
                }
            }
        }
        return nil
    }

    /// The state verb of a negative subject past a short phrase that says who it is ("Nobody
    /// *on our team* monitors this inbox", "Niemand *in unserem Team* liest dieses
    /// Postfach"): one to three words none of which the grammar knows as a state, a reply, a
    /// negation, the replies, a mailbox, the reader or an exception, in the state's clause,
    /// then the chain and the state. Not "Nobody *but you* can read this inbox".
    func stateAfterSubjectPhrase(negatedBy negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        guard isNegativeSubject(negation) else { return nil }
        let meaningful: Set<DeadEndWord> = [
            .state, .reply, .negation, .negatedState, .replies, .mailbox, .reader, .exception,
        ]
        for skipped in 1...3 {
            let start = negation.words.upperBound + skipped
            let phrase = negation.words.upperBound..<start
            guard !phrase.contains(where: { byFirstWord[$0]?.contains { meaningful.contains($0.word) } ?? false })
            else { return nil }
            if let state = walk(from: start, over: Self.stateChain, to: .state),
                !folded.hasClauseBreak(in: negation.range.upperBound..<state.range.lowerBound)
            {
                return state
            }
        }
        return nil
    }
}
