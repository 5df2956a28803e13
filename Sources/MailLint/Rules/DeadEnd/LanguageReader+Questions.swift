/// The questions the spaced readings of `LanguageReader` ask about the words around a
/// hit: walks over word classes, the subject or condition before a verb, what a reply is
/// about, and whether something else qualifies the instruction (what becomes of a mailbox
/// or of the replies is in `LanguageReader+NegatedState.swift`).
extension LanguageReader {
    /// Walks from word `start` over words of the classes `over` (at most eight) to the longest
    /// word of class `target` there; nil when another word, a "need" word or a sentence end comes first.
    func walk(from start: Int, over: Set<DeadEndWord>, to target: DeadEndWord) -> DeadEndGrammar.Hit? {
        var word = start
        for _ in 0..<8 {
            guard let here = byFirstWord[word], !here.isEmpty else { return nil }
            if folded.startsSentence(at: here[0].range.lowerBound) { return nil }
            if here.contains(where: { $0.word == .need }) { return nil }
            if let hit = longest(target, startingAt: word) { return hit }
            guard let next = here.filter({ over.contains($0.word) }).max(by: { $0.words.count < $1.words.count })
            else { return nil }
            word = next.words.upperBound
        }
        return nil
    }

    /// Whether the reply instruction from `first` to `last` (a negation and its verb, in
    /// either order) is about something other than this message, or lets replies through
    /// after all: a word of class `otherMail` ("phishing", "password", "reply all") or
    /// `exception` ("unless") from its first word to twelve words after it, or in the eight
    /// words before it where the object stands before the verb
    /// ("Şifrenizi soran e-postalara asla yanıt vermeyin"), in its clause: "do not reply
    /// to this email, and mark it as spam if unsure" is still a dead end. Other mail after
    /// the replies it is named with does not qualify them ("this mailbox does not accept
    /// replies or attachments"). Outsiders (`outsider`: "by third parties") qualify a state
    /// only, in its clause: "this mailbox is not read by third parties".
    func isQualified(_ first: DeadEndGrammar.Hit, _ last: DeadEndGrammar.Hit) -> Bool {
        // Other mail that ends with the first word, as its modifier: "*automatic replies* are
        // disabled", "*out-of-office replies* are turned off".
        if byEndWord[first.words.upperBound]?.contains(where: { $0.word == .otherMail }) ?? false { return true }
        let from = lexicon.objectBeforeVerb ? max(0, first.words.lowerBound - 8) : first.words.lowerBound
        for word in from..<(last.words.upperBound + 12) {
            // Not a word of the first hit's own phrase: "*jede* Nachricht an diese Adresse".
            for other in byFirstWord[word] ?? []
            where other.word.qualifies(ofState: first.isState || last.isState)
                && !(first.range.contains(other.range.lowerBound) && other.range.upperBound <= first.range.upperBound)
            {
                let between =
                    other.range.lowerBound < first.range.lowerBound
                    ? other.range.lowerBound..<first.range.lowerBound
                    : last.range.upperBound..<max(last.range.upperBound, other.range.lowerBound + 1)
                // An exception may follow its comma ("antworten Sie nicht, es sei denn, …");
                // other mail is read in the instruction's own clause.
                let isBroken =
                    other.word == .exception
                    ? folded.hasSentenceBreak(in: between) : folded.hasClauseBreak(in: between)
                // Other mail named after the replies as what is refused along with them is no
                // qualification: "this mailbox does not accept *replies* or attachments".
                let repliesFirst =
                    other.word == .otherMail && word > last.words.upperBound
                    && (last.words.upperBound..<word).contains {
                        byFirstWord[$0]?.contains { $0.word == .replies } ?? false
                    }
                if !isBroken, !repliesFirst { return true }
            }
        }
        return false
    }

