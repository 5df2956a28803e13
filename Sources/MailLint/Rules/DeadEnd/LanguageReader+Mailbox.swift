/// The questions the spaced readings of `LanguageReader` ask about the sender's mailbox:
/// whether something is sent to it, whether it is the reader's own, what it is used for.
extension LanguageReader {
    /// A verb of sending or writing next to `negation` (after it past fillers, politeness
    /// and where the mail goes, before it past fillers: "Senden Sie keine", or the
    /// negation's own word: "nepište"), and what would reach the sender through it: the
    /// replies as its object within four words after it (or before it, where the object
    /// precedes the verb), or this mailbox as where it goes, within seven words after the
    /// verb, between it and the negation, or four words before them ("do not send replies",
    /// "N'envoyez pas de réponse", "do not write to this address", "ne ezen a címen
    /// keressen minket", "Na tuto adresu prosím nepište"). Only in an instruction: not said
    /// by someone ("we do not send replies to customers"), nor about other mail, nor past
    /// another verb ("no se pudo enviar la respuesta", the reply could not be sent), nor the
    /// address as what is sent ("do not send this address to anyone").
    func sentToSender(negatedBy negation: DeadEndGrammar.Hit)
        -> (first: DeadEndGrammar.Hit, target: DeadEndGrammar.Hit)?
    {
        guard
            let send = verb(
                .send, negatedBy: negation, pastBefore: [.filler, .please, .object],
                pastAfter: Self.chain.union([.destination, .mailbox]))
        else { return nil }
        func first(_ word: DeadEndWord, in ordinals: some Sequence<Int>, where accept: (DeadEndGrammar.Hit) -> Bool)
            -> DeadEndGrammar.Hit?
        {
            for ordinal in ordinals {
                if let hit = byFirstWord[ordinal]?.first(where: { $0.word == word && accept($0) }) { return hit }
            }
            return nil
        }
        let verbStart = min(send.words.lowerBound, negation.words.lowerBound)
        let verbEnd = max(send.words.upperBound, negation.words.upperBound)
        let target =
            first(.replies, in: send.words.upperBound..<(send.words.upperBound + 4)) { _ in true }
            ?? (lexicon.objectBeforeVerb
                ? first(.replies, in: ((send.words.lowerBound - 4)..<send.words.lowerBound).reversed()) { _ in true }
                : nil)
            ?? first(.mailbox, in: verbStart..<(verbEnd + 7), where: isDestination)
            ?? first(.mailbox, in: ((verbStart - 4)..<verbStart).reversed(), where: isDestination)
        guard let target else { return nil }
        let first = send.range.lowerBound < negation.range.lowerBound ? send : negation
        let last = target.range.upperBound > negation.range.upperBound ? target : negation
        // One clause: not "Kontaktieren Sie uns nicht telefonisch, sondern per E-Mail an
        // diese Adresse".
        guard
            !folded.hasClauseBreak(in: min(first.range.lowerBound, target.range.lowerBound)..<last.range.upperBound),
            isInstruction(startingAt: first), !isQualified(first, last), !isConditional(first)
        else { return nil }
        return (first, target)
    }

