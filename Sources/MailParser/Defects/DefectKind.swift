/// Every deviation from the standards that MailParser tolerates, by kind.
///
/// The parser never throws on bad mail: it reads on and records one of these on the
/// message, with the byte range it concerns. The list starts from Python's
/// `email.errors` and adds what a sender must hear about before a provider rejects the
/// message. Rules map each kind to exactly one diagnostic.
public enum DefectKind: String, Sendable, CaseIterable, Codable {
    // MARK: Lines and bytes
    /// A LF that is not preceded by CR (RFC 5322 §2.3).
    case bareLineFeed = "bare-line-feed"
    /// A CR that is not followed by LF (RFC 5322 §2.3).
    case bareCarriageReturn = "bare-carriage-return"
    /// A NUL byte in the header or in a text part (RFC 5322 §2.2, RFC 2045 §2.7).
    case nulByte = "nul-byte"

    // MARK: Header block
    /// The message starts with an mbox `From ` envelope line, which is not a header field.
    case envelopeLine = "envelope-line"
    /// The header block starts with a folded continuation line, which belongs to no field.
    case firstLineIsContinuation = "first-line-is-continuation"
    /// A line in the header block that is not a field and not a continuation: the header
    /// ended there without the blank line that must separate it from the body.
    case missingHeaderBodySeparator = "missing-header-body-separator"
    /// The header starts with a UTF-8 byte order mark (EF BB BF), which text editors
    /// write and mail does not have: receivers see a line that is not a field, so the
    /// header ends before it and the whole message is body text.
    case byteOrderMark = "byte-order-mark"
    /// White space between a field name and its colon (obsolete syntax, RFC 5322 §4.5).
    case whitespaceBeforeColon = "whitespace-before-colon"
    /// Raw bytes of 0x80 and above in a header field (RFC 5322 §2.2; allowed only with
    /// SMTPUTF8, RFC 6532).
    case header8Bit = "header-8bit"
    /// A folded line in the header that holds only white space (obsolete, RFC 5322 §4.2).
    case whitespaceOnlyContinuation = "whitespace-only-continuation"

    // MARK: Encoded words (RFC 2047)
    /// Text that starts like an encoded word but is not one; it is kept as written.
    case encodedWordMalformed = "encoded-word-malformed"
    /// An encoded word longer than 75 characters (RFC 2047 §2).
    case encodedWordTooLong = "encoded-word-too-long"
    /// An encoded word not separated from the text around it by white space
    /// (RFC 2047 §5); it is decoded anyway, as mail clients do.
    case encodedWordNotDelimited = "encoded-word-not-delimited"
    /// An encoded word inside a quoted string (RFC 2047 §5 forbids it); decoded anyway.
    case encodedWordInQuotedString = "encoded-word-in-quoted-string"
    /// An encoded word inside an address's local part or domain (RFC 2047 §5).
    case encodedWordInAddress = "encoded-word-in-address"

    // MARK: Addresses (RFC 5322 §3.4)
    /// A mailbox or group that could not be parsed; the text is kept as the evidence.
    case invalidAddress = "invalid-address"
    /// An address without `@domain`.
    case addressWithoutDomain = "address-without-domain"
    /// A quoted string, comment, angle address or domain literal that is never closed.
    case unterminatedToken = "unterminated-token"
    /// An obsolete source route (`<@a,@b:user@host>`, RFC 5322 §4.4).
    case obsoleteRoute = "obsolete-route"

    // MARK: Parameters (RFC 2045, RFC 2231)
    /// A Content-Type that is not `type/subtype`; `text/plain` is assumed (RFC 2045 §5.2).
    case invalidContentType = "invalid-content-type"
    /// A parameter that is not `name=value` or whose quoted value is not closed.
    case invalidParameter = "invalid-parameter"
    /// The same parameter given twice; the first one is used.
    case duplicateParameter = "duplicate-parameter"
    /// RFC 2231 continuations with a gap, or a charset that cannot decode the value.
    case invalidParameterContinuation = "invalid-parameter-continuation"