    /// Whether a "need" word stands before the negation `hit` in its sentence, with only
    /// fillers, politeness and objects between (at most five words), in its clause: German
    /// "Sie müssen auf diese E-Mail nicht antworten", you need not reply.
    func hasNeed(before hit: DeadEndGrammar.Hit) -> Bool {
        walkBack(from: hit, words: 6, over: Self.chain.subtracting([.negation])) { before in
            // Not the need of a clause before: "Wenn Sie Hilfe brauchen, bitte nicht antworten".
            before.contains {
                $0.word == .need && !folded.hasClauseBreak(in: $0.range.upperBound..<(hit.range.lowerBound + 1))
            }
                ? true : nil
        }
    }

    /// Walks back from `hit` word by word in its sentence, at most `words` words: `decide`
    /// reads the hits that end right before the current word and answers, or returns nil to
    /// go on past one of them of a class in `over`. False at the sentence start, at a word
    /// of no class, at one of no class in `over`, or after `words` words.
    func walkBack(
        from hit: DeadEndGrammar.Hit, words: Int, over: Set<DeadEndWord>, _ decide: ([DeadEndGrammar.Hit]) -> Bool?
    ) -> Bool {
        var position = hit
        for _ in 0..<words {
            if folded.startsSentence(at: position.range.lowerBound) { return false }
            guard let before = byEndWord[position.words.lowerBound], !before.isEmpty else { return false }
            if let answer = decide(before) { return answer }
            guard let next = before.first(where: { over.contains($0.word) }) else { return false }
            position = next
        }
        return false
    }

    /// The nearest hit before `hit` that `isTarget` accepts, walking back as `walkBack` does:
    /// past words of the classes `over`, at most `words` words, in its sentence.
    func nearest(
        before hit: DeadEndGrammar.Hit, words: Int, over: Set<DeadEndWord>,
        where isTarget: (DeadEndGrammar.Hit) -> Bool
    ) -> DeadEndGrammar.Hit? {
        var found: DeadEndGrammar.Hit?
        _ = walkBack(from: hit, words: words, over: over) { before in
            found = before.first(where: isTarget)
            return found == nil ? nil : true
        }
        return found
    }

    /// Whether the word right before `hit`, in its clause, belongs to no class: a verb the
    /// lexicon does not list, such as a past tense ("it *was* not possible"). A conjunction
    /// written on `hit` itself begins its clause ("ولا يمكن").
    func followsUnclassedWord(_ hit: DeadEndGrammar.Hit) -> Bool {
        !folded.startsClause(at: hit.range.lowerBound) && (byEndWord[hit.words.lowerBound] ?? []).isEmpty
            && !has(.conjunction, startingAt: hit.words.lowerBound)
    }

    /// Whether a word of no class follows `hit` in its clause: "erhalten Sie keine
    /// *weiteren* Erinnerungen", where the negation begins an object of its own.
    func precedesUnclassedWord(_ hit: DeadEndGrammar.Hit) -> Bool {
        let next = hit.range.upperBound + 1
        guard next < folded.scalars.count, folded.scalars[hit.range.upperBound] == " ",
            !folded.startsSentence(at: next), !folded.startsClause(at: next)
        else { return false }
        return (byFirstWord[hit.words.upperBound] ?? []).isEmpty
    }

    /// Whether a negation of any language with spaces (`anyNegationEnds`, which holds this
    /// language's too) ends right before `hit`, or one word before it ("not a noreply").
    func isNegated(_ hit: DeadEndGrammar.Hit) -> Bool {
        anyNegationEnds.contains(hit.words.lowerBound) || anyNegationEnds.contains(hit.words.lowerBound - 1)
    }