    /// A verb of using next to `negation` with this mailbox as its object, and the first and
    /// last of them: "Do not use this address to contact us", "N'utilisez pas cette adresse",
    /// "Verwenden Sie diese Adresse nicht", "Bu adresi kullanmayın". The mailbox right after
    /// the verb and the negation past fillers, between the verb and a negation after them,
    /// or where the object comes first, within three words before them; the whole object.
    /// Not another address ("do not use a work address") nor the reader's ("do not use your
    /// address"); only in an instruction of one clause, not about other mail, not a
    /// condition.
    func unusedMailbox(negatedBy negation: DeadEndGrammar.Hit)
        -> (first: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)?
    {
        // The verb after the negation, before it past its object ("Verwenden Sie diese Adresse
        // nicht"), or carrying it ("kullanmayın").
        let use = verb(.use, negatedBy: negation, pastBefore: [.filler, .please, .object, .mailbox], wordsBefore: 5)
        // Not a word that folds to a state verb as well: Vietnamese "nhấn" (press) and "nhận"
        // (receive) are one word without their tones.
        // Nor a negation inside the verb's phrase: Vietnamese "sử dụng" (use) ends in what
        // folds to "đừng" (do not).
        guard let use, !has(.state, startingAt: use.words.lowerBound),
            use.range == negation.range || !use.range.contains(negation.range.lowerBound)
        else { return nil }
        let start = min(use.words.lowerBound, negation.words.lowerBound)
        let end = max(use.words.upperBound, negation.words.upperBound)
        // Past fillers only: "do not use a *work* address" names another address.
        let objectBefore = lexicon.objectBeforeVerb ? Array(((start - 3)..<start).reversed()) : []
        let mailbox =
            walk(from: end, over: Self.chain, to: .mailbox)
            ?? (Array(start..<end) + objectBefore).lazy.compactMap {
                self.byFirstWord[$0]?.first { $0.word == .mailbox }
            }.first
        // The mailbox as the whole object, before a purpose, the negation or the clause's end:
        // not "do not use an email address in the name field", "не використовуйте адресу
        // електронної пошти у полях імені", an address of the reader's choosing in a form.
        guard let mailbox, !isNotTheSenders(mailbox),
            endsClause(mailbox, past: [.filler], orBefore: [.purpose, .negation, .please])
        else { return nil }
        let first = [use, negation, mailbox].min { $0.range.lowerBound < $1.range.lowerBound } ?? negation
        let last = [use, negation, mailbox].max { $0.range.upperBound < $1.range.upperBound } ?? negation
        guard !folded.hasClauseBreak(in: first.range.lowerBound..<last.range.upperBound),
            isInstruction(startingAt: first), !isQualified(first, last), !isConditional(first)
        else { return nil }
        return (first, last)
    }

    /// The last of a restriction and an outgoing use standing within five words of each
    /// other in the eight words after `mailbox`, in its clause or a relative clause of its own
    /// ("address is used for notifications only", "adres służy wyłącznie do wysyłania
    /// powiadomień"), or where modifiers come first, in the six before it, or where the mailbox
    /// ends its clause as where the mail comes from, in the eight before it ("only automated
    /// messages are sent from this address"); nil when the mailbox is the reader's ("your
    /// address is only used for notifications").
    func outgoingOnly(of mailbox: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        guard !isNotTheSenders(mailbox) else { return nil }
        var only: DeadEndGrammar.Hit?
        var outgoing: DeadEndGrammar.Hit?
        // A relative clause of its own may say it: "en adresse, der kun bruges til
        // notifikationer", "адреса, который используется только для уведомлений".
        let relative = byFirstWord[mailbox.words.upperBound]?.first { $0.word == .subject }
        // Where modifiers stand before their noun, the restriction may too: "csak
        // értesítésekre használt címről", "yalnızca bildirimler için kullanılan bir adresten";
        // and in any language where the mailbox ends the clause as where the mail comes from,
        // the restriction before it: "only automated messages are sent from this address"; not
        // where it goes ("notifications are sent only to this address").
        let first =
            if lexicon.objectBeforeVerb {
                max(0, mailbox.words.lowerBound - 6)
            } else if endsClause(mailbox, past: [.filler]), !isDestination(mailbox) {
                max(0, mailbox.words.lowerBound - 8)
            } else {
                mailbox.words.upperBound
            }
        for ordinal in first..<(mailbox.words.upperBound + 8) {
            // Not a word of the mailbox's own phrase ("*sending* account").
            for hit in byFirstWord[ordinal] ?? []
            where (hit.word == .only || hit.word == .outgoing)
                && (hit.range.upperBound <= mailbox.range.lowerBound
                    || hit.range.lowerBound >= mailbox.range.upperBound)
            {
                let between =
                    hit.range.lowerBound < mailbox.range.lowerBound
                    ? hit.range.upperBound..<mailbox.range.lowerBound
                    : (relative?.range.lowerBound ?? mailbox.range.upperBound)..<hit.range.lowerBound
                if folded.hasClauseBreak(in: between) { return nil }
                // "Only if you want them" restricts when, not what.
                if hit.word == .only, has(.condition, startingAt: hit.words.upperBound) { continue }
                if hit.word == .only { only = only ?? hit } else { outgoing = outgoing ?? hit }
            }
        }
        guard let only, let outgoing, abs(only.words.lowerBound - outgoing.words.lowerBound) <= 5 else { return nil }
        return only.range.upperBound > outgoing.range.upperBound ? only : outgoing
    }

