/// Recognises dead-end statements by their structure, in every language of
/// `DeadEndLexicon`, in one pass of one automaton over folded text and a bounded look at
/// the few words around each negation:
///
/// - **negated reply instruction**: a negation and a reply verb with only fillers between
///   them ("please do not reply", "merci de ne pas y répondre", "antworten Sie bitte nicht
///   darauf", "não responda"), or a reply verb that carries its negation ("neodpovídejte");
///   not when a subject or condition makes it a statement about someone else ("we do not
///   reply to spam", "if you do not reply"), nor "do not hesitate to reply" or "no need to
///   reply";
/// - **replies not read**: the replies, then a negated state verb ("replies to this address
///   are not read", "Antworten werden nicht gelesen", "las respuestas no se leen");
/// - **mailbox not monitored**: the mailbox or address, then a negated state verb ("this
///   mailbox is not monitored", "this address cannot receive replies");
/// - **send-only mailbox**: an address declared send-only or unmonitored, next to the
///   mailbox it describes ("sent from an unmonitored address", "送信専用");
/// - **reply of no use**: a reply verb beside a word that says it is of no use ("inutile
///   d'y répondre", "replying to this email is pointless");
/// - **no answer to expect**: a negated verb of expecting with an answer as its whole object
///   ("please do not expect an answer to this message").
///
/// A statement never crosses a sentence end. Scripts without spaces (Chinese, Japanese,
/// Korean, Thai) count distances in characters, and their negation stands on the side
/// the language puts it ("请勿回复", "返信しないで").
enum DeadEndGrammar {
    /// How a statement was recognised.
    enum Pattern: String, Sendable {
        case negatedReply = "negated reply instruction"
        case repliesNotRead = "replies not read"
        case mailboxNotMonitored = "mailbox not monitored"
        case sendOnlyMailbox = "send-only mailbox"
        case pointlessReply = "reply of no use"
        case noAnswerToExpect = "no answer to expect"
    }

    /// One recognised statement: the folded range from its first to its last word.
    struct Statement: Equatable {
        var range: Range<Int>
        var language: Int
        var pattern: Pattern
    }

    /// One word of the lexicon found in the text.
    struct Hit {
        var range: Range<Int>
        /// The ordinal of its first word and one past its last (spaced scripts).
        var words: Range<Int>
        var language: Int
        var word: DeadEndWord

        /// Whether the hit is a state verb, negated or not: what outsiders may qualify.
        var isState: Bool { word == .state || word == .negatedState }
    }

    typealias Entry = (language: Int, word: DeadEndWord)

    /// The classes of a sentence's hits, one bit per `DeadEndWord` case.
    typealias ClassSet = UInt64

    /// Every word of every language in one automaton, built once.
    static let matcher = PhraseMatcher<Entry>(
        DeadEndLexicon.languages.enumerated().flatMap { index, language in
            language.words.flatMap { word, phrases in phrases.map { ($0, (index, word)) } }
        })

    /// The most hits read together: a sentence longer than this (no full stop in pages of
    /// text) is read in parts, so that memory and time stay linear in the text.
    static let maxHitsPerPart = 512