    /// The replies or the mailbox within five words after `reply`, in its sentence: what the
    /// reply verb is about ("respond to replies", "reply to emails sent to this address");
    /// up to eight words after it, the mailbox as where something was sent ("responder a las
    /// preguntas enviadas a esta dirección"). The replies where both stand there: the mailbox
    /// before them is where they were sent ("az erre a címre küldött válaszokat", the replies
    /// sent to this address). Not past the reply verb of a later clause, whose object they are.
    func repliesOrMailbox(after reply: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        var mailbox: DeadEndGrammar.Hit?
        for word in reply.words.upperBound..<(reply.words.upperBound + 9) {
            // A reply verb of a later clause takes what follows: "we will not reply by post, but
            // you can reply to this email" (not "we can't read or respond to replies").
            if let later = byFirstWord[word]?.first(where: { $0.word == .reply }),
                folded.hasClauseBreak(in: reply.range.upperBound..<(later.range.lowerBound + 1))
            {
                return mailbox
            }
            let near = word < reply.words.upperBound + 6
            // The longest noun that starts at a word ("caixa de entrada", not "caixa").
            let nouns = (byFirstWord[word] ?? []).filter {
                ($0.word == .replies && near) || ($0.word == .mailbox && (near || isDestination($0)))
            }
            guard let noun = nouns.max(by: { $0.words.count < $1.words.count }) else { continue }
            if folded.hasSentenceBreak(in: reply.range.upperBound..<(noun.range.lowerBound + 1)) { return mailbox }
            if let replies = nouns.filter({ $0.word == .replies }).max(by: { $0.words.count < $1.words.count }) {
                return replies
            }
            if mailbox == nil { mailbox = noun }
        }
        return mailbox
    }

    /// Whether a condition stands before `hit` in its sentence, starting at most `words` words
    /// before it (nil: however far): "if you cannot reply to this email"; with `inClause`, in
    /// its clause ("wenn Sie nicht antworten, …", not "falls Sie Fragen haben, bitte nicht
    /// antworten"; "Falls Sie innerhalb von zwei Tagen keine Antwort erhalten, …").
    func isConditional(_ hit: DeadEndGrammar.Hit, inClause: Bool = false, within words: Int? = 5) -> Bool {
        let from = words.map { hit.words.lowerBound - $0 } ?? Int.min
        return hits.contains { other in
            guard other.word == .condition, other.words.lowerBound >= from,
                other.words.lowerBound < hit.words.lowerBound
            else { return false }
            // Up to the hit's own first character: a clause or sentence that begins with it
            // breaks too ("Jeśli masz pytania, nie odpowiadaj …").
            let between = other.range.lowerBound..<(hit.range.lowerBound + 1)
            return inClause ? !folded.hasClauseBreak(in: between) : !folded.hasSentenceBreak(in: between)
        }
    }

    /// A condition and the reply verb it governs in the sentence of `negation`, with only
    /// the reader, fillers and objects between them ("if you reply to this message", "wenn
    /// Sie auf diese E-Mail antworten"); not a negated reply ("if you do not reply").
    func conditionalReply(inSentenceOf negation: DeadEndGrammar.Hit)
        -> (condition: DeadEndGrammar.Hit, reply: DeadEndGrammar.Hit)?
    {
        for condition in hits where condition.word == .condition {
            if let reply = walk(
                from: condition.words.upperBound, over: [.subject, .reader, .filler, .object, .please], to: .reply),
                !folded.hasSentenceBreak(
                    in: min(
                        condition.range.lowerBound, negation.range.lowerBound)..<max(
                            reply.range.upperBound, negation.range.upperBound))
            {
                return (condition: condition, reply: reply)
            }
        }
        return nil
    }

    /// A state verb after `negation` with only auxiliaries and fillers between ("won't
    /// receive", "will not be able to see", "nicht gelesen"); not past another verb ("can't
    /// guarantee we'll see it").
    func state(after negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        walk(from: negation.words.upperBound, over: [.auxiliary, .filler, .negation], to: .state)
    }

    /// A state verb before `negation` in its clause, with only its subject, its object (this
    /// mailbox too), the reader's and fillers between (at most four words): where the verb
    /// comes second and the negation last, as in German, Dutch and the Scandinavian languages
    /// — "…, sehen wir Ihre Nachricht nicht", "Wir lesen dieses Postfach nicht".
    func state(before negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        let over: Set<DeadEndWord> = [.subject, .reader, .object, .yours, .replies, .mailbox, .filler, .auxiliary]
        let found = nearest(before: negation, words: 4, over: over) { $0.word == .state }
        // Not where the negation begins an object of its own: "…, erhalten Sie keine weiteren
        // Erinnerungen".
        return precedesUnclassedWord(negation) ? nil : found
    }