    /// This mailbox named as where something goes or went, nearest `hit` in its sentence:
    /// within eight words after it ("receive emails *at this address*"), or within six
    /// before it ("Fragen *an diese E-Mail-Adresse* können wir nicht beantworten", "Na dotazy
    /// zaslané *na tuto adresu* nemůžeme odpovědět").
    func destinationMailbox(_ side: Side, _ hit: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        let ordinals =
            side == .after
            ? Array(hit.words.upperBound..<(hit.words.upperBound + 8))
            : ((hit.words.lowerBound - 6)..<hit.words.lowerBound).reversed()
        for ordinal in ordinals {
            guard let mailbox = byFirstWord[ordinal]?.first(where: { $0.word == .mailbox && isDestination($0) })
            else { continue }
            let between =
                side == .after
                ? hit.range.upperBound..<mailbox.range.lowerBound : mailbox.range.lowerBound..<hit.range.lowerBound
            return folded.hasSentenceBreak(in: between) ? nil : mailbox
        }
        return nil
    }

    /// This mailbox said to be none that is checked, the negation before the noun phrase and
    /// the state its modifier, before the mailbox or after it: "This is not a monitored
    /// mailbox", "Dies ist kein überwachtes Postfach", "Ce n'est pas une adresse surveillée",
    /// "To nie jest monitorowana skrzynka". A copula next to the negation ("is not", "nie
    /// jest", "isn't"), so that the phrase is what something is, not an object ("Can't read
    /// this email?"); the phrase ends the clause; not the reader's mailbox, not said of the
    /// reader, not a condition, not a report. The mailbox, and the last word of the phrase.
    func unmonitoredMailbox(negatedBy negation: DeadEndGrammar.Hit)
        -> (mailbox: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)?
    {
        guard
            has(.auxiliary, endingAt: negation.words.lowerBound)
                || has(.auxiliary, startingAt: negation.words.upperBound)
                || has(.auxiliary, startingAt: negation.words.lowerBound) || followsDemonstrativeOnly(negation)
        else { return nil }
        let over: Set<DeadEndWord> = [.filler, .auxiliary]
        let found: (mailbox: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)
        if let state = walk(from: negation.words.upperBound, over: over, to: .state),
            // Right after it, the whole noun: "a monitored mailbox", not "accepted at this
            // address"; "skrzynka pocztowa", not "skrzynka".
            let mailbox = longest(.mailbox, startingAt: state.words.upperBound),
            endsClause(mailbox, past: [.filler])
        {
            found = (mailbox, mailbox)
        } else if let mailbox = walk(from: negation.words.upperBound, over: over, to: .mailbox),
            !isDestination(mailbox),
            // Right after it, or past a relative word ("kotak surat *yang* dipantau").
            let state = walk(from: mailbox.words.upperBound, over: [.filler], to: .state),
            endsClause(state, past: [.filler])
        {
            found = (mailbox, state)
        } else {
            return nil
        }
        guard !isNotTheSenders(found.mailbox), !isConditional(negation), !isSaidOfReader(negation), !isPast(negation),
            !isQualified(negation, found.last)
        else { return nil }
        return found
    }

    /// The longest word of class `word` that starts at word `ordinal`: the whole noun
    /// ("căsuță poștală"), not its first word, which may be a mailbox of its own ("căsuță").
    func longest(_ word: DeadEndWord, startingAt ordinal: Int) -> DeadEndGrammar.Hit? {
        byFirstWord[ordinal]?.filter { $0.word == word }.max { $0.words.count < $1.words.count }
    }

