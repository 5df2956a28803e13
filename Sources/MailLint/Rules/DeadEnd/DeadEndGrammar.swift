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
///   mailbox it describes ("sent from an unmonitored address", "送信専用").
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
    }

    typealias Entry = (language: Int, word: DeadEndWord)

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
        var found: [Statement] = []
        var part: [Hit] = []
        var hasTrigger = false
        var nextSentence = 0
        func flush() {
            if hasTrigger { found += statements(inPart: part, folded: folded) }
            part.removeAll(keepingCapacity: true)
            hasTrigger = false
        }
        matcher.forEachMatch(in: folded.scalars) { match in
            // Matches come in order of their ends; a match that starts a new sentence, or a
            // part that is full, closes the part before it.
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
        flush()
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The statements among the hits of one sentence (or part of one), language by language.
    private static func statements(inPart part: [Hit], folded: FoldedText) -> [Statement] {
        var byLanguage: [Int: [Hit]] = [:]
        var spacedShared: [Hit] = []
        for hit in part {
            byLanguage[hit.language, default: []].append(hit)
            if hit.word == .need || hit.word.qualifiesInstruction, isSpaced(hit.language) { spacedShared.append(hit) }
        }
        var found: [Statement] = []
        for (language, hits) in byLanguage where canHoldStatement(hits, spaced: isSpaced(language)) {
            // A "need" or "other mail" word of a spaced script counts for every spaced reading
            // of its sentence: the Danish reading of Norwegian "du trenger ikke svare" must see
            // "trenger", the Portuguese reading of Spanish "nunca respondas … tu contraseña"
            // must see "contraseña". Not across scripts without spaces, whose languages share
            // characters but not words (Japanese 不要 "not needed" is Chinese 不要 "do not").
            let shared = isSpaced(language) ? spacedShared.filter { $0.language != language } : []
            let reader = LanguageReader(
                hits: (hits + shared).sorted { $0.range.lowerBound < $1.range.lowerBound }, language: language,
                lexicon: DeadEndLexicon.languages[language], folded: folded)
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
        var classes: UInt32 = 0
        for hit in hits { classes |= 1 << hit.word.rawValue }
        func has(_ word: DeadEndWord) -> Bool { classes & (1 << word.rawValue) != 0 }
        let noun = has(.replies) || has(.mailbox)
        return has(.negatedReply) || (has(.negation) && has(.reply))
            || (noun && (has(.negatedState) || (has(.negation) && has(.state)))) || (has(.replies) && has(.discarded))
            || (has(.sendOnly) && (noun || has(.object) || !spaced))
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
    private static let chain: Set<DeadEndWord> = [.filler, .please, .object, .negation]

    /// The chain after a negation, which may also pass "possible" ("not possible to reply").
    private static let negationChain = chain.union([.possible])

    private func spacedStatements() -> [Statement] {
        var found: [Statement] = []
        for hit in hits {
            switch hit.word {
            case .negation:
                if let reply = walk(from: hit.words.upperBound, over: Self.negationChain, to: .reply),
                    !isQualified(hit, reply), !hasNeed(before: hit)
                {
                    let impersonal = (hit.words.upperBound..<reply.words.lowerBound).contains {
                        has(.possible, startingAt: $0)
                    }
                    if impersonal {
                        // "It is not possible to reply", "Il n'est pas possible de répondre":
                        // whatever its expletive subject; not a condition, not a past event
                        // ("we regret it was not possible to reply sooner").
                        if !isConditional(hit), !followsUnclassedWord(hit) {
                            found.append(statement(hit, reply, .negatedReply))
                        }
                    } else if isInstruction(startingAt: hit) {
                        found.append(statement(hit, reply, .negatedReply))
                    } else if let noun = repliesOrMailbox(after: reply), !isConditional(hit) {
                        // "We cannot respond to replies sent to this address": said by the
                        // sender of the message's own replies or mailbox, not a condition.
                        found.append(
                            statement(hit, noun, noun.word == .replies ? .repliesNotRead : .mailboxNotMonitored))
                    }
                } else if let state = walk(from: hit.words.upperBound, over: Self.chain, to: .state),
                    let noun = repliesOrMailbox(after: state), noun.word == .replies, !isConditional(hit)
                {
                    // "We are unable to read replies to this email": the state before the
                    // replies. Not the mailbox: "Can't read this email?" is about the reader.
                    found.append(statement(hit, noun, .repliesNotRead))
                }
            case .reply:
                // The negation after the verb: "antworten Sie bitte nicht", "svara inte".
                if let negation = walk(from: hit.words.upperBound, over: [.filler, .please, .object], to: .negation),
                    !has(.need, startingAt: negation.words.upperBound), isInstruction(startingAt: hit),
                    !isQualified(hit, negation)
                {
                    found.append(statement(hit, negation, .negatedReply))
                } else if let negation = walk(
                    from: hit.words.upperBound, over: [.filler, .object, .auxiliary], to: .negation),
                    has(.possible, startingAt: negation.words.upperBound), isInstruction(startingAt: hit),
                    !isQualified(hit, negation)
                {
                    // The verb as the subject of "possible": "replying to this email is not possible".
                    found.append(statement(hit, negation, .negatedReply))
                }
            case .negatedReply:
                if isInstruction(startingAt: hit), !isQualified(hit, hit) {
                    found.append(statement(hit, hit, .negatedReply))
                }
            case .replies, .mailbox:
                // Not when what cannot be received is something else: "this account cannot
                // receive payments".
                if let end = negatedState(after: hit), !isQualified(end, end) {
                    found.append(statement(hit, end, hit.word == .replies ? .repliesNotRead : .mailboxNotMonitored))
                }
            case .sendOnly:
                // Not "this is not a no-reply address".
                if !isNegated(hit), let described = near(hit, within: 4, classes: [.mailbox, .object, .replies]) {
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

    /// Walks from word `start` over words of the classes `over` (at most eight) to a word of
    /// class `target`; nil when another word, a "need" word or a sentence end comes first.
    private func walk(from start: Int, over: Set<DeadEndWord>, to target: DeadEndWord) -> DeadEndGrammar.Hit? {
        var word = start
        for _ in 0..<8 {
            guard let here = byFirstWord[word], !here.isEmpty else { return nil }
            if folded.startsSentence(at: here[0].range.lowerBound) { return nil }
            if here.contains(where: { $0.word == .need }) { return nil }
            if let hit = here.first(where: { $0.word == target }) { return hit }
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
    /// to this email, and mark it as spam if unsure" is still a dead end.
    private func isQualified(_ first: DeadEndGrammar.Hit, _ last: DeadEndGrammar.Hit) -> Bool {
        let from = lexicon.objectBeforeVerb ? max(0, first.words.lowerBound - 8) : first.words.lowerBound
        for word in from..<(last.words.upperBound + 12) {
            for other in byFirstWord[word] ?? [] where other.word.qualifiesInstruction {
                let between =
                    other.range.lowerBound < first.range.lowerBound
                    ? other.range.lowerBound..<first.range.lowerBound
                    : last.range.upperBound..<max(last.range.upperBound, other.range.lowerBound + 1)
                // An exception may follow its comma ("antworten Sie nicht, es sei denn, …");
                // other mail is read in the instruction's own clause.
                let isBroken =
                    other.word == .exception
                    ? folded.hasSentenceBreak(in: between) : folded.hasClauseBreak(in: between)
                if !isBroken { return true }
            }
        }
        return false
    }

    /// Whether a "need" word stands before the negation `hit` in its sentence, with only
    /// fillers, politeness and objects between (at most five words): German "Sie müssen
    /// auf diese E-Mail nicht antworten", you need not reply.
    private func hasNeed(before hit: DeadEndGrammar.Hit) -> Bool {
        var position = hit
        for _ in 0..<6 {
            if folded.startsSentence(at: position.range.lowerBound) { return false }
            guard let before = byEndWord[position.words.lowerBound], !before.isEmpty else { return false }
            if before.contains(where: { $0.word == .need }) { return true }
            guard let next = before.filter({ Self.chain.contains($0.word) && $0.word != .negation }).first
            else { return false }
            position = next
        }
        return false
    }

    /// Whether the word right before `hit`, in its clause, belongs to no class: a verb the
    /// lexicon does not list, such as a past tense ("it *was* not possible").
    private func followsUnclassedWord(_ hit: DeadEndGrammar.Hit) -> Bool {
        !folded.startsClause(at: hit.range.lowerBound) && (byEndWord[hit.words.lowerBound] ?? []).isEmpty
    }

    /// Whether a negation stands right before `hit`, or one filler before it ("not a").
    private func isNegated(_ hit: DeadEndGrammar.Hit) -> Bool {
        var position = hit
        for _ in 0..<2 {
            if folded.startsSentence(at: position.range.lowerBound) { return false }
            guard let before = byEndWord[position.words.lowerBound] else { return false }
            if before.contains(where: { $0.word == .negation }) { return true }
            guard let filler = before.first(where: { $0.word == .filler }) else { return false }
            position = filler
        }
        return false
    }

    /// The replies or the mailbox within five words after `reply`, in its sentence: what the
    /// reply verb is about ("respond to replies", "reply to emails sent to this address").
    private func repliesOrMailbox(after reply: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        for word in reply.words.upperBound..<(reply.words.upperBound + 6) {
            for noun in byFirstWord[word] ?? [] where noun.word == .replies || noun.word == .mailbox {
                return folded.hasSentenceBreak(in: reply.range.upperBound..<(noun.range.lowerBound + 1)) ? nil : noun
            }
        }
        return nil
    }

    /// Whether a condition stands within five words before `hit` in its sentence ("if you
    /// cannot reply to this email").
    private func isConditional(_ hit: DeadEndGrammar.Hit) -> Bool {
        for word in max(0, hit.words.lowerBound - 5)..<hit.words.lowerBound {
            for other in byFirstWord[word] ?? [] where other.word == .condition {
                if !folded.hasSentenceBreak(in: other.range.lowerBound..<hit.range.lowerBound) { return true }
            }
        }
        return false
    }

    /// Whether a word of class `word` starts at word ordinal `ordinal`.
    private func has(_ word: DeadEndWord, startingAt ordinal: Int) -> Bool {
        byFirstWord[ordinal]?.contains { $0.word == word } ?? false
    }

    /// Whether the negation or reply starting with `hit` is said of the message, not of
    /// someone: no subject or condition before it in its sentence, past auxiliaries and
    /// negations ("we do not reply to spam", "if you can't read this email" are not).
    private func isInstruction(startingAt hit: DeadEndGrammar.Hit) -> Bool { hasNoSubject(before: hit) }

    /// Whether `negation` belongs to the predicate of `noun`: walking back from it over
    /// auxiliaries and negations reaches the noun, or a relative pronoun right after the noun
    /// ("an automated account which is not monitored"), or no subject or condition of its
    /// own ("replies to this address are not read", but not "… if you cannot read it").
    private func isPredicate(_ negation: DeadEndGrammar.Hit, of noun: DeadEndGrammar.Hit) -> Bool {
        hasNoSubject(before: negation, predicateOf: noun)
    }

    /// The walk back from `hit` over auxiliaries and negations (at most four words) that
    /// both questions share: false at a subject, a condition or a need word; true at the
    /// sentence start, at a word of no class, or — with `noun` — on reaching the noun or a
    /// relative pronoun right after it.
    private func hasNoSubject(before hit: DeadEndGrammar.Hit, predicateOf noun: DeadEndGrammar.Hit? = nil) -> Bool {
        var position = hit
        for _ in 0..<4 {
            if let noun, position.words.lowerBound <= noun.words.upperBound { return true }
            if folded.startsSentence(at: position.range.lowerBound) { return true }
            guard let before = byEndWord[position.words.lowerBound], !before.isEmpty else { return true }
            if let noun,
                before.contains(where: { $0.word == .subject && $0.words.lowerBound == noun.words.upperBound })
            {
                return true
            }
            // "we do not reply", and "n'hésitez pas à répondre" (a need word before "pas").
            if before.contains(where: { $0.word == .subject || $0.word == .condition || $0.word == .need }) {
                return false
            }
            guard let next = before.first(where: { $0.word == .auxiliary || $0.word == .negation }) else {
                return true
            }
            position = next
        }
        return true
    }

    /// The end of a negated state within eight words after `noun` in its sentence: a
    /// negation then a state verb (at most three words apart; the first negation only),
    /// a state verb then a negation, or a state verb that carries its negation. The noun comes first, as the
    /// subject of the passive: "Can't read this email?" is not about the mailbox.
    private func negatedState(after noun: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        for word in noun.words.upperBound...(noun.words.upperBound + 8) {
            for hit in byFirstWord[word] ?? [] {
                switch hit.word {
                case .negatedState:
                    return hit
                case .discarded where noun.word == .replies:
                    return hit
                case .negation:
                    let states = (hit.words.upperBound...(hit.words.upperBound + 3)).lazy.compactMap {
                        byFirstWord[$0]?.first { $0.word == .state }
                    }
                    // The noun's own predicate is its first negation: "die Adresse wurde nicht
                    // gefunden oder kann keine E-Mails empfangen" is not about replies.
                    guard let state = states.first, isPredicate(hit, of: noun) else { return nil }
                    return state
                case .state:
                    if let negation = byFirstWord[hit.words.upperBound]?.first(where: { $0.word == .negation }) {
                        return negation
                    }
                default:
                    continue
                }
            }
        }
        return nil
    }

    /// The nearest hit of `classes` within `distance` words of `hit`, in its sentence.
    private func near(_ hit: DeadEndGrammar.Hit, within distance: Int, classes: Set<DeadEndWord>)
        -> DeadEndGrammar.Hit?
    {
        let candidates = ((hit.words.lowerBound - distance)...(hit.words.upperBound + distance)).flatMap {
            byFirstWord[$0] ?? []
        }
        return candidates.filter { classes.contains($0.word) }.min {
            abs($0.range.lowerBound - hit.range.lowerBound) < abs($1.range.lowerBound - hit.range.lowerBound)
        }
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
