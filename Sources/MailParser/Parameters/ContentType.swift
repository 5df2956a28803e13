/// A Content-Type (RFC 2045 §5) with the defaults RFC 2045 and RFC 2046 give.
public struct ContentType: Sendable, Equatable {
    /// The media type, lowercase ("text").
    public var type: String
    /// The subtype, lowercase ("plain").
    public var subtype: String
    /// The parameters, names lowercased, values decoded.
    public var parameters: [(name: String, value: String)]

    /// "type/subtype".
    public var mimeType: String { type + "/" + subtype }
    /// The `charset` parameter, lowercased, or nil.
    public var charset: String? {
        parameter("charset").map { $0.trimmingCharacters(in: " \t\"'").lowercased() }.flatMap {
            $0.isEmpty ? nil : $0
        }
    }
    /// The `boundary` parameter as written, or nil.
    public var boundary: String? { parameter("boundary") }
    /// Whether the type is `multipart/*`.
    public var isMultipart: Bool { type == "multipart" }
    /// Whether the type is `text/*`.
    public var isText: Bool { type == "text" }
    /// Whether the body is itself a message that MailParser parses (`message/rfc822` and
    /// `message/global`, RFC 2046 §5.2.1, RFC 6532 §3.7).
    public var isEncapsulatedMessage: Bool {
        type == "message" && (subtype == "rfc822" || subtype == "global")
    }

    /// Creates a content type.
    public init(type: String, subtype: String, parameters: [(name: String, value: String)] = []) {
        self.type = type
        self.subtype = subtype
        self.parameters = parameters
    }

    /// `text/plain; charset=us-ascii`, the default of RFC 2045 §5.2.
    public static let textPlain = ContentType(type: "text", subtype: "plain")
    /// `message/rfc822`, the default inside `multipart/digest` (RFC 2046 §5.1.5).
    public static let messageRFC822 = ContentType(type: "message", subtype: "rfc822")

    /// The value of parameter `name` (case-insensitive), or nil.
    public func parameter(_ name: String) -> String? {
        let key = name.lowercased()
        return parameters.first { $0.name == key }?.value
    }

    /// Reads a Content-Type value.
    ///
    /// - Returns: the type, or nil when the value does not start with `type/subtype` (the
    ///   caller then uses the default and records `DefectKind.invalidContentType`); the
    ///   parameters, read either way; and whether text that is not a parameter followed
    ///   the subtype (`application/pdf name="x"` with its `;` missing), which is also
    ///   an invalid Content-Type although its type is still used.
    public static func parse(_ bytes: ArraySlice<UInt8>) -> (
        type: ContentType?, parsed: ParameterizedValue, hasTrailingText: Bool
    ) {
        let parsed = ParameterizedValue(parsing: bytes)
        let value = parsed.value.lowercased()
        guard let slash = value.firstIndex(of: "/") else { return (nil, parsed, false) }
        let type = String(value[..<slash]).trimmingCharacters(in: " \t")
        let rest = String(value[value.index(after: slash)...]).trimmingCharacters(in: " \t")
        let subtype = String(rest.prefix { isTokenCharacter($0) })
        guard isToken(type), isToken(subtype) else { return (nil, parsed, false) }
        return (
            ContentType(type: type, subtype: subtype, parameters: parsed.parameters), parsed,
            subtype.count < rest.count
        )
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.asciiValue.map(ASCII.isMIMETokenByte) ?? false
    }

    private static func isToken(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy(isTokenCharacter)
    }

    /// Whether both hold the same values.
    public static func == (lhs: ContentType, rhs: ContentType) -> Bool {
        lhs.type == rhs.type && lhs.subtype == rhs.subtype
            && lhs.parameters.elementsEqual(rhs.parameters) { $0.name == $1.name && $0.value == $1.value }
    }
}

/// A Content-Disposition (RFC 2183).
public struct ContentDisposition: Sendable, Equatable {
    /// The disposition type, lowercase ("inline", "attachment", or another token).
    public var type: String
    /// The parameters, names lowercased, values decoded.
    public var parameters: [(name: String, value: String)]

    /// The `filename` parameter, decoded, or nil.
    public var filename: String? { parameters.first { $0.name == "filename" }?.value }

    /// Reads a Content-Disposition value.
    public init(parsed: ParameterizedValue) {
        type = parsed.value.lowercased()
        parameters = parsed.parameters
    }

    /// Whether both hold the same values.
    public static func == (lhs: ContentDisposition, rhs: ContentDisposition) -> Bool {
        lhs.type == rhs.type
            && lhs.parameters.elementsEqual(rhs.parameters) { $0.name == $1.name && $0.value == $1.value }
    }
}
