/// The readings of `LanguageReader` for scripts without spaces (Chinese, Japanese, Korean,
/// Thai): morphemes matched anywhere, distances counted in characters, the negation on the
/// side the language puts it.
extension LanguageReader {
    func unspacedStatements(replyFirst: Bool) -> [Statement] {
        var found: [Statement] = []
        for (index, hit) in hits.enumerated() {
            switch hit.word {
            case .negation:
                // Said by the sender: a subject right before the negation (我们无法…).
                let bySender = neighbour(of: index, before: true, within: 2, class: .subject) != nil
                // 返信しないで, 회신하지 마: the verb shortly before the negation; 请勿回复,
                // อย่าตอบกลับ: shortly after it.
                let reply =
                    replyFirst
                    ? neighbour(of: index, before: true, within: 12, class: .reply)
                    : neighbour(of: index, before: false, within: 4, class: .reply)
                if let reply,
                    !isInterrupted(
                        min(
                            reply.range.lowerBound, hit.range.lowerBound)..<max(
                                reply.range.upperBound, hit.range.upperBound)),
                    !isQualified(near: reply, before: replyFirst)
                {
                    let first = replyFirst ? reply : hit
                    let last = replyFirst ? hit : reply
                    if !bySender {
                        found.append(statement(first, last, .negatedReply))
                    } else if let mailbox = mailbox(near: first, last) {
                        // Said by the sender, of what is sent to this mailbox: 我们无法回答发送到此
                        // 地址的问题; not 我们无法回答有关税务的问题.
                        found.append(
                            statement(
                                mailbox.range.lowerBound < first.range.lowerBound ? mailbox : first,
                                mailbox.range.upperBound > last.range.upperBound ? mailbox : last, .mailboxNotMonitored)
                        )
                    }
                }
                if bySender, let state = neighbour(of: index, before: false, within: 12, class: .state),
                    let mailbox = destinationMailbox(from: hit, through: state), !isQualified(near: hit, before: false)
                {
                    // Said by the sender, of mail that would reach it through this mailbox:
                    // 我们无法通过此地址接收邮件, 我们无法接收发送到此地址的邮件; not of other things
                    // (我们无法通过此地址处理退款, 我们无法在地址栏中查看链接).
                    found.append(
                        statement(
                            hit, mailbox.range.upperBound > state.range.upperBound ? mailbox : state,
                            .mailboxNotMonitored))
                }
                if !bySender, let sent = sentToMailbox(negatedBy: index, replyFirst: replyFirst) {
                    // 请勿向此地址发送邮件, このアドレスにはメールを送信しないでください: nothing is to
                    // be sent to this mailbox; not "我们无法向此地址发送邮件", said by the sender.
                    found.append(statement(sent.first, sent.last, .negatedReply))
                }
            case .replies, .mailbox:
                // 此邮箱无人查看, このアドレスは確認しておりません: the noun, then its negated state;
                // or the state right before it, said by no one or by the sender (没有人查看此邮箱,
                // 我们不查看此邮箱); neither of the reader's mailbox (我们不查看您的邮箱, お使いの
                // アドレスでは受信できない場合があります); or the replies, then what becomes of them.
                // Replies not offered only of the replies: 此邮件的回复功能不可用, not 此地址不可用.
                let ofReplies = hit.word == .replies
                if let state = neighbour(of: index, before: false, within: 16, class: .negatedState)
                    ?? (ofReplies ? neighbour(of: index, before: false, within: 16, class: .notOffered) : nil),
                    !isInterrupted(hit.range.lowerBound..<state.range.upperBound), ofReplies || !isReaders(index),
                    // Not when what is not received is something else: 该邮箱不接收超过10MB的附件.
                    !isQualified(near: state, before: replyFirst),
                    // Not at some times only: このメールボックスは週末は確認されません.
                    !hits.contains(where: {
                        $0.word == .occasion
                            && (hit.range.upperBound..<state.range.lowerBound).contains($0.range.lowerBound)
                    })
                {
                    found.append(statement(hit, state, hit.word == .replies ? .repliesNotRead : .mailboxNotMonitored))
                } else if let state = neighbour(of: index, before: true, within: 2, class: .negatedState)
                    ?? (ofReplies ? neighbour(of: index, before: true, within: 2, class: .notOffered) : nil),
                    !isInterrupted(state.range.lowerBound..<hit.range.upperBound), ofReplies || !isReaders(index)
                {
                    found.append(statement(state, hit, hit.word == .replies ? .repliesNotRead : .mailboxNotMonitored))
                } else if hit.word == .mailbox, let use = outgoingOnly(of: index) {
                    // このアドレスは通知専用です, 此地址仅用于发送通知.
                    found.append(statement(hit, use, .sendOnlyMailbox))
                } else if hit.word == .replies,
                    let gone = neighbour(of: index, before: false, within: 16, class: .discarded),
                    !isInterrupted(hit.range.lowerBound..<gone.range.upperBound),
                    !hasPast(near: gone)
                {
                    // 此邮件的回复将被自动删除, このメールへの返信は自動的に削除されます: what becomes of
                    // the replies, said of the replies only (an address may well be deleted).
                    found.append(statement(hit, gone, .repliesNotRead))
                }
            case .instead:
                // 而不是回复此邮件, แทนที่จะตอบกลับ: the verb right after it; このメールに返信する代わりに,
                // 회신하는 대신: right before it, where the verb comes first.
                if let reply = neighbour(of: index, before: replyFirst, within: replyFirst ? 6 : 4, class: .reply),
                    !isInterrupted(
                        min(
                            hit.range.lowerBound, reply.range.lowerBound)..<max(
                                hit.range.upperBound, reply.range.upperBound)),
                    !isQualified(near: reply, before: replyFirst)
                {
                    found.append(statement(replyFirst ? reply : hit, replyFirst ? hit : reply, .negatedReply))
                }
            case .pointless:
                // 返信しても無駄です, 회신하셔도 소용없습니다: the verb shortly before it; 回复此邮件
                // 是没有用的, ไม่มีประโยชน์ที่จะตอบกลับ: or after it; in its clause, not "旧链接没用了，
                // 请回复本邮件" (the old link is of no use, please reply).
                if let reply = neighbour(of: index, before: true, within: 12, class: .reply)
                    ?? neighbour(of: index, before: false, within: 6, class: .reply),
                    case let span = min(
                        hit.range.lowerBound, reply.range.lowerBound)..<max(
                            hit.range.upperBound, reply.range.upperBound),
                    !isInterrupted(span), !folded.hasClauseBreak(in: span), !isQualified(near: reply, before: true)
                {
                    found.append(statement(hit, reply, .pointlessReply))
                }
            case .sendOnly:
                // Not the reader's address: 您的邮箱地址仅用于发送通知 (the possessive before the
                // mailbox the send-only word follows).
                if !isReaders(index, reachBefore: 16) {
                    found.append(statement(hit, hit, .sendOnlyMailbox))
                }
            default:
                continue
            }
        }
        return found
    }

