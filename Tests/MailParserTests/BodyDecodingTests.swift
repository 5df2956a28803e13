import Testing

@testable import MailParser

/// Transfer decoding (quoted-printable, base64) with offsets back to raw lines, and
/// charset decoding.
struct BodyDecodingTests {
    static func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    @Test func quotedPrintable() {
        let result = QuotedPrintable.decode(Self.bytes("caf=C3=A9 =3D=3d soft=\r\nbreak=  \r\nend=\r\n"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "café == softbreakend")
        #expect(result.invalidEscapes == 0)
    }

    @Test func quotedPrintableInvalidEscapesAreKept() {
        let result = QuotedPrintable.decode(Self.bytes("100=% and =ZZ"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "100=% and =ZZ")
        #expect(result.invalidEscapes == 2)
        #expect(result.firstInvalidEscape == 3)
    }

    @Test func base64ToleratesLinesJunkAndMissingPadding() {
        let result = Base64.decode(Self.bytes("SGVs\r\nbG8g*V29y\r\nbGQ"))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "Hello World")
        #expect(result.invalidCharacters == 1)
        #expect(result.badPadding)
    }

    @Test func base64StopsAfterPadding() {
        let result = Base64.decode(Self.bytes("PGh0bWw+Cg==\n--junk-->\nmore"))
        #expect(result.bytes == Array("<html>\n".utf8))
        #expect(result.invalidCharacters > 0)
    }

    @Test func decodedOffsetsMapBackToRawLines() {
        let text = "Content-Transfer-Encoding: base64\r\n\r\nbGluZSBvbmUK\r\nbGluZSB0d28K\r\n"
        let message = MessageParser.parse(Array(text.utf8))
        let body = message.decodedBody(of: message.leafParts[0])
        #expect(String(decoding: body.bytes, as: UTF8.self) == "line one\nline two\n")
        // Decoded byte 9 ("l" of "line two") came from the raw line starting at offset 51.
        #expect(body.rawOffset(forDecoded: 9) == 51)
        #expect(message.location(of: body.rawOffset(forDecoded: 9)).line == 4)
        #expect(body.rawOffset(forDecoded: 0) == 37)
    }

    @Test func quotedPrintableOffsetsSkipSoftBreaks() {
        let text = "Content-Transfer-Encoding: quoted-printable\r\n\r\nab=\r\ncd\r\nef\r\n"
        let message = MessageParser.parse(Array(text.utf8))
        let body = message.decodedBody(of: message.leafParts[0])
        #expect(String(decoding: body.bytes, as: UTF8.self) == "abcd\r\nef\r\n")
        #expect(message.location(of: body.rawOffset(forDecoded: 7)).line == 5)  // "f"
    }

    @Test func identityBodiesMapByteForByte() {
        let message = MessageParser.parse(Array("A: b\r\n\r\nxyz".utf8))
        #expect(message.decodedBody(of: message.leafParts[0]).rawOffset(forDecoded: 2) == 10)
    }

    @Test func decodedSizeLimit() {
        let message = MessageParser.parse(Array("A: b\r\n\r\n\(String(repeating: "x", count: 100))".utf8))
        let body = message.decodedBody(of: message.leafParts[0], limits: ParserLimits(maxDecodedBytes: 10))
        #expect(body.bytes.count == 10)
        #expect(body.defects.map(\.kind) == [.decodedSizeLimit])
    }

    @Test(arguments: [
        ("iso-8859-1", [0x63, 0x61, 0x66, 0xE9, 0x80] as [UInt8], "café€"),
        ("us-ascii", [0x93, 0x68, 0x69, 0x94], "\u{201C}hi\u{201D}"),
        ("UTF8", [0xC3, 0xA9], "é"),
        ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
        ("Shift_JIS", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("gb2312", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
        // WHATWG labels iconv does not know by that name.
        ("iso-8859-8-i", [0xF9, 0xEC, 0xE5, 0xED], "שלום"),
        ("x-cp1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], "Привет"),
        ("x-mac-cyrillic", [0x8F, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], "Привет"),
        ("ksc_5601", [0xC7, 0xD1], "한"),
    ])
    func charsets(label: String, bytes: [UInt8], expected: String) {
        let decoded = Charset.decode(bytes, label: label)
        #expect(decoded.text == expected)
        #expect(decoded.labelKnown)
        #expect(decoded.invalidBytes == 0)
    }

    @Test func iso2022JPWithTheMicrosoftExtensions() {
        func decode(_ bytes: [UInt8]) -> Charset.Decoded { Charset.decode(bytes, label: "ISO-2022-JP") }
        let escJIS: [UInt8] = [0x1B, 0x24, 0x42]  // ESC $ B
        let escASCII: [UInt8] = [0x1B, 0x28, 0x42]  // ESC ( B
        #expect(decode(escJIS + [0x46, 0x7C, 0x4B, 0x5C] + escASCII + Array(" 2016".utf8)).text == "日本 2016")
        // NEC special characters, which glibc's own ISO-2022-JP rejects (php-mime-mail-parser
        // issue116.eml writes № so).
        let nec = decode(escJIS + [0x2D, 0x21, 0x2D, 0x62] + escASCII)
        #expect(nec.text == "①№")
        #expect(nec.invalidBytes == 0)
        // Half-width katakana (ESC ( I).
        #expect(decode([0x1B, 0x28, 0x49, 0x31, 0x32] + escASCII).text == "ｱｲ")
        // An invalid byte and a code no table has are one U+FFFD each, and the next
        // character is read whole (glibc's decoder read the second byte as a letter).
        let broken = decode(escJIS + [0x46, 0x7C, 0x20, 0x29, 0x40, 0x46, 0x7C] + escASCII + Array("b".utf8))
        #expect(broken.text == "日\u{FFFD}\u{FFFD}日b")
        #expect(broken.invalidBytes == 2)
        #expect(decode([0x1B, 0x24, 0x29, 0x41]).text == "\u{FFFD}$)A")
    }

    @Test func unknownLabelsFallBackAndAreReported() {
        let utf8 = Charset.decode(Array("Grüße".utf8), label: "x-unknown")
        #expect(utf8.text == "Grüße")
        #expect(!utf8.labelKnown)
        #expect(Charset.decode([0x47, 0x72, 0xFC, 0xDF, 0x65], label: "bogus-8").text == "Grüße")
    }

    @Test func invalidBytesBecomeReplacementCharacters() {
        #expect(Charset.decode([0x61, 0xFF, 0x62], label: "utf-8").invalidBytes == 1)
        let undefined = Charset.decode([0x61, 0x81], label: "windows-1252")
        #expect(undefined.text == "a\u{FFFD}")
        #expect(undefined.invalidBytes == 1)
    }

    @Test func utf8TextInAOneByteCharsetIsReported() {
        func defects(_ label: String, _ body: [UInt8]) -> [ParseDefect] {
            let message = MessageParser.parse(
                Array(
                    "Content-Type: text/plain; charset=\(label)\r\nContent-Transfer-Encoding: 8bit\r\n\r\nline one\r\n"
                        .utf8)
                    + body)
            return message.decodedText(of: message.leafParts[0]).body.defects
        }
        let mislabelled = defects("iso-8859-1", Array("caf\u{E9}\r\n".utf8))
        #expect(mislabelled.map(\.kind) == [.charsetMislabelled])
        #expect(
            mislabelled.first?.evidence
                == "the text is UTF-8 (“é” on line 5) but declares charset=iso-8859-1: readers show “Ã©”")
        #expect(defects("us-ascii", Array("caf\u{E9}".utf8)).map(\.kind) == [.charsetMislabelled])
        // Real Latin-1, UTF-8 declared as such, and a multi-byte charset are not.
        #expect(defects("iso-8859-1", [0x63, 0x61, 0x66, 0xE9]).isEmpty)
        #expect(defects("utf-8", Array("caf\u{E9}".utf8)).isEmpty)
        #expect(defects("gb2312", [0xD6, 0xD0, 0xCE, 0xC4]).isEmpty)
        // A label nobody knows is reported as such, and its UTF-8 text is read as UTF-8.
        #expect(defects("mac-nonesuch", Array("caf\u{E9}".utf8)).map(\.kind) == [.unknownCharset])
    }

    @Test func textPartDefectsNameThePart() {
        let message = MessageParser.parse(Array("Content-Type: text/plain; charset=nope\r\n\r\nhi".utf8))
        let text = message.decodedText(of: message.leafParts[0])
        #expect(text.text == "hi")
        #expect(text.body.defects.map(\.kind) == [.unknownCharset])
        #expect(text.body.defects.first?.partPath?.description == "1")
    }

    /// UTF-8 text read as it is keeps its bytes once, in the string; text that charset
    /// decoding changed keeps the bytes it came from.
    @Test func bytesThatAreTheTextAreKeptOnce() {
        func decoded(_ charset: String, _ body: [UInt8]) -> DecodedText {
            let message = MessageParser.parse(Array("Content-Type: text/plain; charset=\(charset)\r\n\r\n".utf8) + body)
            return message.decodedText(of: message.leafParts[0])
        }
        let utf8 = decoded("utf-8", Array("caf\u{E9}\r\nline".utf8))
        #expect(utf8.bytesAreText && utf8.body.bytes.isEmpty)
        #expect(utf8.withBytes { Array($0) } == Array("caf\u{E9}\r\nline".utf8))
        #expect(utf8.byteCount == 11)
        let latin1 = decoded("iso-8859-1", [0x63, 0x61, 0x66, 0xE9])
        #expect(!latin1.bytesAreText && latin1.text == "caf\u{E9}")
        #expect(latin1.withBytes { Array($0) } == [0x63, 0x61, 0x66, 0xE9])
        #expect(latin1.byteCount == 4)
        // A byte order mark is dropped from the text: the bytes are kept apart.
        let marked = decoded("utf-8", [0xEF, 0xBB, 0xBF] + Array("hi".utf8))
        #expect(!marked.bytesAreText || marked.text.utf8.count == 5)
        #expect(marked.withBytes { Array($0) } == [0xEF, 0xBB, 0xBF] + Array("hi".utf8))
    }

    /// An identity-encoded part whose bytes already are its text (valid UTF-8, or ASCII
    /// under an ASCII-compatible label) is read in place: the text's UTF-8 is the message's
    /// own buffer, not a copy, and the 7bit defect is still found.
    @Test func identityTextIsReadInPlaceFromTheMessage() throws {
        func check(
            _ header: String, _ body: String, inPlace: Bool, reads text: String? = nil, defects: [DefectKind] = []
        ) throws {
            let message = MessageParser.parse(Array((header + "\r\n\r\n" + body).utf8))
            let part = try #require(message.leafParts.first)
            let decoded = message.decodedText(of: part)
            #expect(decoded.text == (text ?? body), "\(header)")
            #expect(decoded.body.defects.map(\.kind) == defects, "\(header)")
            let address = decoded.withTextUTF8 { $0.baseAddress }
            let start = message.bytes.withUnsafeBufferPointer { $0.baseAddress! + part.bodyRange.lowerBound }
            #expect((address == start) == inPlace, "\(header)")
        }
        try check(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit", "caf\u{E9} \u{2014} ok",
            inPlace: true)
        try check("Content-Type: text/html; charset=windows-1252", "<p>plain ASCII</p>", inPlace: true)
        try check("Content-Type: text/plain", "no label, ASCII", inPlace: true)
        try check(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 7bit", "caf\u{E9}", inPlace: true,
            defects: [.eightBitIn7Bit])
        // Bytes that charset decoding changes, or transfer decoding makes, are not in place.
        try check(
            "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit", "caf\u{E9}",
            inPlace: false, reads: "caf\u{C3}\u{A9}", defects: [.charsetMislabelled])
        try check(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable", "plain",
            inPlace: false)
    }
}

/// Windows-1252 written straight to UTF-8: every byte, the table's 0x80–0x9F and the five
/// undefined bytes.
struct Windows1252Tests {
    @Test func everyByteDecodesToItsScalar() {
        for byte in UInt8(0)...255 {
            let (text, invalid) = Windows1252.decode([byte])
            let scalars = Array(text.unicodeScalars)
            #expect(scalars.count == 1)
            switch byte {
            case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
                #expect(scalars.first == "\u{FFFD}" && invalid == 1, "0x\(String(byte, radix: 16))")
            case 0x80..<0xA0:
                #expect(scalars.first.map { $0.value > 0xFF } ?? false && invalid == 0, "0x\(String(byte, radix: 16))")
            default:
                #expect(scalars.first?.value == UInt32(byte) && invalid == 0, "0x\(String(byte, radix: 16))")
            }
        }
    }

    @Test func wordsDecodeAsBrowsersShowThem() {
        let (text, invalid) = Windows1252.decode([0x93, 0x47, 0x72, 0xFC, 0xDF, 0x65, 0x94, 0x20, 0x80, 0x35, 0x85])
        #expect(text == "“Grüße” €5…")
        #expect(invalid == 0)
    }
}