    // MARK: MIME structure (RFC 2046)
    /// A multipart entity without a boundary parameter; it is read as a single part.
    case multipartWithoutBoundary = "multipart-without-boundary"
    /// A boundary that is empty, longer than 70 characters or has characters outside
    /// RFC 2046's `bchars`.
    case invalidBoundary = "invalid-boundary"
    /// No line with the multipart's boundary was found; the body is read as one part.
    case startBoundaryNotFound = "start-boundary-not-found"
    /// A multipart whose boundary begins with (or is) the boundary of a multipart that
    /// encloses it, so that their delimiter lines can be mistaken (RFC 2046 §5.1.1).
    case boundaryClashesWithEnclosing = "boundary-clashes-with-enclosing"
    /// A multipart whose close delimiter (`--boundary--`) is missing.
    case closeBoundaryMissing = "close-boundary-missing"
    /// A multipart or message entity declares a transfer encoding other than
    /// 7bit, 8bit or binary (RFC 2045 §6.4).
    case compositeTransferEncoding = "composite-transfer-encoding"

    // MARK: Transfer encodings (RFC 2045 §6)
    /// A Content-Transfer-Encoding other than 7bit, 8bit, binary, quoted-printable or
    /// base64; the body is used as it is.
    case unknownTransferEncoding = "unknown-transfer-encoding"
    /// Bytes outside the base64 alphabet, or data after the padding.
    case base64InvalidCharacters = "base64-invalid-characters"
    /// Base64 data whose length is not a multiple of four (missing or extra padding).
    case base64InvalidPadding = "base64-invalid-padding"
    /// Bytes above 127 in a part that is 7bit (declared, or by default): 8-bit data must be
    /// declared 8bit or encoded (RFC 2045 §2.7, §6.2).
    case eightBitIn7Bit = "eight-bit-in-7bit"
    /// A quoted-printable or base64 line longer than 76 characters (RFC 2045 §6.7, §6.8).
    case encodedLineTooLong = "encoded-line-too-long"
    /// A `=` in quoted-printable that is not followed by two hex digits or a line break.
    case quotedPrintableInvalidEscape = "quoted-printable-invalid-escape"

    // MARK: Charsets
    /// A charset label that neither the built-in decoders nor iconv know; the text is
    /// decoded as UTF-8 when valid, else as Windows-1252.
    case unknownCharset = "unknown-charset"
    /// Bytes that are not valid in the declared charset; each becomes U+FFFD.
    case charsetDecodingError = "charset-decoding-error"
    /// Text declared in a one-byte charset (US-ASCII, ISO-8859-1, Windows-1252, …) whose
    /// bytes above 127 all form well-formed UTF-8: it was written in UTF-8, and readers
    /// that honour the label show mojibake (`Ã©` for `é`).
    case charsetMislabelled = "charset-mislabelled"

    // MARK: List-* fields (RFC 2369)
    /// A URI of a List-* field that is not enclosed in angle brackets.
    case listURINotInAngleBrackets = "list-uri-not-in-angle-brackets"
    /// White space (often a fold) inside the angle brackets of a List-* URI; clients
    /// remove it, but RFC 2369 forbids inserting it.
    case listURIWhitespace = "list-uri-whitespace"
    /// Two List-* URIs not separated by a comma.
    case listURIsNotCommaSeparated = "list-uris-not-comma-separated"
    /// A List-* entry that is empty, not closed, or not a URI a mail client can act on
    /// (no scheme, an unknown scheme, characters URIs cannot hold, no host or no address).
    case listURIInvalid = "list-uri-invalid"

    // MARK: Limits (see `ParserLimits`)
    /// More header fields than `ParserLimits.maxHeaderFields`; the rest are ignored.
    case tooManyHeaderFields = "too-many-header-fields"
    /// A header block larger than `ParserLimits.maxHeaderBytes`; the rest is ignored.
    case headerBlockTooLarge = "header-block-too-large"
    /// Multipart nesting deeper than `ParserLimits.maxNestingDepth`; deeper entities are
    /// read as single parts.
    case nestingTooDeep = "nesting-too-deep"
    /// More parts than `ParserLimits.maxParts`; the rest of the body is not split.
    case tooManyParts = "too-many-parts"
    /// More encoded words in one field than `ParserLimits.maxEncodedWordsPerField`; the
    /// rest of the field is kept as written.
    case tooManyEncodedWords = "too-many-encoded-words"
    /// An HTML part whose `<style>` text is larger than MailHTML reads; the rest is ignored
    /// (reported by the lint engine, which runs the HTML analysis).
    case styleSheetTooLarge = "style-sheet-too-large"
    /// An HTML part with more nodes than MailHTML keeps (`HTMLTree.nodeLimit`); the rest is not
    /// analysed (reported by the lint engine, which runs the HTML analysis).
    case htmlTooLarge = "html-too-large"
    /// A decoded body larger than `ParserLimits.maxDecodedBytes`; decoding stopped there.
    case decodedSizeLimit = "decoded-size-limit"
}