    /// The later of a restriction and an outgoing use within twenty-four characters after
    /// mailbox `index` and sixteen of each other, in its sentence; nil when the mailbox is the
    /// reader's (您的邮箱地址仅用于发送通知).
    private func outgoingOnly(of index: Int) -> DeadEndGrammar.Hit? {
        let mailbox = hits[index]
        guard !isReaders(index),
            let only = neighbour(of: index, before: false, within: 24, class: .only),
            let outgoing = neighbour(of: index, before: false, within: 24, class: .outgoing),
            abs(only.range.lowerBound - outgoing.range.lowerBound) <= 16,
            !isInterrupted(mailbox.range.lowerBound..<max(only.range.upperBound, outgoing.range.upperBound))
        else { return nil }
        return only.range.upperBound > outgoing.range.upperBound ? only : outgoing
    }

    /// Whether the mailbox at `index` (or the word that describes it) is the reader's: a
    /// possessive of the reader within `reachBefore` characters before it (귀하의 이메일 주소)
    /// or eight after it (ที่อยู่อีเมลของคุณ).
    private func isReaders(_ index: Int, reachBefore: Int = 8) -> Bool {
        neighbour(of: index, before: true, within: reachBefore, class: .yours) != nil
            || neighbour(of: index, before: false, within: 8, class: .yours) != nil
    }

