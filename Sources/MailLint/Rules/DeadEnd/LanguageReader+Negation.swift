/// The statements a negation of a spaced script begins or closes.
extension LanguageReader {
    /// The statement `negation` is part of, read in order: a negated reply verb first, then a
    /// negated state, the reply control, this mailbox not to be used or written to, and a
    /// reply made the condition. A reply verb that makes no statement does not end the
    /// reading: Danish and Norwegian "svar" is both "reply!" and "replies", and "Vi læser ikke
    /// svar på denne e-mail" ("we do not read replies to this email") is a state said of the
    /// replies.
    func negationStatement(_ negation: DeadEndGrammar.Hit) -> Statement? {
        if let reply = walk(from: negation.words.upperBound, over: Self.negationChain, to: .reply)
            ?? impossibleReplies(negatedBy: negation),
            !isQualified(negation, reply), !hasNeed(before: negation), !isNounPhrase(negation, reply),
            let statement = negatedReply(negation, reply)
        {
            return statement
        }
        if let replies = askedForNoReplies(negatedBy: negation) {
            // "Bitte keine Antworten", "Pas de réponse, merci", "Inga svar, tack".
            return statement(negation, replies, .negatedReply)
        }
        if let state = walk(from: negation.words.upperBound, over: Self.stateChain, to: .state)
            ?? stateAfterSubjectPhrase(negatedBy: negation),
            let noun = stateObject(negatedBy: negation, state: state), !isConditional(negation), !isPast(negation)
        {
            // "We are unable to read replies to this email", "we cannot receive emails at this
            // address": the state before the replies or the mailbox.
            return ordered(negation, state, noun, noun.word == .replies ? .repliesNotRead : .mailboxNotMonitored)
        }
        if let mailbox = unmonitoredMailbox(negatedBy: negation) {
            // "This is not a monitored mailbox", "Ce n'est pas une adresse surveillée".
            return statement(negation, mailbox.last, .mailboxNotMonitored)
        }
        if let state = walk(
            from: negation.words.upperBound, over: Self.stateChain.union([.replies, .yours]), to: .state),
            (negation.words.upperBound..<state.words.lowerBound).contains(where: { has(.replies, startingAt: $0) }),
            !isConditional(negation), !isConditional(negation, inClause: true, within: nil),
            !isQualified(negation, state),
            !((negation.words.lowerBound - 3)..<negation.words.lowerBound).contains(where: {
                has(.past, startingAt: $0)
            })
        {
            // The replies between the negation and a state verb that ends the clause:
            // "Niemand wird Ihre Antwort lesen", "Niemand zal uw antwoord lezen"; not a report
            // ("Wir haben noch keine Antworten erhalten"), not a condition however long ("Falls
            // Sie innerhalb von zwei Tagen keine Antwort erhalten, …").
            return statement(negation, state, .repliesNotRead)
        }
        if let control = replyControl(negatedBy: negation) {
            // "Please do not use the reply button", "Använd inte svarsknappen".
            return statement(control.first, control.last, .negatedReply)
        }
        if let unused = unusedMailbox(negatedBy: negation) {
            // "Do not use this address to contact us".
            return statement(unused.first, unused.last, .negatedReply)
        }
        if let sent = repliesNotToBeSent(negatedBy: negation) {
            // "Replies should not be sent to this address".
            return statement(sent.first, sent.last, .negatedReply)
        }
        if let sent = sentToSender(negatedBy: negation) {
            // "Do not send replies to this address", "Senden Sie keine Antworten an diese
            // Adresse", "Do not write to this address": the replies as what is not to be sent,
            // or this mailbox as where nothing is to go.
            return statement(sent.first, sent.target, .negatedReply)
        }
        if let state = state(before: negation), let noun = verbSecondObject(of: state, negatedBy: negation),
            !isConditional(negation), !isPast(negation)
        {
            // The state verb second, the negation after it: "Wir erhalten Ihre Antwort nicht",
            // "Vi læser ikke denne postkasse", said by the sender of the replies or the mailbox.
            return statement(
                noun.range.lowerBound < state.range.lowerBound ? noun : state,
                noun.range.upperBound > negation.range.upperBound ? noun : negation,
                noun.word == .replies ? .repliesNotRead : .mailboxNotMonitored)
        }
        if let clause = conditionalReply(inSentenceOf: negation), !isPast(negation),
            let state = (isSaidOfReader(negation) ? nil : state(after: negation) ?? state(before: negation))
                ?? answerNotGot(negatedBy: negation)
        {
            // The reply as a condition, the state said of it: "if you reply to this message, we
            // won't receive it", "we won't see your reply if you respond", "wenn Sie antworten,
            // sehen wir Ihre Nachricht nicht"; or the answer the reader will not get. Not "if you
            // reply STOP, you will not receive more texts".
            let last = [clause.reply, state, negation].max { $0.range.upperBound < $1.range.upperBound } ?? negation
            return statement(
                clause.condition.range.lowerBound < negation.range.lowerBound ? clause.condition : negation, last,
                .repliesNotRead)
        }
        if let expected = answerNotToExpect(negatedBy: negation) {
            // "Please do not expect an answer to this message", "Bitte erwarten Sie keine
            // Antwort", "Neočekávejte prosím odpověď".
            let words = [negation, expected.verb, expected.answer]
            return statement(
                words.min { $0.range.lowerBound < $1.range.lowerBound } ?? negation,
                words.max { $0.range.upperBound < $1.range.upperBound } ?? negation, .noAnswerToExpect)
        }
        if let elsewhere = notThisMailbox(negatedBy: negation) {
            // "Send your questions to support@example.com, not to this address".
            return statement(elsewhere.first, elsewhere.last, .negatedReply)
        }
        return nil
    }

