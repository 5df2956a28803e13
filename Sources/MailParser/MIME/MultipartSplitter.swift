extension MessageParser {
    /// Splits a multipart body at its boundary lines and parses each part. Returns false
    /// when the entity cannot be read as a multipart (no boundary parameter, no boundary
    /// line, nesting or part limit): it is then a leaf that keeps its multipart type, as
    /// Python's `email` package reads it.
    ///
    /// Each level scans only its own body for its own boundary: the body an enclosing
    /// multipart hands down already ends at the enclosing boundary line, which is how an
    /// outer boundary ends an inner part (RFC 2046 §5.1.2).
    static func splitMultipart(_ session: inout ParserSession, _ part: inout MIMEPart, depth: Int) -> Bool {
        let fieldRange = fieldRange(part.header, "content-type")
        guard let boundaryText = part.contentType.boundary, !boundaryText.isEmpty else {
            session.record(
                .multipartWithoutBoundary, fieldRange, part: part.path, header: "Content-Type",
                "\(part.contentType.mimeType) without a boundary parameter; read as one part")
            return false
        }
        guard depth < session.limits.maxNestingDepth else {
            session.record(
                .nestingTooDeep, fieldRange, part: part.path, header: "Content-Type",
                "multipart nested deeper than \(session.limits.maxNestingDepth) levels; read as one part")
            return false
        }
        let boundary = BoundaryLine(boundaryText)
        if !boundary.isValidSyntax {
            session.record(
                .invalidBoundary, fieldRange, part: part.path, header: "Content-Type",
                "boundary \"\(boundaryText)\" is not 1 to 70 characters from RFC 2046's bchars")
        }
        // RFC 2046 §5.1.1: no boundary may begin with an enclosing one, or a delimiter line
        // of one is also a delimiter line of the other.
        let lowered = boundaryText.lowercased()
        if let clash = session.enclosingBoundaries.first(where: {
            let enclosing = $0.lowercased()
            return lowered.hasPrefix(enclosing) || enclosing.hasPrefix(lowered)
        }) {
            session.record(
                .boundaryClashesWithEnclosing, fieldRange, part: part.path, header: "Content-Type",
                clash == boundaryText
                    ? "boundary \"\(boundaryText)\" is also the enclosing multipart's"
                    : "boundary \"\(boundaryText)\" and the enclosing multipart's \"\(clash)\" begin alike, so a delimiter line of one reads as the other's"
            )
        }
        if let encoding = part.transferEncoding, !encoding.isIdentity {
            session.record(
                .compositeTransferEncoding, MessageParser.fieldRange(part.header, "content-transfer-encoding"),
                part: part.path, header: "Content-Transfer-Encoding",
                "\(part.contentType.mimeType) declared \(encoding.name); only 7bit, 8bit or binary are allowed")
        }

        let buffer = session.buffer
        let body = part.bodyRange
        // Boundary lines: (line, match, the offset where the content before it ends).
        var lines: [(line: ScannedLine, match: BoundaryLine.Match, contentEnd: Int)] = []
        var previousBreakStart = body.lowerBound
        var position = body.lowerBound
        var closed = false
        while position < body.upperBound {
            let line = buffer.scanLine(from: position, limit: body.upperBound)
            if let match = boundary.match(buffer, line) {
                // The line break before a boundary line belongs to the boundary.
                lines.append((line, match, max(body.lowerBound, previousBreakStart)))
                if match == .close {
                    closed = true
                    break
                }
            }
            previousBreakStart = line.contentEnd
            position = line.end
        }
        guard let first = lines.first, lines.contains(where: { $0.match == .delimiter }) else {
            if let close = lines.first {
                // Only a close delimiter: what follows it is epilogue, not content.
                part.bodyRange = body.lowerBound..<close.line.start
            }
            session.record(
                .startBoundaryNotFound, body.lowerBound..<body.lowerBound, part: part.path,
                header: "Content-Type",
                "no line \"--\(boundaryText)\" in the body of \(part.contentType.mimeType); read as one part")
            return false
        }
        if !closed {
            // Reported at the Content-Type that declares the boundary: that is what to fix.
            session.record(
                .closeBoundaryMissing, fieldRange, part: part.path, header: "Content-Type",
                "\(part.contentType.mimeType) has no close delimiter \"--\(boundaryText)--\""
                    + (depth > 0 ? "; it ends where its enclosing entity ends" : ""))
        }

        part.kind = .multipart
        part.preambleRange = body.lowerBound..<first.contentEnd
        part.boundaryLineRanges = lines.map { $0.line.start..<$0.line.contentEnd }
        let childType: ContentType = part.contentType.subtype == "digest" ? .messageRFC822 : .textPlain
        var children: [MIMEPart] = []
        session.enclosingBoundaries.append(boundaryText)
        defer { session.enclosingBoundaries.removeLast() }
        for (index, entry) in lines.enumerated() where entry.match == .delimiter {
            let start = min(entry.line.end, body.upperBound)
            let end = index + 1 < lines.count ? lines[index + 1].contentEnd : body.upperBound
            if session.entityCount >= session.limits.maxParts {
                if !session.partLimitReported {
                    session.partLimitReported = true
                    session.record(
                        .tooManyParts, entry.line.start..<entry.line.contentEnd, part: part.path,
                        "more than \(session.limits.maxParts) MIME parts; the rest are not split")
                }
                break
            }
            var child = parseEntity(
                &session, range: start..<max(start, end), path: part.path.appending(children.count + 1),
                isMessage: false, defaultType: childType, depth: depth + 1)
            if !closed, index + 1 == lines.count, child.kind == .leaf, child.bodyRange.upperBound == body.upperBound {
                // Without a close delimiter the last leaf ends before the body's final line
                // break, as if a boundary line followed. Only the innermost level trims, as
                // Python's email does.
                child.bodyRange = child.bodyRange.lowerBound..<max(child.bodyRange.lowerBound, previousBreakStart)
            }
            children.append(child)
        }
        part.children = children
        if closed, let last = lines.last {
            part.epilogueRange = min(last.line.end, body.upperBound)..<body.upperBound
        }
        return true
    }
}
