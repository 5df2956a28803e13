/// The reading of `LanguageReader` for a reply said to be of no use, in scripts with spaces.
extension LanguageReader {
    /// The words between a word of class `pointless` and the reply verb it is said of: those
    /// between "instead of" and its verb, and auxiliaries ("replying to this email *is*
    /// pointless", "il est donc inutile d'y répondre").
    static let pointlessChain = insteadChain.union([.auxiliary])

    /// The reply verb (or the replies) that `pointless` says is of no use: after it,
    /// "inutile d'y répondre", "es inútil responder a este correo", "Es ist zwecklos, auf diese
    /// E-Mail zu antworten"; or before it, as its subject, "replying to this email is
    /// pointless", "replying to this email has no effect", where it ends its clause: not
    /// "replying has no effect on your order". Not negated ("it is not pointless to reply"),
    /// not a condition ("if it is pointless to reply, …"), not about other mail ("it is
    /// pointless to reply to phishing").
    func pointlessReply(_ pointless: DeadEndGrammar.Hit) -> DeadEndGrammar.Hit? {
        guard !isNegated(pointless), !isConditional(pointless) else { return nil }
        guard
            let reply = walk(from: pointless.words.upperBound, over: Self.pointlessChain, to: .reply)
                ?? (endsClause(pointless, past: [])
                    ? nearest(before: pointless, words: 8, over: Self.pointlessChain) {
                        $0.word == .reply || $0.word == .replies
                    } : nil)
        else { return nil }
        let ordered = reply.range.lowerBound < pointless.range.lowerBound ? (reply, pointless) : (pointless, reply)
        return isQualified(ordered.0, ordered.1) ? nil : reply
    }
}
