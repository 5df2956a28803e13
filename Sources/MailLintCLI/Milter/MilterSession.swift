/// One milter connection's state, without I/O: packets from the mail server in, the
/// replies out. A message is rebuilt from its header and body packets (CRLF line
/// breaks, header values exactly as sent when `SMFIP_HDR_LEADSPC` was agreed) and handed
/// back at its end for linting; nothing is ever sent that the protocol does not ask for.
struct MilterSession {
    /// What the connection does after a packet.
    enum Outcome: Equatable {
        /// Send these packets (none for a command that takes no reply) and read on.
        case reply([MilterPacket])
        /// The message is complete: lint it, then send `finish`'s packets.
        case endOfMessage(MilterMessage)
        /// The server said goodbye: close the connection.
        case close
        /// The stream is not the milter protocol: log why and close.
        case failure(String)
    }

    /// The largest message kept; past it the bytes are counted, not kept.
    let maxMessageBytes: Int
    /// The protocol bits agreed (`MilterProtocol.Step`), zero before negotiation.
    private(set) var steps: UInt32 = 0
    private(set) var negotiated = false
    /// Macros the server sent (`i` is the queue id), by name without braces.
    private(set) var macros: [String: String] = [:]
    private var message: [UInt8] = []
    private var messageSize = 0
    private var headerFields = 0
    private var inMessage = false

    /// Whether the MAIL stage is read: its macros say whether the client authenticated.
    let readsMail: Bool

    init(maxMessageBytes: Int, readsMail: Bool = false) {
        self.maxMessageBytes = maxMessageBytes
        self.readsMail = readsMail
    }

    /// The bits MailLint asks for: the stages it does not read are skipped, and no reply is
    /// sent for header fields and body chunks (a verdict comes only at the end).
    static let wantedSteps =
        MilterProtocol.Step.noConnect | MilterProtocol.Step.noHelo | MilterProtocol.Step.noMail
        | MilterProtocol.Step.noRecipient | MilterProtocol.Step.noUnknown | MilterProtocol.Step.noData
        | MilterProtocol.Step.noReplyHeader | MilterProtocol.Step.noReplyEndOfHeader
        | MilterProtocol.Step.noReplyBody | MilterProtocol.Step.headerLeadingSpace
    /// The actions MailLint may take: add the result header, quarantine.
    static let wantedActions = MilterProtocol.Action.addHeaders | MilterProtocol.Action.quarantine

    mutating func handle(_ packet: MilterPacket) -> Outcome {
        guard let command = MilterProtocol.Command(rawValue: packet.code) else {
            return .failure("unknown command 0x\(String(packet.code, radix: 16)) (\(packet.data.count) bytes of data)")
        }
        switch command {
        case .optionNegotiation:
            guard packet.data.count >= 12 else {
                return .failure("option negotiation with \(packet.data.count) bytes of data (12 expected)")
            }
            let version = Self.word(packet.data, at: 0)
            let actions = Self.word(packet.data, at: 4)
            let offered = Self.word(packet.data, at: 8)
            guard version >= 2 else { return .failure("protocol version \(version) (2 or later needed)") }
            steps = Self.wantedSteps & offered & (readsMail ? ~MilterProtocol.Step.noMail : ~0)
            negotiated = true
            let reply =
                Self.bytes(min(version, MilterProtocol.version)) + Self.bytes(Self.wantedActions & actions)
                + Self.bytes(steps)
            return .reply([MilterPacket(.optionNegotiation, reply)])
        case .macro:
            readMacros(packet.data)
            return .reply([])
        case .connect, .helo, .mail, .recipient, .data, .unknown:
            return .reply([MilterPacket(.continue)])
        case .header:
            startMessage()
            let fields = packet.data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty else { return .failure("a header packet without a name") }
            var value = Array(fields[1])
            if value.last == 0 { value.removeLast() }
            if steps & MilterProtocol.Step.headerLeadingSpace == 0 { value.insert(0x20, at: 0) }
            keep(Array(fields[0]) + [UInt8(ascii: ":")] + Self.crlf(value) + [0x0D, 0x0A])
            headerFields += 1
            return .reply(noReply(MilterProtocol.Step.noReplyHeader))
        case .endOfHeader:
            startMessage()
            keep([0x0D, 0x0A])
            return .reply(noReply(MilterProtocol.Step.noReplyEndOfHeader))
        case .body:
            startMessage()
            keep(packet.data)
            return .reply(noReply(MilterProtocol.Step.noReplyBody))
        case .endOfBody:
            startMessage()
            keep(packet.data)
            let finished = MilterMessage(
                bytes: message, size: messageSize, queueID: macros["i"], headerFields: headerFields,
                authenticatedAs: macros["auth_authen"].flatMap { $0.isEmpty ? nil : $0 })
            resetMessage()
            return .endOfMessage(finished)
        case .abort:
            resetMessage()
            return .reply([])
        case .quitNewConnection:
            resetMessage()
            macros = [:]
            return .reply([])
        case .quit:
            return .close
        }
    }