    /// The statements of `folded`, in order of their starts. Hits are gathered sentence by
    /// sentence as the automaton finds them, and each sentence is read on its own.
    static func statements(in folded: FoldedText) -> [Statement] {
        // One captured value, not four: each access to a variable a closure captures is
        // checked for exclusivity at run time, and the automaton calls back for every word.
        var reader = SentenceReader(folded: folded)
        matcher.forEachMatch(in: folded.scalars) { reader.add($0) }
        reader.flush()
        return reader.found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The hits of the sentence being read, gathered as the automaton finds them, and the
    /// statements of the sentences read so far.
    private struct SentenceReader {
        let folded: FoldedText
        var found: [Statement] = []
        var part: [Hit] = []
        var hasTrigger = false
        var nextSentence = 0

        init(folded: FoldedText) { self.folded = folded }

        /// Matches come in order of their ends; a match that starts a new sentence, or a part
        /// that is full, closes the part before it.
        mutating func add(_ match: PhraseMatcher<Entry>.Match) {
            while nextSentence < folded.sentenceStarts.count,
                folded.sentenceStarts[nextSentence] <= match.range.lowerBound
            {
                nextSentence += 1
                flush()
            }
            if part.count >= maxHitsPerPart { flush() }
            let entry = match.payload
            part.append(Hit(range: match.range, words: match.words, language: entry.language, word: entry.word))
            if entry.word.isTrigger { hasTrigger = true }
        }

        /// Reads the part gathered, if it holds a trigger word, and starts the next.
        mutating func flush() {
            if hasTrigger { found += statements(inPart: part, folded: folded) }
            part.removeAll(keepingCapacity: true)
            hasTrigger = false
        }
    }

    /// The statements among the hits of one sentence (or part of one), language by language.
    private static func statements(inPart part: [Hit], folded: FoldedText) -> [Statement] {
        var byLanguage: [Int: [Hit]] = [:]
        var spacedShared: [Hit] = []
        // Where a negation of any spaced language ends: a send-only word is read as negated
        // by them all, for it is the same loanword in every language ("not a noreply email"
        // is not French for a no-reply address).
        var spacedNegationEnds: Set<Int> = []
        for hit in part {
            byLanguage[hit.language, default: []].append(hit)
            if hit.word == .need || hit.word.qualifiesInstruction, isSpaced(hit.language) { spacedShared.append(hit) }
            if hit.word == .negation, isSpaced(hit.language) { spacedNegationEnds.insert(hit.words.upperBound) }
        }
        var found: [Statement] = []
        for (language, hits) in byLanguage where canHoldStatement(hits, spaced: isSpaced(language)) {
            // A "need" or "other mail" word of a spaced script counts for every spaced reading
            // of its sentence: the Danish reading of Norwegian "du trenger ikke svare" must see
            // "trenger", the Portuguese reading of Spanish "nunca respondas … tu contraseña"
            // must see "contraseña". Not across scripts without spaces, whose languages share
            // characters but not words (Japanese 不要 "not needed" is Chinese 不要 "do not").
            let shared = isSpaced(language) ? spacedShared.filter { $0.language != language } : []
            var reader = LanguageReader(
                hits: (hits + shared).sorted { $0.range.lowerBound < $1.range.lowerBound }, language: language,
                lexicon: DeadEndLexicon.languages[language], folded: folded)
            if isSpaced(language) { reader.anyNegationEnds = spacedNegationEnds }
            found += reader.statements()
        }
        return found
    }

    /// Whether one language's hits hold the classes some pattern needs together (a
    /// negation and a reply verb, the replies or the mailbox and a negated state; in a
    /// script without spaces a send-only word alone, "送信専用"): most
    /// sentences with a trigger word of some language ("no", "ne", "nie") hold nothing
    /// else of it, and are passed over without building a reader.
    private static func canHoldStatement(_ hits: [Hit], spaced: Bool) -> Bool {
        var classes: ClassSet = 0
        for hit in hits { classes |= 1 << hit.word.rawValue }
        func has(_ word: DeadEndWord) -> Bool { classes & (1 << word.rawValue) != 0 }
        let noun = has(.replies) || has(.mailbox)
        return has(.negatedReply) || (has(.negation) && has(.reply))
            || (has(.negation) && has(.send) && (has(.replies) || has(.mailbox)))
            || (has(.negation) && has(.sent) && has(.replies) && has(.mailbox))
            || (has(.negation) && has(.replies) && has(.please))
            || (noun
                && (has(.negatedState)
                    || (has(.negation) && (has(.state) || has(.possible) || has(.intended) || has(.offered)))))
            || (has(.replies) && (has(.discarded) || has(.notOffered)))
            || (has(.sendOnly) && (noun || has(.object) || !spaced))
            || (has(.mailbox) && has(.only) && has(.outgoing))
            || (has(.negation) && has(.use) && (has(.control) || has(.mailbox)))
            || ((has(.instead) || has(.pointless)) && (has(.reply) || has(.replies)))
            || (has(.condition) && has(.reply) && has(.negatedState))
            || (has(.negation) && has(.expect) && has(.replies))
    }

    private static func isSpaced(_ language: Int) -> Bool { DeadEndLexicon.languages[language].script == .spaced }
}

/// The bounded patterns over the hits of one language.
struct LanguageReader {
    let hits: [DeadEndGrammar.Hit]
    let language: Int
    let lexicon: DeadEndLanguage
    let folded: FoldedText
    /// Hits by the ordinal of their first word, and by one past their last.
    private(set) var byFirstWord: [Int: [DeadEndGrammar.Hit]] = [:]
    private(set) var byEndWord: [Int: [DeadEndGrammar.Hit]] = [:]
    /// The ranges of the "need" words, in order.
    private(set) var needs: [Range<Int>] = []
    /// Where a negation of any language with spaces ends (as word ordinals), for the
    /// send-only words they share.
    var anyNegationEnds: Set<Int> = []