    /// The answer `negation` tells the reader not to expect: a verb of expecting after it past
    /// the chain and the reader ("do not expect", "ne pas attendre"), before it past the
    /// reader ("erwarten Sie keine", "förvänta dig inget"), or the negation's own word
    /// ("neočekávejte"); then the replies as its object past fillers (or, where the object
    /// comes first, right before the verb: "yanıt beklemeyin"), ending their clause past what
    /// they answer ("an answer to this message"): not "do not expect an answer before Monday".
    func answerNotToExpect(negatedBy negation: DeadEndGrammar.Hit)
        -> (verb: DeadEndGrammar.Hit, answer: DeadEndGrammar.Hit)?
    {
        guard !isConditional(negation), !isPast(negation),
            let verb = verb(
                .expect, negatedBy: negation, pastBefore: [.reader, .filler, .please],
                pastAfter: Self.chain.union([.reader]))
        else { return nil }
        let from = max(verb.words.upperBound, negation.words.upperBound)
        let answer =
            walk(from: from, over: [.filler, .negation, .reader, .please], to: .replies)
            ?? byEndWord[min(verb.words.lowerBound, negation.words.lowerBound)]?.first(where: { $0.word == .replies })
        guard let answer else { return nil }
        // The clause ends after the answer, or after the verb where the answer comes first.
        let verbEnd = negation.range.upperBound > verb.range.upperBound ? negation : verb
        let last = answer.range.lowerBound < verb.range.lowerBound ? verbEnd : answer
        guard endsClause(last, past: [.filler, .object, .destination, .mailbox, .please]) else { return nil }
        return (verb, answer)
    }

    /// A verb of the reader getting something next to `negation` (after it past auxiliaries
    /// and fillers, before it past the reader where the verb comes second: "får du inget
    /// svar", or the negation's own word: "nedostanete") whose object is an answer: the
    /// replies within five words after the verb or three before it in its clause ("odpověď
    /// nedostanete", not "Wenn Sie antworten, erhalten Sie keine Erinnerungen").
    func answerNotGot(negatedBy negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        guard
            let gets = verb(
                .readerGets, negatedBy: negation, pastBefore: [.reader, .filler],
                pastAfter: [.auxiliary, .filler, .negation, .reader])
        else { return nil }
        let start = min(gets.words.lowerBound, negation.words.lowerBound)
        let answerBefore = ((start - 3)..<start).contains { word in
            byFirstWord[word]?.contains {
                $0.word == .replies && !folded.hasClauseBreak(in: $0.range.upperBound..<(gets.range.lowerBound + 1))
            } ?? false
        }
        guard
            answerBefore || repliesOrMailbox(after: gets)?.word == .replies
                || repliesOrMailbox(after: negation)?.word == .replies
        else { return nil }
        return gets
    }