    /// Whether a tense that reports an event stands right before `negation` ("we have not
    /// received replies", "it was not possible").
    func isPast(_ negation: DeadEndGrammar.Hit) -> Bool { has(.past, endingAt: negation.words.lowerBound) }

    /// Whether a tense that reports an event stands between `noun` and what became of it,
    /// or right after it: "your reply *was* deleted", "Ihre Antwort *wurde* von einem
    /// Moderator gelöscht", "… gelöscht *worden*". Not one the lexicon wrote into the phrase
    /// itself, which makes it a lasting state: Vietnamese "đã bị tắt" (has been turned off).
    func isReported(_ discarded: DeadEndGrammar.Hit, after noun: DeadEndGrammar.Hit) -> Bool {
        (noun.words.upperBound..<discarded.words.lowerBound).contains { has(.past, startingAt: $0) }
            || has(.past, startingAt: discarded.words.upperBound)
    }

    /// Whether the subject of `negation`, walking back over auxiliaries, fillers and
    /// negations (at most four words), is the reader: "you will not receive".
    func isSaidOfReader(_ negation: DeadEndGrammar.Hit) -> Bool {
        // A negation that is the reader's own ("et saa", you don't get).
        if has(.reader, startingAt: negation.words.lowerBound) { return true }
        return walkBack(from: negation, words: 4, over: [.auxiliary, .filler, .negation]) { before in
            if before.contains(where: { $0.word == .reader }) { return true }
            return before.contains { $0.word == .subject } ? false : nil
        }
    }

    /// Whether the subject of `negation`, walking back over auxiliaries and fillers (at most
    /// four words), is a subject other than the reader: "we do not monitor this inbox", not
    /// "you cannot read this email" nor a negation with no subject.
    func isSaidBySender(_ negation: DeadEndGrammar.Hit) -> Bool {
        walkBack(from: negation, words: 4, over: [.auxiliary, .filler]) { before in
            if before.contains(where: { $0.word == .reader }) { return false }
            return before.contains { $0.word == .subject } ? true : nil
        }
    }

    /// Whether `noun` follows `verb` past fillers (and the negation's second word: "ne
    /// consultons *pas* cette boîte") only and ends its clause: the verb's whole object
    /// ("monitor this inbox."), not a noun of another one ("process address changes", "read
    /// your inbox", "check the account balance").
    func isClosingObject(_ noun: DeadEndGrammar.Hit, of verb: DeadEndGrammar.Hit) -> Bool {
        guard
            walk(from: verb.words.upperBound, over: [.filler, .negation], to: noun.word)?.range.lowerBound
                == noun.range.lowerBound
        else { return false }
        // Past a demonstrative after the noun, where the language puts it ("kotak surat ini").
        return endsClause(noun, past: [.filler])
    }

    /// Whether the clause of `hit` ends after it, past words of the classes `past`, or a word
    /// of the classes `before` comes first.
    func endsClause(_ hit: DeadEndGrammar.Hit, past: Set<DeadEndWord>, orBefore before: Set<DeadEndWord> = [])
        -> Bool
    {
        var end = hit
        while let here = byFirstWord[end.words.upperBound], !folded.startsClause(at: here[0].range.lowerBound) {
            if here.contains(where: { before.contains($0.word) }) { return true }
            guard let next = here.first(where: { past.contains($0.word) }) else { break }
            end = next
        }
        return end.range.upperBound >= folded.scalars.count || folded.startsClause(at: end.range.upperBound + 1)
    }

    /// The replies as what is not possible, where the language says it with a noun: "there
    /// is no possibility of a reply", "nie ma możliwości odpowiedzi" — the negation, a word
    /// of "possible", then the replies, with only the chain between; not the reader's own
    /// reply ("keine Möglichkeit, Ihre Antwort zu ändern"), and the replies end their clause
    /// past what they go to ("of a reply to this message."), so that they are what is not
    /// possible, not the object of another verb.
    func impossibleReplies(negatedBy negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        guard let replies = walk(from: negation.words.upperBound, over: Self.negationChain, to: .replies),
            (negation.words.lowerBound..<replies.words.lowerBound).contains(where: { has(.possible, startingAt: $0) }),
            !isNotTheSenders(replies), endsClause(replies, past: [.filler, .object, .destination, .mailbox])
        else { return nil }
        return replies
    }