    typealias Statement = DeadEndGrammar.Statement

    init(hits: [DeadEndGrammar.Hit], language: Int, lexicon: DeadEndLanguage, folded: FoldedText) {
        self.hits = hits
        self.language = language
        self.lexicon = lexicon
        self.folded = folded
        for hit in hits {
            byFirstWord[hit.words.lowerBound, default: []].append(hit)
            byEndWord[hit.words.upperBound, default: []].append(hit)
            if hit.word == .need { needs.append(hit.range) }
        }
    }

    func statements() -> [Statement] {
        switch lexicon.script {
        case .spaced: return spacedStatements()
        case .unspaced(let replyFirst): return unspacedStatements(replyFirst: replyFirst)
        }
    }

    // MARK: Spaced scripts

    /// Words that may stand between a negation and its reply verb.
    static let chain: Set<DeadEndWord> = [.filler, .please, .object, .negation]

    /// The words between a negation and a state verb before the replies: the chain and
    /// auxiliaries ("não são aceitas respostas").
    static let stateChain = chain.union([.auxiliary])

    /// The words between "instead of" and its reply verb: the chain and the mailbox it would
    /// go to ("statt auf diese E-Mail zu antworten", "ahelyett, hogy erre az e-mailre
    /// válaszolna").
    static let insteadChain = chain.union([.destination, .mailbox]).subtracting([.negation])

    /// The chain after a negation, which may also pass "possible" ("not possible to reply")
    /// and auxiliaries ("no podemos responder", "no puede responder").
    static let negationChain = chain.union([.possible, .auxiliary])