    /// A verb of sending or using at negation `index` (before it or inside it where the verb
    /// comes first: 送信しないで, 발송하지 마; up to twelve characters after it otherwise: 请勿向此
    /// 地址发送) and a mailbox where it goes or that is used: starting in the sixteen characters
    /// before them, between them, or in the eight after them, in their sentence; not about
    /// other mail, not a reported event. "このアドレスを使用しないでください" is the spaced
    /// readings' `unusedMailbox`.
    private func sentToMailbox(negatedBy index: Int, replyFirst: Bool)
        -> (first: DeadEndGrammar.Hit, last: DeadEndGrammar.Hit)?
    {
        let negation = hits[index]
        guard
            let send = hits.first(where: { hit in
                guard hit.word == .send || hit.word == .use else { return false }
                return replyFirst
                    ? hit.range.upperBound <= negation.range.upperBound
                        && negation.range.lowerBound - hit.range.upperBound <= 4
                    : hit.range.lowerBound >= negation.range.upperBound
                        && hit.range.lowerBound - negation.range.upperBound <= 12
            })
        else { return nil }
        let start = min(send.range.lowerBound, negation.range.lowerBound)
        let end = max(send.range.upperBound, negation.range.upperBound)
        guard
            let mailbox = hits.first(where: { hit in
                // Not the mailbox a compound with the verb names (不能解析联系地址, the contact
                // address could not be parsed).
                hit.word == .mailbox && hit.range.lowerBound >= start - 16 && hit.range.lowerBound <= end + 8
                    && hit.range.lowerBound != send.range.upperBound
            })
        else { return nil }
        let words = [mailbox, send, negation]
        guard let first = words.min(by: { $0.range.lowerBound < $1.range.lowerBound }),
            let last = words.max(by: { $0.range.upperBound < $1.range.upperBound }),
            !isInterrupted(first.range.lowerBound..<last.range.upperBound),
            // Not an event: "送信できませんでした".
            !isQualified(near: send, before: replyFirst), !hasPast(near: negation)
        else { return nil }
        return (first, last)
    }

    /// Whether a word of class `otherMail` or `exception` stands in the sixteen characters
    /// after the reply verb `reply` ("切勿回复索要密码的邮件", and where the verb comes first,
    /// before its negation: "返信の際は件名を変更なさらないよう"), or — `before`, where the
    /// object precedes the verb — in the sixteen before it ("パスワードを尋ねるメールには返信
    /// しないでください"), in its clause. Asked too of a mailbox's negated state, whose object
    /// it is: "该邮箱不接收超过10MB的附件". Outsiders (`outsider`) count only where `reply`
    /// is a state: "このメールの内容が第三者に読まれることはありません".
    private func isQualified(near reply: DeadEndGrammar.Hit, before: Bool) -> Bool {
        hits.contains { other in
            guard other.word.qualifies(ofState: reply.isState) else { return false }
            let between =
                other.range.upperBound <= reply.range.lowerBound
                ? other.range.upperBound..<reply.range.lowerBound
                : reply.range.upperBound..<max(reply.range.upperBound, other.range.lowerBound)
            let inReach =
                other.range.lowerBound >= reply.range.upperBound
                || (before && other.range.upperBound <= reply.range.lowerBound)
            return inReach && between.count <= 16 && !folded.hasClauseBreak(in: between)
        }
    }

