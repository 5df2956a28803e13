/// One milter packet: a 4-byte big-endian length (of what follows), a command or reply
/// byte, and its data.
struct MilterPacket: Equatable {
    var code: UInt8
    var data: [UInt8]

    init(_ code: UInt8, _ data: [UInt8] = []) {
        self.code = code
        self.data = data
    }

    init(_ reply: MilterProtocol.Reply, _ data: [UInt8] = []) { self.init(reply.rawValue, data) }

    /// The packet as sent on the wire.
    var bytes: [UInt8] {
        let length = UInt32(data.count + 1)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF), code]
            + data
    }

    /// A packet whose data is NUL-terminated strings, as header and reply packets are.
    static func strings(_ reply: MilterProtocol.Reply, _ strings: [String]) -> MilterPacket {
        MilterPacket(reply, strings.flatMap { Array($0.utf8) + [0] })
    }
}

/// Cuts the bytes read from a connection into packets, holding at most one packet's bytes.
struct MilterPacketReader {
    /// Why the stream cannot be read further.
    enum Failure: Error, Equatable {
        /// A length of zero, or above the limit: the stream is not milter packets.
        case badLength(UInt32)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    let maxLength: Int

    init(maxLength: Int = MilterProtocol.maxPacketLength) { self.maxLength = maxLength }

    /// Whether a packet has begun and not ended: the stream stopped in the middle of one.
    var isInsidePacket: Bool { buffer.count > start }

    /// Adds bytes read from the connection.
    mutating func append(_ bytes: some Collection<UInt8>) {
        if start > 0, start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        }
        buffer += bytes
    }

    /// The next whole packet, nil when more bytes are needed.
    mutating func next() throws(Failure) -> MilterPacket? {
        guard buffer.count - start >= 4 else { return nil }
        let length =
            UInt32(buffer[start]) << 24 | UInt32(buffer[start + 1]) << 16 | UInt32(buffer[start + 2]) << 8
            | UInt32(buffer[start + 3])
        guard length >= 1, Int(length) <= maxLength else { throw .badLength(length) }
        guard buffer.count - start >= 4 + Int(length) else { return nil }
        let packet = MilterPacket(buffer[start + 4], Array(buffer[(start + 5)..<(start + 4 + Int(length))]))
        start += 4 + Int(length)
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 1 << 16 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        return packet
    }
}