    /// The replies, as the subject, not to be sent to this mailbox: "Replies should not be sent
    /// to this address", "Antworten sollten nicht an diese Adresse gesendet werden", "Les
    /// réponses ne doivent pas être envoyées à cette adresse". The replies in the four words
    /// before the negation past auxiliaries and fillers; a participle of sending (`sent`) and
    /// this mailbox as where it goes in the eight words after it, in its clause; not the
    /// reader's mailbox, not a condition, not a report, not about other mail. The replies, and
    /// the last of the participle and the mailbox.
    func repliesNotToBeSent(negatedBy negation: DeadEndGrammar.Hit)
        -> (first: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)?
    {
        guard
            let replies = nearest(
                before: negation, words: 4, over: [.auxiliary, .filler], where: { $0.word == .replies })
        else { return nil }
        var sent: DeadEndGrammar.Hit?
        var mailbox: DeadEndGrammar.Hit?
        for ordinal in negation.words.upperBound..<(negation.words.upperBound + 8) {
            guard let here = byFirstWord[ordinal] else { continue }
            sent = sent ?? here.first { $0.word == .sent }
            mailbox = mailbox ?? here.first { $0.word == .mailbox && isDestination($0) }
        }
        guard let sent, let mailbox, !isNotTheSenders(mailbox) else { return nil }
        let last = sent.range.upperBound > mailbox.range.upperBound ? sent : mailbox
        guard !folded.hasClauseBreak(in: replies.range.lowerBound..<last.range.upperBound), !isConditional(negation),
            !isPast(negation), !isQualified(replies, last)
        else { return nil }
        return (replies, last)
    }

    /// Whether one word of no class but a filler opens the clause of `negation` right before
    /// it, where languages without a present copula say "this is not": "Ez nem egy figyelt
    /// postafiók", "Це не відстежувана скринька", "Ini bukan kotak surat"; not a subject or
    /// the reader ("We cannot…", "You can't…"), nor a negation that opens the clause itself
    /// ("Can't read this email?").
    func followsDemonstrativeOnly(_ negation: DeadEndGrammar.Hit) -> Bool {
        let start = negation.range.lowerBound
        guard start >= 2, folded.scalars[start - 1] == " " else { return false }
        var wordStart = start - 1
        while wordStart > 0, folded.scalars[wordStart - 1] != " " { wordStart -= 1 }
        guard folded.startsClause(at: wordStart) || wordStart == 0 else { return false }
        return !(byEndWord[negation.words.lowerBound] ?? []).contains { $0.word != .filler }
    }

    /// Whether the replies `replies` are mail sent elsewhere than to the sender: the first
    /// mailbox in the three words after them is not the sender's (`isNotTheSenders`: "messages
    /// sent to *your old address*").
    func isSentElsewhere(_ replies: DeadEndGrammar.Hit) -> Bool {
        for ordinal in replies.words.upperBound..<(replies.words.upperBound + 3) {
            if let mailbox = byFirstWord[ordinal]?.first(where: { $0.word == .mailbox }) {
                return isNotTheSenders(mailbox)
            }
        }
        return false
    }

    /// Which side of a word to look on.
    enum Side { case before, after }

    /// Whether `mailbox` is not the sender's: the reader's, with a possessive of the reader in
    /// the three words before it or the three after it ("*your* e-mail address", "adresa
    /// *vaše*", "alamat email *Anda*") or the reader right after it ("the address *you*
    /// provided"); or another kind of address, named right before or after it ("this
    /// *shipping* address", "endereço *de entrega*", "адрес *доставки*", "adresse *IP*").
    func isNotTheSenders(_ mailbox: DeadEndGrammar.Hit) -> Bool {
        ((mailbox.words.lowerBound - 3)...(mailbox.words.upperBound + 2)).contains { has(.yours, startingAt: $0) }
            || has(.reader, startingAt: mailbox.words.upperBound)
            || has(.otherAddress, startingAt: mailbox.words.upperBound)
            || has(.otherAddress, endingAt: mailbox.words.lowerBound)
    }

