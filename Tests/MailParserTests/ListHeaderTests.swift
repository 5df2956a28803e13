import Testing

@testable import MailParser

/// List-Unsubscribe read as RFC 2369 defines it, and DKIM-Signature tag lists (RFC 6376 §3.2).
struct ListHeaderTests {
    /// The first field named `name` of `header` (a header block with LF line breaks).
    static func field(_ name: String, in header: String) -> (HeaderField, [UInt8]) {
        let bytes = Array((header + "\n\nbody\n").utf8)
        let field = MessageParser.parse(bytes).header.first(name)!
        return (field, bytes)
    }

    static func text(_ range: Range<Int>, _ bytes: [UInt8]) -> String { String(decoding: bytes[range], as: UTF8.self) }

    @Test func entriesInOrderOfPreferenceWithTheirRanges() {
        let (field, bytes) = Self.field(
            "List-Unsubscribe",
            in:
                "From: a@x.example\nList-Unsubscribe: <https://x.example/u/1> (web),\n\t<MAILTO:leave@x.example?subject=u>"
        )
        let parsed = ListURIField.parse(field)
        #expect(parsed.defects.isEmpty)
        #expect(parsed.entries.map(\.uri) == ["https://x.example/u/1", "MAILTO:leave@x.example?subject=u"])
        #expect(parsed.entries.map(\.scheme) == ["https", "mailto"])
        #expect(
            parsed.entries.map { Self.text($0.range, bytes) } == [
                "<https://x.example/u/1>", "<MAILTO:leave@x.example?subject=u>",
            ])
    }

    @Test(arguments: [
        ("https://x.example/u/1", DefectKind.listURINotInAngleBrackets, "https://x.example/u/1"),
        ("<https://x.example/u/\n 1>", .listURIWhitespace, "<https://x.example/u/\n 1>"),
        ("<mailto:a@x.example> <https://x.example/u>", .listURIsNotCommaSeparated, "<https://x.example/u>"),
        ("<ftp://x.example/u>", .listURIInvalid, "<ftp://x.example/u>"),
        ("<https://x.example/u/{{id}}>", .listURIInvalid, "<https://x.example/u/{{id}}>"),
        ("<https://x.example/u/%zz>", .listURIInvalid, "<https://x.example/u/%zz>"),
        ("<https:///u>", .listURIInvalid, "<https:///u>"),
        ("<mailto:?subject=x>", .listURIInvalid, "<mailto:?subject=x>"),
        ("<>", .listURIInvalid, "<>"),
        ("<https://x.example/u", .listURIInvalid, "<https://x.example/u"),
        ("(never closed <https://x.example/u>", .listURIInvalid, "(never closed <https://x.example/u>"),
    ])
    func defectsPointAtTheEntry(value: String, kind: DefectKind, at written: String) {
        let (field, bytes) = Self.field("List-Unsubscribe", in: "From: a@x.example\nList-Unsubscribe: \(value)")
        let defects = ListURIField.parse(field).defects
        #expect(defects.map(\.kind) == [kind], "\(value): \(defects.map(\.evidence))")
        #expect(defects.first.map { Self.text($0.range, bytes) } == written)
        #expect(defects.first?.headerName == "List-Unsubscribe")
    }

    @Test func anEncodedFieldIsOneDefectWithTheDecodedText() {
        let (field, _) = Self.field(
            "List-Unsubscribe",
            in: "From: a@x.example\nList-Unsubscribe: =?us-ascii?Q?=3Chttps=3A=2F=2Fx=2Eexample=2Fu=3E?=")
        let parsed = ListURIField.parse(field)
        #expect(parsed.entries.isEmpty)
        #expect(parsed.defects.map(\.kind) == [.listURIInvalid])
        #expect(parsed.defects[0].evidence.contains("<https://x.example/u>"))
    }

    @Test func anEmptyFieldIsADefect() {
        let (field, _) = Self.field("List-Unsubscribe", in: "From: a@x.example\nList-Unsubscribe:")
        #expect(ListURIField.parse(field).defects.map(\.kind) == [.listURIInvalid])
    }

    @Test func dkimTagsWithFoldingWhiteSpace() {
        let (field, bytes) = Self.field(
            "DKIM-Signature",
            in:
                "DKIM-Signature: v=1; a=rsa-sha256; d=x.example; s=s1;\n\th=From : To :\n\t List-Unsubscribe:List-Unsubscribe-Post;\n bh=AB C=; b=xyz"
        )
        let tags = DKIMTagList(field)
        #expect(tags.tags.map(\.name) == ["v", "a", "d", "s", "h", "bh", "b"])
        #expect(tags.tag("bh")?.value == "ABC=")
        #expect(tags.signedHeaderNames == ["from", "to", "list-unsubscribe", "list-unsubscribe-post"])
        #expect(
            tags.tag("h").map { Self.text($0.range, bytes) }
                == "h=From : To :\n\t List-Unsubscribe:List-Unsubscribe-Post")
        #expect(DKIMTagList(Self.field("DKIM-Signature", in: "DKIM-Signature: v=1; d=x").0).signedHeaderNames.isEmpty)
    }
}
