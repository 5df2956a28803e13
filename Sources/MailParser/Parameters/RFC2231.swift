/// RFC 2231: parameter value continuations (`name*0=`, `name*1=`), and charset and
/// language in extended values (`name*=utf-8'en'%E2%82%AC`).
enum RFC2231 {
    /// A parameter with its final, decoded value.
    struct Parameter {
        var name: String
        var value: String
        var range: Range<Int>
    }

    /// Joins continuations and decodes values, in the order each name first appears.
    static func assemble(_ raw: [RawParameter], issues: inout [EncodedWordDecoder.Issue]) -> [Parameter] {
        var sections: [String: [(number: Int, extended: Bool, bytes: [UInt8], range: Range<Int>)]] = [:]
        var plain: [Parameter] = []
        var positions: [(isPlain: Bool, index: Int, name: String)] = []

        for parameter in raw {
            let (base, number, extended) = split(parameter.name)
            if number == nil && !extended {
                positions.append((true, plain.count, base))
                plain.append(
                    Parameter(name: base, value: decodePlain(parameter, issues: &issues), range: parameter.range))
                continue
            }
            if sections[base] == nil {
                positions.append((false, 0, base))
            }
            sections[base, default: []].append((number ?? 0, extended, parameter.bytes, parameter.range))
        }

        var result: [Parameter] = []
        for position in positions {
            if position.isPlain {
                result.append(plain[position.index])
                continue
            }
            guard let parts = sections[position.name] else { continue }
            let sorted = parts.sorted { $0.number < $1.number }
            let range = (sorted.map(\.range.lowerBound).min() ?? 0)..<(sorted.map(\.range.upperBound).max() ?? 0)
            for (expected, section) in sorted.enumerated() where section.number != expected {
                issues.append(
                    .init(
                        kind: .invalidParameterContinuation, range: section.range,
                        evidence:
                            "parameter \(position.name) continuation *\(section.number) where *\(expected) was expected"
                    ))
                break
            }
            var charset: String?
            var bytes: [UInt8] = []
            for (offset, section) in sorted.enumerated() {
                if section.extended {
                    var data = section.bytes[...]
                    if offset == 0 {
                        // charset'language'value
                        if let first = data.firstIndex(of: ASCII.apostrophe),
                            let second = data[(first + 1)...].firstIndex(of: ASCII.apostrophe)
                        {
                            let label = ASCII.string(data[data.startIndex..<first])
                            charset = label.isEmpty ? nil : label
                            data = data[(second + 1)...]
                        }
                    }
                    bytes += ASCII.percentDecoded(data)
                } else {
                    bytes += section.bytes
                }
            }
            let value: String
            if let charset {
                let decoded = Charset.decode(bytes, label: charset)
                if !decoded.labelKnown || decoded.invalidBytes > 0 {
                    issues.append(
                        .init(
                            kind: .invalidParameterContinuation, range: range,
                            evidence: "parameter \(position.name) cannot be decoded as \(charset)"))
                }
                value = decoded.text
            } else {
                // No charset: the sections are plain text, which senders fill with
                // RFC 2047 encoded words as often as not.
                value = decodePlain(
                    RawParameter(name: position.name, bytes: bytes, quoted: true, range: range), issues: &issues)
            }
            result.append(Parameter(name: position.name, value: value, range: range))
        }
        return result
    }

    /// "name*2*" → ("name", 2, true); "name*" → ("name", nil, true); "name" → ("name", nil, false).
    static func split(_ name: String) -> (base: String, number: Int?, extended: Bool) {
        guard let star = name.firstIndex(of: "*") else { return (name, nil, false) }
        let base = String(name[..<star])
        var rest = name[name.index(after: star)...]
        var extended = false
        if rest.hasSuffix("*") {
            extended = true
            rest = rest.dropLast()
        }
        if rest.isEmpty { return (base, nil, true) }
        guard let number = Int(rest), number >= 0, number < 10_000 else { return (name, nil, false) }
        return (base, number, extended)
    }

    private static func decodePlain(_ parameter: RawParameter, issues: inout [EncodedWordDecoder.Issue])
        -> String
    {
        let bytes = parameter.bytes
        guard bytes.count > 7, bytes.contains(ASCII.questionMark) else {
            return Charset.decodeHeaderBytes(bytes)
        }
        let result = EncodedWordDecoder.decode(bytes[...])
        if result.containsEncodedWords, parameter.quoted {
            issues.append(
                .init(
                    kind: .encodedWordInQuotedString, range: parameter.range,
                    evidence: "RFC 2047 encoded word inside the quoted value of \(parameter.name)"))
        }
        // Ranges from the decoder are relative to the value's own bytes; report at the parameter.
        for issue in result.issues {
            issues.append(.init(kind: issue.kind, range: parameter.range, evidence: issue.evidence))
        }
        return result.text
    }
}