    /// Whether `mailbox` is named as where something goes: a destination word right before
    /// it, or up to two words before it ("to this address", "an diese Adresse", "à cette
    /// adresse"), or the noun in a case that says it ("adrese", "címre", "osoitteeseen").
    func isDestination(_ mailbox: DeadEndGrammar.Hit) -> Bool {
        has(.destination, startingAt: mailbox.words.lowerBound)
            || (0...2).contains { has(.destination, endingAt: mailbox.words.lowerBound - $0) }
    }

    /// What the negated state verb `state` is said of: the replies after it; or, only when
    /// the sender says it (or the verb carries its subject: "No revisamos este buzón", "لا
    /// نقرأ صندوق البريد هذا"; or the passive: "لا تتم مراقبة صندوق البريد هذا", "this mailbox
    /// is not monitored"), the mailbox after it as the state's whole object ("we don't
    /// monitor this inbox") or as where mail would arrive ("we cannot receive emails at this
    /// address"), or the mailbox before the negation as where mail would arrive ("Wir können
    /// unter dieser Adresse keine E-Mails empfangen"). Not "Can't read this email?", said of
    /// the reader, nor "we cannot process address changes", about something else.
    func stateObject(negatedBy negation: DeadEndGrammar.Hit, state: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        // Said by the sender, or in the passive, where the noun after the state is its subject.
        let bySender =
            isSaidBySender(negation) || isNegativeSubject(negation) || hasSubject(from: negation, to: state)
            || hasSubject(in: state.words.lowerBound..<(state.words.lowerBound + 1))
            || (negation.words.upperBound..<state.words.lowerBound).contains { has(.passive, startingAt: $0) }
        if let noun = repliesOrMailbox(after: state) {
            // Not when others may read them after all: "nobody will see your reply except our
            // support team".
            if noun.word == .replies { return isQualified(negation, noun) ? nil : noun }
            if bySender, isClosingObject(noun, of: state), !isNotTheSenders(noun) { return noun }
        }
        // Not when what is not received is something else: "we cannot receive payments at
        // this address"; nor at the reader's ("Não monitoramos a sua caixa de correio").
        if bySender, let mailbox = destinationMailbox(.after, state), !isQualified(negation, mailbox),
            !isNotTheSenders(mailbox)
        {
            return mailbox
        }
        guard let mailbox = destinationMailbox(.before, negation),
            bySender || hasSubject(in: (mailbox.words.lowerBound - 4)..<mailbox.words.lowerBound)
        else { return nil }
        return mailbox
    }

    /// What a state verb before `negation` is about, where the verb comes second: with a
    /// subject other than the reader right before the verb, the replies between the verb and
    /// the negation ("Wir erhalten Ihre Antwort nicht") or within three words after it ("Vi
    /// modtager ikke dit svar"), or this mailbox as the verb's whole object, between them
    /// ("Wir lesen dieses Postfach nicht") or after the negation ("Vi læser ikke denne
    /// postkasse"); with the subject right after the verb, the replies or this mailbox put
    /// first in the clause ("Antworten an diese Adresse lesen wir nicht"). Not "Sie erhalten
    /// unsere Antwort nicht", said of the reader, nor the reader's mailbox ("Wir lesen Ihr
    /// Postfach nicht").
    func verbSecondObject(of state: DeadEndGrammar.Hit, negatedBy negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        if hasSubject(in: (state.words.upperBound)..<(state.words.upperBound + 1)) {
            // Only where the negation ends the clause: not "… lesen wir nicht am Wochenende".
            return endsClause(negation, past: []) ? objectPutFirst(before: state) : nil
        }
        guard hasSubject(in: (state.words.lowerBound - 1)..<state.words.lowerBound) else { return nil }
        let between = (state.words.upperBound..<negation.words.lowerBound).lazy.compactMap {
            self.byFirstWord[$0]?.first { $0.word == .replies || $0.word == .mailbox }
        }
        if let noun = between.first {
            guard noun.word == .mailbox else { return noun }
            return isNotTheSenders(noun) || !endsClause(negation, past: []) ? nil : noun
        }
        if let mailbox = walk(from: negation.words.upperBound, over: [.filler], to: .mailbox) {
            return isNotTheSenders(mailbox) || !endsClause(mailbox, past: [.filler]) ? nil : mailbox
        }
        guard let after = repliesOrMailbox(after: negation), after.word == .replies,
            after.words.lowerBound - negation.words.upperBound < 3
        else { return nil }
        return isQualified(negation, after) ? nil : after
    }

