/// The numbers of the Sendmail milter protocol, version 6 (Sendmail's `libmilter/mfdef.h`,
/// which Postfix's `milter8.c` speaks too): command and reply codes, and the bits of the
/// option negotiation.
enum MilterProtocol {
    /// The protocol version MailLint speaks.
    static let version: UInt32 = 6

    /// Commands, from the mail server.
    enum Command: UInt8 {
        case abort = 0x41  // A: forget the current message, keep the connection
        case body = 0x42  // B: a chunk of the body
        case connect = 0x43  // C: the SMTP client's host and address
        case macro = 0x44  // D: macros for the next command
        case endOfBody = 0x45  // E: the end of the message (may carry a last chunk)
        case helo = 0x48  // H: HELO/EHLO
        case quitNewConnection = 0x4B  // K: quit, another connection follows on this socket
        case header = 0x4C  // L: one header field, name NUL value NUL
        case mail = 0x4D  // M: MAIL FROM
        case endOfHeader = 0x4E  // N: the end of the header
        case optionNegotiation = 0x4F  // O: version, actions, protocol flags
        case quit = 0x51  // Q: close
        case recipient = 0x52  // R: RCPT TO
        case data = 0x54  // T: DATA
        case unknown = 0x55  // U: an SMTP command the server does not know
    }

    /// Replies, to the mail server.
    enum Reply: UInt8 {
        case accept = 0x61  // a
        case `continue` = 0x63  // c
        case addHeader = 0x68  // h: name NUL value NUL
        case optionNegotiation = 0x4F  // O
        case quarantine = 0x71  // q: reason NUL
        case reject = 0x72  // r
        case tempfail = 0x74  // t
        case replyCode = 0x79  // y: the SMTP reply, NUL-terminated
    }

    /// Actions a filter may take (`SMFIF_*`).
    enum Action {
        static let addHeaders: UInt32 = 0x01
        static let quarantine: UInt32 = 0x20
    }

    /// Protocol bits (`SMFIP_*`): stages the filter skips, replies it does not send.
    enum Step {
        static let noConnect: UInt32 = 0x01
        static let noHelo: UInt32 = 0x02
        static let noMail: UInt32 = 0x04
        static let noRecipient: UInt32 = 0x08
        static let noUnknown: UInt32 = 0x100
        static let noData: UInt32 = 0x200
        static let noReplyHeader: UInt32 = 0x80
        static let noReplyEndOfHeader: UInt32 = 0x40000
        static let noReplyBody: UInt32 = 0x80000
        /// Header values are sent with the space after the colon, as written.
        static let headerLeadingSpace: UInt32 = 0x100000
    }

    /// The largest packet a conforming server sends (body chunks are at most 65,535 bytes;
    /// a server that negotiated larger chunks uses 256 KiB or 1 MiB), with room to spare.
    static let maxPacketLength = (1 << 20) + 64
}