    /// Whether `negation` and `reply` read as one noun phrase, not a negated verb: a replies
    /// phrase starts at the negation and reaches the reply's end ("Noch keine Antworten",
    /// "nog geen antwoorden": no replies yet; not "keine Antwort senden").
    func isNounPhrase(_ negation: DeadEndGrammar.Hit, _ reply: DeadEndGrammar.Hit) -> Bool {
        byFirstWord[negation.words.lowerBound]?.contains {
            $0.word == .replies && $0.words.upperBound >= reply.words.upperBound
        } ?? false
    }

    /// The state verb right before `replies` when the replies are a negated noun phrase
    /// (a negation starts them: "lesen *keine Antworten*", "lezen *geen antwoorden*"); nil
    /// otherwise, or when a tense reports an event ("haben keine Antworten gelesen" has no
    /// state before the noun).
    func stateBeforeNegatedNoun(_ replies: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        guard has(.negation, startingAt: replies.words.lowerBound),
            let state = byEndWord[replies.words.lowerBound]?.first(where: { $0.word == .state }),
            !folded.startsClause(at: replies.range.lowerBound)
        else { return nil }
        return state
    }

    /// The state verb right after `replies` (or after one auxiliary) when the replies are a
    /// negated noun phrase: "das *keine Antworten verarbeiten* kann", "dat *geen antwoorden
    /// kan verwerken*"; nil when a tense reports an event in the three words before them
    /// ("wir haben noch keine Antworten erhalten").
    func stateAfterNegatedNoun(_ replies: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        let reported = ((replies.words.lowerBound - 3)..<replies.words.lowerBound).contains {
            has(.past, startingAt: $0)
        }
        guard has(.negation, startingAt: replies.words.lowerBound), !reported,
            let state = walk(from: replies.words.upperBound, over: [.auxiliary], to: .state),
            state.words.lowerBound <= replies.words.upperBound + 1
        else { return nil }
        return state
    }

    /// Whether a subject other than the reader starts at a word from `negation` up to
    /// `reply`: the negation's own word ("*emme* voi vastata", "*nem tudunk* válaszolni") or
    /// a verb that carries it ("no *podemos* responder"). The sentence is then said by
    /// someone, not an instruction; "you cannot reply" still is one.
    func hasSubject(from negation: DeadEndGrammar.Hit, to reply: DeadEndGrammar.Hit) -> Bool {
        hasSubject(in: negation.words.lowerBound..<max(negation.words.lowerBound, reply.words.lowerBound))
    }

    /// A verb of using next to `negation` (after it past the chain, before it past fillers
    /// and politeness: "Använd inte", or the negation's own word: "nepoužívejte") and, within
    /// five words after the verb (or four before it, where the object comes first: "yanıtla
    /// düğmesini kullanmayın"), the reply control: a control word with a reply word in the
    /// two words around it ("the reply button", "la fonction « Répondre »", "кнопку
    /// «Ответить»"), or a compound that is both, in both classes ("antwoordknop"); in an
    /// instruction, not about other mail. The first and last of them.
    func replyControl(negatedBy negation: DeadEndGrammar.Hit)
        -> (first: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)?
    {
        guard let use = verb(.use, negatedBy: negation, pastBefore: [.filler, .please]) else { return nil }
        let verbEnd = max(use.words.upperBound, negation.words.upperBound)
        let verbStart = min(use.words.lowerBound, negation.words.lowerBound)
        // After the verb, or before it where the object comes first ("yanıtla düğmesini
        // kullanmayın").
        let ordinals =
            Array(verbEnd..<(verbEnd + 5)) + (lexicon.objectBeforeVerb ? Array((verbStart - 4)..<verbStart) : [])
        for ordinal in ordinals {
            guard let control = byFirstWord[ordinal]?.first(where: { $0.word == .control }) else { continue }
            let replyNear = ((control.words.lowerBound - 2)..<(control.words.upperBound + 2)).contains {
                has(.reply, startingAt: $0) || has(.replies, startingAt: $0)
            }
            guard replyNear else { continue }
            let verb = use.range.lowerBound < negation.range.lowerBound ? use : negation
            let verbLast = use.range.upperBound > negation.range.upperBound ? use : negation
            let first = control.range.lowerBound < verb.range.lowerBound ? control : verb
            let last = control.range.lowerBound < verb.range.lowerBound ? verbLast : control
            guard isInstruction(startingAt: first), !isQualified(verb, control), !isConditional(first),
                !folded.hasSentenceBreak(in: first.range.lowerBound..<last.range.upperBound)
            else { return nil }
            return (first, last)
        }
        return nil
    }

