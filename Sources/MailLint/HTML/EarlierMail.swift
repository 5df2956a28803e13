import MailHTML
import MailParser

/// Where a reply or a forward starts showing earlier mail that is not the sender's own: the
/// separator lines mail clients write ("---------- Forwarded message ---------",
/// "-----Original Message-----", "Begin forwarded message:", "-------- Weitergeleitete
/// Nachricht --------") and the elements they wrap it in (Gmail's `gmail_quote`,
/// Thunderbird's `moz-forward-container`, Yahoo's `yahoo_quoted`, Outlook's
/// `divRplyFwdMsg`). Everything from there on is quoted: an employee forwarding a no-reply
/// notice does not write its "please do not reply".
enum EarlierMail {
    /// What clients write between the dashes of a separator line, lowercase: "forwarded
    /// message" and "original message" in the languages they ship. Whole phrases, so that a
    /// newsletter's "--- original prices apply ---" is not one.
    static let separatorPhrases = [
        "forwarded message", "original message", "weitergeleitete nachricht", "ursprüngliche nachricht",
        "message transféré", "message d'origine", "mensaje reenviado", "mensaje original", "messaggio inoltrato",
        "messaggio originale", "mensagem encaminhada", "mensagem reencaminhada", "mensagem original",
        "doorgestuurd bericht", "oorspronkelijk bericht", "videresendt melding", "videresendt meddelelse",
        "oprindelig meddelelse", "opprinnelig melding", "vidarebefordrat meddelande", "ursprungligt meddelande",
        "välitetty viesti", "alkuperäinen viesti", "przekazana wiadomość", "oryginalna wiadomość",
        "přeposlaná zpráva", "původní zpráva", "továbbított üzenet", "eredeti üzenet", "mesaj redirecționat",
        "mesaj original", "iletilen ileti", "orijinal ileti", "пересылаемое сообщение", "исходное сообщение",
        "转发的邮件", "原始邮件", "轉寄的郵件", "原始郵件", "転送されたメッセージ", "元のメッセージ", "전달된 메시지",
        "원본 메시지",
    ]

    /// `separatorPhrases` as UTF-8, searched for byte by byte.
    static let separatorPhraseBytes = separatorPhrases.map { Array($0.utf8) }

    /// How the forwarding line of Apple Mail starts, lowercase, in its languages.
    static let forwardedLineStarts = [
        "begin forwarded message", "anfang der weitergeleiteten nachricht", "début du message réexpédié",
        "inicio del mensaje reenviado", "inizio messaggio inoltrato", "início da mensagem reencaminhada",
        "início da mensagem encaminhada", "begin doorgestuurd bericht",
    ]

    /// Class names and ids of the elements clients put earlier mail in.
    static let containerClasses = ["gmail_quote", "moz-forward-container", "yahoo_quoted"]
    static let containerIDs = ["divRplyFwdMsg"]

    /// What a run's first and last bytes say it may be.
    private enum Shape {
        /// Neither of the two below: most runs.
        case other
        /// Three dashes first ("---", "———"): a separator if a client's phrase follows.
        case dashes
        /// A short line ending in ":" whose first letter starts one of Apple Mail's lines.
        case appleLine
    }

    /// The shape of UTF-8 text `bytes`, read on a few of its bytes.
    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> Shape {
        guard bytes.count >= 3, bytes.count <= 100 else { return .other }
        if bytes[0] == UInt8(ascii: "-"), bytes[1] == UInt8(ascii: "-"), bytes[2] == UInt8(ascii: "-") {
            return .dashes
        }
        // "—" and "–" are E2 80 94 and E2 80 93.
        if bytes[0] == 0xE2, bytes[1] == 0x80, bytes[2] == 0x94 || bytes[2] == 0x93 { return .dashes }
        let initial = bytes[0] | 0x20
        let opensAppleLine =
            initial == UInt8(ascii: "b") || initial == UInt8(ascii: "a") || initial == UInt8(ascii: "d")
            || initial == UInt8(ascii: "i")
        return bytes.count <= 50 && bytes[bytes.count - 1] == UInt8(ascii: ":") && opensAppleLine ? .appleLine : .other
    }

    /// Whether the run of text `text` (white space collapsed) is a separator line. Most runs
    /// are passed over on a few bytes (`shape`).
    static func isSeparator(_ text: String) -> Bool {
        let shape =
            text.utf8.withContiguousStorageIfAvailable(Self.shape)
            ?? Array(text.utf8).withUnsafeBufferPointer(Self.shape)
        switch shape {
        case .dashes:
            let lowered = Array(text.lowercased().utf8)
            return separatorPhraseBytes.contains { ASCIISearch.firstIndex(of: $0, in: lowered, from: 0) != nil }
        case .appleLine:
            let lowered = text.lowercased()
            return forwardedLineStarts.contains(where: lowered.hasPrefix)
        case .other:
            return false
        }
    }

    /// The index of the first run of `text` from which on the runs show earlier mail: a
    /// separator line, or (HTML) the first text inside or after a client's container.
    static func start(of text: VisibleText, in tree: HTMLTree?) -> Int? {
        let containerNode = tree?.firstElement(withClassIn: containerClasses, orIDIn: containerIDs)
        for (index, run) in text.runs.enumerated() where run.text != "\n" {
            if let containerNode, run.node > containerNode { return index }
            if isSeparator(run.text) { return index }
        }
        return nil
    }
}