    /// The nearest hit of class `word` that ends at most `distance` characters before hit
    /// `index` starts (`before`), or starts at most `distance` after it ends. Hits are sorted
    /// by start, so the search stops as soon as it is out of reach.
    private func neighbour(of index: Int, before: Bool, within distance: Int, class word: DeadEndWord)
        -> DeadEndGrammar.Hit?
    {
        let hit = hits[index]
        if before {
            var other = index - 1
            while other >= 0, hit.range.lowerBound - hits[other].range.lowerBound <= distance + 16 {
                let candidate = hits[other]
                if candidate.word == word, candidate.range.upperBound <= hit.range.lowerBound,
                    hit.range.lowerBound - candidate.range.upperBound <= distance
                {
                    return candidate
                }
                other -= 1
            }
        } else {
            var other = index + 1
            while other < hits.count, hits[other].range.lowerBound - hit.range.upperBound <= distance {
                let candidate = hits[other]
                if candidate.word == word, candidate.range.lowerBound >= hit.range.upperBound { return candidate }
                other += 1
            }
        }
        return nil
    }

    /// A mailbox named as where mail goes (a destination word before it, past a
    /// demonstrative at most: 通过此地址, 发送到此地址) from `negation` to twelve characters
    /// after `state`, in their clause; not the reader's.
    private func destinationMailbox(from negation: DeadEndGrammar.Hit, through state: DeadEndGrammar.Hit)
        -> DeadEndGrammar.Hit?
    {
        for (index, hit) in hits.enumerated() where hit.word == .mailbox {
            guard hit.range.lowerBound >= negation.range.upperBound,
                hit.range.lowerBound <= state.range.upperBound + 12,
                hits.contains(where: {
                    $0.word == .destination && (0...2).contains(hit.range.lowerBound - $0.range.upperBound)
                }),
                !isInterrupted(negation.range.lowerBound..<max(hit.range.upperBound, state.range.upperBound)),
                !isReaders(index)
            else { continue }
            return hit
        }
        return nil
    }

    /// A mailbox in the sixteen characters around the span from `first` to `last`, in its
    /// sentence.
    private func mailbox(near first: DeadEndGrammar.Hit, _ last: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        hits.first { hit in
            guard hit.word == .mailbox, hit.range.lowerBound >= first.range.lowerBound - 16,
                hit.range.lowerBound <= last.range.upperBound + 16
            else { return false }
            let span =
                min(hit.range.lowerBound, first.range.lowerBound)..<max(hit.range.upperBound, last.range.upperBound)
            return !folded.hasSentenceBreak(in: span)
        }
    }

    /// Whether a mark of a reported event stands in the eight characters before `hit` or the
    /// twelve after it, in its sentence: 已 in 您的回复已被管理员删除, แล้ว in ถูกลบโดยผู้ดูแลแล้ว.
    /// Not one the lexicon wrote into `hit`'s own phrase, which makes it a lasting state:
    /// 已禁用 (disabled).
    private func hasPast(near hit: DeadEndGrammar.Hit) -> Bool {
        hits.contains { other in
            guard other.word == .past, !hit.range.contains(other.range.lowerBound) else { return false }
            let between =
                other.range.lowerBound < hit.range.lowerBound
                ? other.range.upperBound..<max(other.range.upperBound, hit.range.lowerBound)
                : hit.range.upperBound..<max(hit.range.upperBound, other.range.lowerBound)
            let limit = other.range.lowerBound < hit.range.lowerBound ? 8 : 12
            return between.count <= limit && !folded.hasSentenceBreak(in: between)
        }
    }

    /// Whether a sentence ends, or a "need" word ("不需要", "返信不要") stands, in `range`.
    private func isInterrupted(_ range: Range<Int>) -> Bool {
        if folded.hasSentenceBreak(in: range) { return true }
        // "need" words are short: one that overlaps `range` starts at most 8 before it.
        var low = 0
        var high = needs.count
        while low < high {
            let middle = (low + high) / 2
            if needs[middle].upperBound <= range.lowerBound - 8 { low = middle + 1 } else { high = middle }
        }
        while low < needs.count, needs[low].lowerBound < range.upperBound {
            if needs[low].overlaps(range) { return true }
            low += 1
        }
        return false
    }
}