    /// The packets that end a message, as agreed: with `SMFIP_HDR_LEADSPC` the server
    /// takes an added header value as written, so the space after the colon goes in it.
    func ending(_ replies: [MilterPacket]) -> [MilterPacket] {
        guard steps & MilterProtocol.Step.headerLeadingSpace != 0 else { return replies }
        return replies.map { packet in
            guard packet.code == MilterProtocol.Reply.addHeader.rawValue,
                let nul = packet.data.firstIndex(of: 0), nul + 1 < packet.data.count, packet.data[nul + 1] != 0x20
            else { return packet }
            var data = packet.data
            data.insert(0x20, at: nul + 1)
            return MilterPacket(packet.code, data)
        }
    }

    /// Whether a message has begun and not ended (the connection dropped inside it).
    var isInsideMessage: Bool { inMessage }

    private mutating func startMessage() { inMessage = true }

    /// Keeps `bytes` while the message is within the limit, and counts them always.
    private mutating func keep(_ bytes: [UInt8]) {
        messageSize += bytes.count
        if messageSize <= maxMessageBytes { message += bytes }
    }

    private mutating func resetMessage() {
        message = []
        messageSize = 0
        headerFields = 0
        inMessage = false
    }

    /// `[continue]`, unless the no-reply bit `step` was agreed.
    private func noReply(_ step: UInt32) -> [MilterPacket] {
        steps & step != 0 ? [] : [MilterPacket(.continue)]
    }

    /// A macro packet: the command it precedes, then name NUL value NUL pairs.
    private mutating func readMacros(_ data: [UInt8]) {
        let strings = data.dropFirst().split(separator: 0, omittingEmptySubsequences: false)
        var index = 0
        while index + 1 < strings.count {
            var name = String(decoding: strings[index], as: UTF8.self)
            if name.hasPrefix("{"), name.hasSuffix("}") { name = String(name.dropFirst().dropLast()) }
            if !name.isEmpty { macros[name] = String(decoding: strings[index + 1], as: UTF8.self) }
            index += 2
        }
    }

    /// A header value with each bare LF made CRLF (Postfix sends folded lines with LF).
    static func crlf(_ value: [UInt8]) -> [UInt8] {
        guard value.contains(0x0A) else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.count + 8)
        for (index, byte) in value.enumerated() {
            if byte == 0x0A, index == 0 || value[index - 1] != 0x0D { out.append(0x0D) }
            out.append(byte)
        }
        return out
    }

    static func word(_ data: [UInt8], at offset: Int) -> UInt32 {
        UInt32(data[offset]) << 24 | UInt32(data[offset + 1]) << 16 | UInt32(data[offset + 2]) << 8
            | UInt32(data[offset + 3])
    }

    static func bytes(_ word: UInt32) -> [UInt8] {
        [UInt8(word >> 24), UInt8(word >> 16 & 0xFF), UInt8(word >> 8 & 0xFF), UInt8(word & 0xFF)]
    }
}

/// A message as the milter rebuilt it.
struct MilterMessage: Equatable {
    /// Its bytes, header and body; only the first `maxMessageBytes` when it is larger.
    var bytes: [UInt8]
    /// Its whole size.
    var size: Int
    /// The mail server's queue id (macro `i`), when sent.
    var queueID: String?
    /// How many header fields it has.
    var headerFields: Int
    /// The client's SASL login (`{auth_authen}`), when it authenticated and the server said.
    var authenticatedAs: String? = nil

    /// Whether it was larger than the limit (and `bytes` holds only its start).
    var isTruncated: Bool { size > bytes.count }
}
