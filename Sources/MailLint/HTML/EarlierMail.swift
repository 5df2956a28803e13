import MailHTML
import MailParser

/// Where a reply or a forward starts showing earlier mail that is not the sender's own: the
/// separator lines mail clients write ("---------- Forwarded message ---------",
/// "-----Original Message-----", "Begin forwarded message:", "-------- Weitergeleitete
/// Nachricht --------"), the header block Outlook writes without one ("From: …", "Sent: …",
/// "Subject: …") and the elements they wrap it in (Gmail's `gmail_quote`,
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

    /// The labels of the header block Outlook writes above the mail it quotes, without a
    /// separator ("From: …", "Sent: …", "Subject: …"), lowercase with their colon, in its
    /// languages: who sent it, when, and what about.
    static let headerBlockFrom = ["from:", "von:", "de :", "de:", "da:", "van:", "från:", "fra:", "od:", "от:"]
    static let headerBlockSent = [
        "sent:", "date:", "gesendet:", "datum:", "envoyé :", "envoyé:", "date :", "enviado el:", "enviado:", "fecha:",
        "inviato:", "data:", "verzonden:", "skickat:", "sendt:", "wysłano:", "отправлено:",
    ]
    static let headerBlockSubject = [
        "subject:", "betreff:", "objet :", "objet:", "asunto:", "oggetto:", "assunto:", "onderwerp:", "ämne:",
        "emne:", "temat:", "тема:",
    ]

    /// Whether the runs from `index` on open such a header block: a run starting with a
    /// "From" label, then within the next sixteen runs (in HTML each label and value is a run
    /// of its own, with a line break between) one starting with a "Sent" or "Date" label and
    /// one with a "Subject" label.
    static func opensHeaderBlock(_ runs: VisibleText.Runs, at index: Int) -> Bool {
        func starts(_ run: VisibleText.Run, with labels: [String]) -> Bool {
            // Every label ends in ":" within its first 16 bytes; most runs have none there.
            guard run.withUTF8(hasEarlyColon) else { return false }
            let lowered = run.text.prefix(16).lowercased()
            return labels.contains(where: lowered.hasPrefix)
        }
        // The "From" labels start with f, v, d or o, or Cyrillic о (lead byte D0, F0 with the
        // case bit set as for the letters): a first look.
        guard let initial = runs[index].withUTF8({ $0.first }).map({ $0 | 0x20 }),
            initial == UInt8(ascii: "f") || initial == UInt8(ascii: "v") || initial == UInt8(ascii: "d")
                || initial == UInt8(ascii: "o") || initial == 0xF0,
            starts(runs[index], with: headerBlockFrom)
        else { return false }
        let following = runs[(index + 1)..<min(runs.count, index + 17)]
        return following.contains { starts($0, with: headerBlockSent) }
            && following.contains { starts($0, with: headerBlockSubject) }
    }

    /// Whether UTF-8 text has a ":" in its first 16 bytes.
    private static func hasEarlyColon(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.prefix(16).contains(UInt8(ascii: ":"))
    }

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

    /// Whether the run of text `text` (white space collapsed) is a separator line.
    static func isSeparator(_ text: String) -> Bool {
        isSeparator(VisibleText.Run(text: text, line: 1, node: -1))
    }

    /// Whether `run` is a separator line. Most runs are passed over on a few of their bytes
    /// (`shape`), without a string made of them.
    static func isSeparator(_ run: VisibleText.Run) -> Bool {
        let shape = run.withUTF8(Self.shape)
        guard shape != .other else { return false }
        let text = run.text
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
        for (index, run) in text.runs.enumerated() where !run.isBoundary {
            if let containerNode, run.node > containerNode { return index }
            if isSeparator(run) || opensHeaderBlock(text.runs, at: index) { return index }
        }
        return nil
    }
}