    /// A verb of class `word` next to `negation`: after it past the chain or `pastAfter`,
    /// before it within `wordsBefore` words past words of `pastBefore` ("Senden Sie keine",
    /// "Använd inte"), or the negation's own word ("nepište", "nepoužívejte").
    func verb(
        _ word: DeadEndWord, negatedBy negation: DeadEndGrammar.Hit, pastBefore: Set<DeadEndWord>,
        pastAfter: Set<DeadEndWord> = chain, wordsBefore: Int = 3
    ) -> DeadEndGrammar.Hit? {
        let before = nearest(before: negation, words: wordsBefore, over: pastBefore) { $0.word == word }
        return walk(from: negation.words.upperBound, over: pastAfter, to: word) ?? before
            ?? byFirstWord[negation.words.lowerBound]?.first(where: { $0.word == word })
    }

    /// Whether another reply verb follows `reply` in its sentence.
    func repliesLater(after reply: DeadEndGrammar.Hit) -> Bool {
        hits.contains {
            $0.word == .reply && $0.range.lowerBound >= reply.range.upperBound
                && !folded.hasSentenceBreak(in: reply.range.upperBound..<$0.range.lowerBound)
        }
    }

    /// Whether `negation` is itself the subject, and not the reader: "nobody", "niemand",
    /// "никто" ("Nobody checks this mailbox"), not "you cannot" ("You can't read this email").
    func isNegativeSubject(_ negation: DeadEndGrammar.Hit) -> Bool {
        has(.subject, startingAt: negation.words.lowerBound) && !has(.reader, startingAt: negation.words.lowerBound)
    }

    /// Whether a word of class `word` starts at word ordinal `start` and ends right before
    /// `end`.
    func has(_ word: DeadEndWord, startingAt start: Int, endingAt end: Int) -> Bool {
        byEndWord[end]?.contains { $0.word == word && $0.words.lowerBound == start } ?? false
    }

    /// Whether a word of class `word` starts at word ordinal `ordinal`.
    func has(_ word: DeadEndWord, startingAt ordinal: Int) -> Bool {
        byFirstWord[ordinal]?.contains { $0.word == word } ?? false
    }

    /// Whether a word of class `word` ends right before word ordinal `ordinal`.
    func has(_ word: DeadEndWord, endingAt ordinal: Int) -> Bool {
        byEndWord[ordinal]?.contains { $0.word == word } ?? false
    }

    /// The nearest hit of `classes` within `distance` words of `hit`, in its sentence.
    func near(_ hit: DeadEndGrammar.Hit, within distance: Int, classes: Set<DeadEndWord>)
        -> DeadEndGrammar.Hit?
    {
        let candidates = ((hit.words.lowerBound - distance)...(hit.words.upperBound + distance)).flatMap {
            byFirstWord[$0] ?? []
        }
        return candidates.filter { classes.contains($0.word) }.min {
            abs($0.range.lowerBound - hit.range.lowerBound) < abs($1.range.lowerBound - hit.range.lowerBound)
        }
    }
}
