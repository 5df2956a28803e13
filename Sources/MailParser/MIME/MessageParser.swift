/// Parses a message (RFC 5322, MIME) from its bytes into a `Message`.
///
/// The parser never throws and never rejects input: whatever it tolerates it records as a
/// `ParseDefect` with the byte range it concerns. Work and memory are bounded by
/// `ParserLimits`; multipart bodies are split by scanning lines once per nesting level,
/// and bodies are not decoded here (see `Message.decodedBody(of:)`).
///
/// Line breaks: CR LF, bare LF and bare CR all end a line. The bare ones are recorded once
/// per message (`DefectKind.bareLineFeed`, `DefectKind.bareCarriageReturn`) with their count.
public enum MessageParser {
    /// Parses `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: the whole message. A leading mbox `From ` line is skipped and recorded.
    ///   - origin: where `bytes` starts in its file, for positions (default: a whole file).
    ///   - limits: the bounds on work; each one hit is recorded as a defect.
    public static func parse(
        _ bytes: [UInt8], origin: SourceOrigin = .file, limits: ParserLimits = .default
    ) -> Message {
        bytes.withUnsafeBufferPointer { buffer in
            let lineIndex = LineIndex(buffer)
            var session = ParserSession(
                bytes: bytes, buffer: buffer, lineIndex: lineIndex, origin: origin, limits: limits)
            recordLineBreaks(&session)
            let root = parseEntity(
                &session, range: 0..<buffer.count, path: PartPath(), isMessage: true, defaultType: .textPlain,
                depth: 0)
            return Message(
                bytes: bytes, root: root, defects: session.defects,
                locator: MessageLocator(lineIndex: lineIndex, origin: origin))
        }
    }

    private static func recordLineBreaks(_ session: inout ParserSession) {
        let counts = session.lineIndex.lineBreakCounts
        if let first = session.lineIndex.firstBareLineFeed {
            let line = session.location(of: first).line
            session.record(
                .bareLineFeed, first..<first + 1, part: nil,
                "\(counts.lf) line\(counts.lf == 1 ? "" : "s") end in a bare LF (first on line \(line)); \(counts.crlf) in CR LF"
            )
        }
        if let first = session.lineIndex.firstBareCarriageReturn {
            let line = session.location(of: first).line
            session.record(
                .bareCarriageReturn, first..<first + 1, part: nil,
                "\(counts.cr) line\(counts.cr == 1 ? " ends" : "s end") in a bare CR (first on line \(line))")
        }
    }

    /// Parses the entity in `range`. `isMessage` is true for a whole message (the top
    /// level, or the body of a message/rfc822), whose single-part body is numbered
    /// `path.1` and whose multipart children `path.1`, `path.2`, ….
    static func parseEntity(
        _ session: inout ParserSession, range: Range<Int>, path: PartPath, isMessage: Bool,
        defaultType: ContentType, depth: Int
    ) -> MIMEPart {
        session.entityCount += 1
        let headerResult = HeaderBlockParser.parse(
            &session, range: range, part: isMessage && path.components.isEmpty ? nil : path,
            allowEnvelopeLine: isMessage)
        let header = headerResult.block
        var part = MIMEPart(
            path: path, kind: .leaf, header: header, bodyRange: headerResult.bodyStart..<range.upperBound,
            contentType: defaultType, hasDeclaredContentType: false, transferEncoding: nil, disposition: nil,
            children: [], preambleRange: nil, epilogueRange: nil, boundaryLineRanges: [], depth: depth)
        readContentFields(&session, &part)

        let leafPath = isMessage ? path.appending(1) : path
        if part.contentType.isMultipart {
            part.path = path
            if splitMultipart(&session, &part, depth: depth) { return part }
            part.path = leafPath
            return part
        }
        part.path = leafPath
        if part.contentType.isEncapsulatedMessage {
            guard depth < session.limits.maxNestingDepth else {
                session.record(
                    .nestingTooDeep, part.bodyRange.lowerBound..<part.bodyRange.lowerBound, part: part.path,
                    "message nested deeper than \(session.limits.maxNestingDepth) levels; read as one part")
                return part
            }
            if let encoding = part.transferEncoding, !encoding.isIdentity {
                session.record(
                    .compositeTransferEncoding, fieldRange(part.header, "content-transfer-encoding"),
                    part: part.path, header: "Content-Transfer-Encoding",
                    "\(part.contentType.mimeType) declared \(encoding.name); only 7bit, 8bit or binary are allowed")
            }
            let nested = parseEntity(
                &session, range: part.bodyRange, path: part.path, isMessage: true, defaultType: .textPlain,
                depth: depth + 1)
            part.kind = .encapsulatedMessage
            part.children = [nested]
        }
        return part
    }

    /// Reads Content-Type, Content-Transfer-Encoding and Content-Disposition.
    private static func readContentFields(_ session: inout ParserSession, _ part: inout MIMEPart) {
        for field in part.header.fields {
            switch field.lowercasedName {
            case "content-type" where !part.hasDeclaredContentType:
                let (type, parsed, hasTrailingText) = ContentType.parse(field.rawValue)
                record(&session, parsed.issues, part: part.path, header: field.name)
                if let type {
                    part.contentType = type
                    part.hasDeclaredContentType = true
                    if hasTrailingText {
                        session.record(
                            .invalidContentType, field.range, part: part.path, header: field.name,
                            "Content-Type \"\(field.unfoldedText)\" has text after \(type.mimeType) that is not a parameter (a missing \";\"?)"
                        )
                    }
                } else {
                    // The default type, with the parameters that were given (a name, a charset).
                    part.contentType = ContentType(
                        type: "text", subtype: "plain", parameters: parsed.parameters)
                    session.record(
                        .invalidContentType, field.range, part: part.path, header: field.name,
                        "Content-Type \"\(field.unfoldedText)\" is not type/subtype; text/plain assumed")
                }
            case "content-transfer-encoding" where part.transferEncoding == nil:
                guard !field.unfoldedValue.isEmpty else { continue }  // empty: as if absent
                let encoding = TransferEncoding(headerValue: field.unfoldedText)
                part.transferEncoding = encoding
                if case .other(let name) = encoding {
                    session.record(
                        .unknownTransferEncoding, field.range, part: part.path, header: field.name,
                        "unknown Content-Transfer-Encoding \"\(name)\"; the body is read as it is")
                }
            case "content-disposition" where part.disposition == nil:
                let parsed = ParameterizedValue(parsing: field.rawValue)
                record(&session, parsed.issues, part: part.path, header: field.name)
                part.disposition = ContentDisposition(parsed: parsed)
            default:
                continue
            }
        }
    }

    private static func record(
        _ session: inout ParserSession, _ issues: [EncodedWordDecoder.Issue], part: PartPath, header: String
    ) {
        for issue in issues {
            session.record(issue.kind, issue.range, part: part, header: header, issue.evidence)
        }
    }

    static func fieldRange(_ header: HeaderBlock, _ name: String) -> Range<Int> {
        header.first(name)?.range ?? header.range.lowerBound..<header.range.lowerBound
    }
}