    /// The replies, or else this mailbox, in the five words before `verb` with only fillers,
    /// destinations, objects and each other between, the first of them opening the clause:
    /// the object put first ("Antworten an diese Adresse lesen wir nicht", "Svar til denne
    /// adressen leser vi ikke"); not the reader's mailbox.
    private func objectPutFirst(before verb: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        var replies: DeadEndGrammar.Hit?
        var mailbox: DeadEndGrammar.Hit?
        var start = verb.words.lowerBound
        let over: Set<DeadEndWord> = [.filler, .destination, .object, .replies, .mailbox]
        while verb.words.lowerBound - start < 5,
            let before = byEndWord[start]?.filter({ over.contains($0.word) }).max(by: {
                $0.words.count < $1.words.count
            })
        {
            if before.word == .replies { replies = before }
            if before.word == .mailbox, mailbox == nil { mailbox = before }
            start = before.words.lowerBound
            if folded.startsClause(at: before.range.lowerBound) { break }
        }
        guard let first = byFirstWord[start]?.first, folded.startsClause(at: first.range.lowerBound) else { return nil }
        if let replies { return replies }
        guard let mailbox, !isNotTheSenders(mailbox) else { return nil }
        return mailbox
    }

    /// Whether a subject other than the reader starts at a word of `ordinals`.
    func hasSubject(in ordinals: Range<Int>) -> Bool {
        ordinals.contains { has(.subject, startingAt: $0) && !has(.reader, startingAt: $0) }
    }

    /// The replies a mailbox is said not to be meant for: between the negation and `intended`
    /// ("nicht für Antworten vorgesehen"), or after it past fillers and what states a purpose
    /// ("not intended for replies", "не предназначен для ответов"), in its clause; nil when it
    /// is meant for something else ("not intended for invoices", "nicht für Rechnungen
    /// vorgesehen, Antworten lesen wir gern"). The last of them ends the statement.
    func replies(intendedBy intended: DeadEndGrammar.Hit, negatedBy negation: DeadEndGrammar.Hit)
        -> DeadEndGrammar.Hit?
    {
        let between = negation.words.upperBound..<intended.words.lowerBound
        if between.contains(where: { word in byFirstWord[word]?.contains { $0.word == .replies } ?? false }) {
            return intended
        }
        let purpose: Set<DeadEndWord> = [.filler, .destination, .purpose, .auxiliary]
        guard
            let replies = walk(from: intended.words.upperBound, over: purpose, to: .replies)
                ?? walk(from: intended.words.upperBound, over: purpose, to: .reply),
            !folded.hasClauseBreak(in: intended.range.upperBound..<(replies.range.lowerBound + 1))
        else { return nil }
        return replies
    }

    /// This mailbox named right after `negation` as where something is not to go, after a verb
    /// of sending or replying earlier in the sentence that sends it elsewhere: "send your
    /// questions to support@example.com, not to this address", "und nicht an diese Adresse",
    /// "et non à cette adresse". The mailbox ends its clause; not the reader's ("not to your
    /// work address"), not in a condition, and the verb an instruction. The verb and the
    /// mailbox, first and last.
    func notThisMailbox(negatedBy negation: DeadEndGrammar.Hit)
        -> (first: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)?
    {
        guard let mailbox = walk(from: negation.words.upperBound, over: [.destination, .filler], to: .mailbox),
            isDestination(mailbox), !isNotTheSenders(mailbox), endsClause(mailbox, past: [.filler]),
            !isConditional(negation),
            let verb = hits.last(where: {
                ($0.word == .send || $0.word == .reply) && $0.range.upperBound <= negation.range.lowerBound
                    && !folded.hasSentenceBreak(in: $0.range.upperBound..<negation.range.lowerBound)
            }),
            // An instruction, not the sender's account of where it sends ("we send invoices to
            // your address, not to this address").
            isInstruction(startingAt: verb)
        else { return nil }
        return (verb, mailbox)
    }
}
