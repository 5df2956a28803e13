import MailParser

/// What `mail-lint inspect` says about one message: the facts of its header and of each
/// leaf part, and every defect found while reading it (structure, addresses, decoding).
struct MessageDescription {
    struct Part {
        var path: String
        var contentType: String
        var charset: String?
        var transferEncoding: String?
        var disposition: String?
        var filename: String?
        var textSHA256: String?
        var size: Int
        var location: SourceLocation
        var bodyLocation: SourceLocation
    }

    struct Defect {
        var kind: String
        var location: SourceLocation
        var part: String?
        var header: String?
        var evidence: String
    }

    var file: String
    var messageIndex: Int?
    var from: [Mailbox]
    var replyTo: [Mailbox]
    var sender: [Mailbox]
    var to: [Mailbox]
    var subject: String?
    var messageID: String?
    var datePresent: Bool
    var parts: [Part]
    var defects: [Defect]

    init(_ input: InputMessage, message: Message) {
        file = input.file
        messageIndex = input.messageIndex
        var defects = message.defects
        func addresses(_ name: String) -> [Mailbox] {
            let list = AddressParser.parse(message.header.all(name))
            defects += list.defects
            return list.mailboxes
        }
        from = addresses("From")
        replyTo = addresses("Reply-To")
        sender = addresses("Sender")
        to = addresses("To")
        if let field = message.header.first("Subject") {
            let decoded = EncodedWordDecoder.decode(field.rawValue)
            for issue in decoded.issues {
                defects.append(
                    ParseDefect(issue.kind, range: issue.range, headerName: field.name, evidence: issue.evidence))
            }
            subject = Self.unfoldAndTrim(decoded.text)
        }
        messageID = message.header.first("Message-ID").map { Self.unfoldAndTrim($0.unfoldedText) }
        datePresent = message.header.contains("Date")
        parts = message.leafParts.map { part in
            let text = part.contentType.isText ? message.decodedText(of: part) : nil
            let body = text?.body ?? message.decodedBody(of: part)
            defects += body.defects
            return Part(
                path: part.path.description, contentType: part.contentType.mimeType, charset: part.contentType.charset,
                transferEncoding: part.transferEncoding.map { $0.name }, disposition: part.disposition?.type,
                filename: part.filename, textSHA256: text.map { Self.textHash($0.text) },
                size: text?.byteCount ?? body.bytes.count,
                location: message.location(of: part.header.range.lowerBound),
                bodyLocation: message.location(of: part.bodyRange.lowerBound))
        }
        self.defects = defects.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { defect in
            Defect(
                kind: defect.kind.rawValue, location: message.location(of: defect.range.lowerBound),
                part: defect.partPath?.description, header: defect.headerName, evidence: defect.evidence)
        }
    }

    /// SHA-256 of the text's UTF-8 with CR LF and bare CR turned into LF.
    static func textHash(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var previousCR = false
        for byte in text.utf8 {
            if byte == ASCII.cr {
                bytes.append(ASCII.lf)
                previousCR = true
                continue
            }
            if byte == ASCII.lf, previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            bytes.append(byte)
        }
        return SHA256.hexDigest(bytes)
    }

    /// Line breaks removed (unfolding), blanks trimmed at both ends.
    static func unfoldAndTrim(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0 != "\r" && $0 != "\n" }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
    }

    var json: JSONValue {
        func mailboxes(_ list: [Mailbox]) -> JSONValue {
            .array(list.map { .object([("name", .optional($0.displayName)), ("address", .string($0.address))]) })
        }
        return .object([
            ("file", .string(file)),
            ("message_index", .optional(messageIndex)),
            ("from", mailboxes(from)),
            ("reply_to", mailboxes(replyTo)),
            ("sender", mailboxes(sender)),
            ("to", mailboxes(to)),
            ("subject", .optional(subject)),
            ("message_id", .optional(messageID)),
            ("date_present", .bool(datePresent)),
            (
                "defects",
                .array(
                    defects.map {
                        .object([
                            ("kind", .string($0.kind)), ("line", .int($0.location.line)),
                            ("column", .int($0.location.column)),
                            ("part", .optional($0.part)), ("header", .optional($0.header)),
                            ("evidence", .string($0.evidence)),
                        ])
                    })
            ),
            (
                "parts",
                .array(
                    parts.map {
                        .object([
                            ("path", .string($0.path)), ("content_type", .string($0.contentType)),
                            ("charset", .optional($0.charset)), ("transfer_encoding", .optional($0.transferEncoding)),
                            ("disposition", .optional($0.disposition)), ("filename", .optional($0.filename)),
                            ("text_sha256", .optional($0.textSHA256)), ("size", .int($0.size)),
                            ("line", .int($0.location.line)), ("body_line", .int($0.bodyLocation.line)),
                        ])
                    })
            ),
        ])
    }
}