    private func spacedStatements() -> [Statement] {
        var found: [Statement] = []
        for hit in hits {
            switch hit.word {
            case .negation:
                if let statement = negationStatement(hit) { found.append(statement) }
            case .reply:
                // The negation after the verb, in its clause: "antworten Sie bitte nicht", "svara
                // inte"; not "reply to this email, not to the old address".
                if let negation = walk(from: hit.words.upperBound, over: [.filler, .please, .object], to: .negation),
                    !folded.hasClauseBreak(in: hit.range.upperBound..<(negation.range.lowerBound + 1)),
                    !has(.need, startingAt: negation.words.upperBound), isInstruction(startingAt: hit),
                    !isQualified(hit, negation)
                {
                    found.append(statement(hit, negation, .negatedReply))
                } else if let negation = walk(
                    from: hit.words.upperBound, over: [.filler, .object, .auxiliary], to: .negation),
                    has(.possible, startingAt: negation.words.upperBound)
                        || has(.possible, startingAt: negation.words.lowerBound), isInstruction(startingAt: hit),
                    !isQualified(hit, negation)
                {
                    // The verb as the subject of "possible": "replying to this email is not possible".
                    found.append(statement(hit, negation, .negatedReply))
                } else if let negation = walk(
                    from: hit.words.upperBound, over: [.filler, .object, .auxiliary], to: .negation),
                    let state = walk(from: negation.words.upperBound, over: [.auxiliary, .filler], to: .state),
                    isInstruction(startingAt: hit), !isQualified(hit, state)
                {
                    // Or of a negated state: "replying will not reach us".
                    found.append(statement(hit, state, .repliesNotRead))
                }
            case .negatedReply:
                if isInstruction(startingAt: hit), !isQualified(hit, hit) {
                    found.append(statement(hit, hit, .negatedReply))
                }
            case .replies, .mailbox:
                // Not when what cannot be received is something else: "this account cannot
                // receive payments"; not when it is only not at once ("… können wir nicht
                // sofort beantworten"); not the reader's mailbox ("your mailbox does not accept
                // attachments larger than 25 MB"); not a condition in the noun's clause ("falls
                // Sie unsere Antwort nicht erhalten, …").
                // Nor mail sent to the reader's mailbox ("Messages sent to your old address are
                // not forwarded").
                if let end = negatedState(after: hit), !isQualified(hit, end),
                    hit.word == .replies ? !isSentElsewhere(hit) : !isNotTheSenders(hit),
                    !isConditional(hit, inClause: true)
                {
                    found.append(statement(hit, end, hit.word == .replies ? .repliesNotRead : .mailboxNotMonitored))
                } else if hit.word == .mailbox, let use = outgoingOnly(of: hit) {
                    // "This address is used for notifications only", "Diese Adresse wird nur
                    // für Benachrichtigungen verwendet", "csak értesítésekre használt cím".
                    found.append(statement(hit, use, .sendOnlyMailbox))
                } else if hit.word == .replies, let state = stateBeforeNegatedNoun(hit), !isConditional(state) {
                    // The state verb before the replies it negates: "Wir lesen keine Antworten".
                    found.append(statement(state, hit, .repliesNotRead))
                } else if hit.word == .replies, let state = stateAfterNegatedNoun(hit), !isConditional(hit),
                    !isConditional(hit, inClause: true, within: nil)
                {
                    // Or after them: "ein System, das keine Antworten verarbeiten kann".
                    found.append(statement(hit, state, .repliesNotRead))
                }
            case .discarded:
                // The verb first, after its auxiliary or carrying it, the replies its subject:
                // "يتم حذف الردود" ("replies are deleted"), "سيضيع أي رد" ("any reply will be
                // lost"). Not an attribute: "deleted replies cannot be restored".
                if has(.auxiliary, endingAt: hit.words.lowerBound) || has(.auxiliary, startingAt: hit.words.lowerBound),
                    let replies = walk(from: hit.words.upperBound, over: [.filler], to: .replies),
                    replies.words.lowerBound <= hit.words.upperBound + 1, !isConditional(hit)
                {
                    found.append(statement(hit, replies, .repliesNotRead))
                }
            case .negatedState:
                // A state that carries its negation, said of a reply the sentence makes its
                // condition: "Pokud na tento e-mail odpovíte, vaši zprávu neuvidíme".
                if let clause = conditionalReply(inSentenceOf: hit), !isSaidOfReader(hit), !isPast(hit) {
                    let last = clause.reply.range.upperBound > hit.range.upperBound ? clause.reply : hit
                    found.append(statement(clause.condition, last, .repliesNotRead))
                }
            case .instead:
                // "Instead of replying to this email, use our contact form", "Вместо ответа на
                // это письмо" (the noun right after it), and where the object comes first, the
                // verb before it: "Bu e-postayı yanıtlamak yerine". Not when the sentence asks for
                // a reply after all: "instead of replying by post, reply to this email".
                if let reply = walk(from: hit.words.upperBound, over: Self.insteadChain, to: .reply)
                    ?? byFirstWord[hit.words.upperBound]?.first(where: { $0.word == .replies })
                    ?? (lexicon.objectBeforeVerb
                        ? byEndWord[hit.words.lowerBound]?.first(where: { $0.word == .reply }) : nil),
                    !isQualified(
                        hit.range.lowerBound < reply.range.lowerBound ? hit : reply,
                        hit.range.lowerBound < reply.range.lowerBound ? reply : hit),
                    !isConditional(hit), !repliesLater(after: reply)
                {
                    found.append(statement(hit, reply, .negatedReply))
                }
            case .pointless:
                // "Inutile d'y répondre", "replying to this email is pointless".
                if let reply = pointlessReply(hit) { found.append(statement(hit, reply, .pointlessReply)) }
            case .sendOnly:
                // Not "this is not a no-reply address", in whichever language's negation; not
                // the reader's address ("your address is only used for sending notifications")
                // nor another kind of address (`isNotTheSenders`).
                if !isNegated(hit), let described = near(hit, within: 4, classes: [.mailbox, .object, .replies]),
                    !isNotTheSenders(described)
                {
                    found.append(
                        statement(
                            described.range.lowerBound < hit.range.lowerBound ? described : hit,
                            described.range.lowerBound < hit.range.lowerBound ? hit : described, .sendOnlyMailbox))
                }
            default:
                continue
            }
        }
        return found
    }

    func statement(_ first: DeadEndGrammar.Hit, _ last: DeadEndGrammar.Hit, _ pattern: DeadEndGrammar.Pattern)
        -> Statement
    {
        Statement(
            range: min(
                first.range.lowerBound, last.range.lowerBound)..<max(
                    first.range.upperBound, last.range.upperBound), language: language, pattern: pattern)
    }
}