    /// What a negation and the reply verb it negates say: an instruction, an impersonal
    /// "not possible", or the sender's statement about its replies or mailbox.
    private func negatedReply(_ negation: DeadEndGrammar.Hit, _ reply: DeadEndGrammar.Hit) -> Statement? {
        // From the negation's own word: "impossible" is both ("il est impossible de répondre").
        let impersonal = (negation.words.lowerBound..<reply.words.lowerBound).contains {
            has(.possible, startingAt: $0)
        }
        if impersonal {
            // "It is not possible to reply", "Il n'est pas possible de répondre": whatever its
            // expletive subject; not a condition, not a past event ("we regret it was not
            // possible to reply sooner").
            guard !isConditional(negation), !followsUnclassedWord(negation), !isPast(negation) else { return nil }
            return statement(negation, reply, .negatedReply)
        }
        if isInstruction(startingAt: negation), !hasSubject(from: negation, to: reply),
            !isConditional(negation, inClause: true)
        {
            return statement(negation, reply, .negatedReply)
        }
        if let noun = repliesOrMailbox(after: reply) ?? destinationMailbox(.before, negation),
            !isConditional(negation)
        {
            // "We cannot respond to replies sent to this address", "Fragen an diese Adresse
            // können wir nicht beantworten": said by the sender of the message's own replies
            // or mailbox, not a condition.
            return ordered(negation, reply, noun, noun.word == .replies ? .repliesNotRead : .mailboxNotMonitored)
        }
        return nil
    }

    /// A statement from a negation, its verb and the noun it is said of, which may stand
    /// before the negation or after the verb.
    private func ordered(
        _ negation: DeadEndGrammar.Hit, _ verb: DeadEndGrammar.Hit, _ noun: DeadEndGrammar.Hit,
        _ pattern: DeadEndGrammar.Pattern
    ) -> Statement {
        noun.range.lowerBound < negation.range.lowerBound
            ? statement(noun, verb, pattern) : statement(negation, noun, pattern)
    }

    /// The replies asked for by none, with no verb: the negation, the replies right after it
    /// past fillers ending the clause, and politeness in the three words before the negation or
    /// after the replies, in their sentence ("Bitte keine Antworten", "Pas de réponse,
    /// merci", "Nessuna risposta, grazie", "Inga svar, tack"), the negation opening its clause
    /// past politeness; not said by someone ("Nous n'avons pas de réponse, merci de
    /// patienter"), not a condition, not "no reply needed".
    func askedForNoReplies(negatedBy negation: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        // The negation opens its clause, past politeness only: not "Nous n'avons pas de réponse".
        let opens =
            folded.startsClause(at: negation.range.lowerBound)
            || (byEndWord[negation.words.lowerBound] ?? []).contains {
                $0.word == .please && folded.startsClause(at: $0.range.lowerBound)
            }
        guard opens, let replies = walk(from: negation.words.upperBound, over: [.filler], to: .replies),
            endsClause(replies, past: [.filler]), isInstruction(startingAt: negation), !isConditional(negation),
            !hasNeed(before: negation), !isQualified(negation, replies)
        else { return nil }
        let near =
            Array((negation.words.lowerBound - 3)..<negation.words.lowerBound)
            + Array(replies.words.upperBound..<(replies.words.upperBound + 3))
        let polite = near.lazy.compactMap { self.byFirstWord[$0]?.first { $0.word == .please } }.first
        guard let polite else { return nil }
        let span =
            min(
                polite.range.lowerBound, negation.range.lowerBound)..<max(
                polite.range.upperBound, replies.range.upperBound)
        return folded.hasSentenceBreak(in: span) ? nil : replies
    }
}
