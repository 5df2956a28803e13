import Testing

@testable import MailParser

/// RFC 2047 §8 examples, and the liberal reading real mail needs.
struct EncodedWordTests {
    static func decode(_ text: String) -> EncodedWordDecoder.Result {
        EncodedWordDecoder.decode(Array(text.utf8)[...])
    }

    @Test(arguments: [
        ("(=?ISO-8859-1?Q?a?=)", "(a)"),
        ("(=?ISO-8859-1?Q?a?= b)", "(a b)"),
        ("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)", "(ab)"),
        ("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)", "(ab)"),
        ("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)", "(ab)"),
        ("(=?ISO-8859-1?Q?a_b?=)", "(a b)"),
        ("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)", "(a b)"),
    ])
    func rfc2047Section8(input: String, expected: String) {
        let result = Self.decode(input)
        #expect(result.text == expected)
        #expect(result.issues.isEmpty)
    }

    @Test func rfc2047HeaderExamples() {
        #expect(Self.decode("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=").text == "Keld Jørn Simonsen")
        #expect(Self.decode("=?ISO-8859-1?Q?Andr=E9?= Pirard").text == "André Pirard")
        #expect(
            Self.decode(
                "=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\n    =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?="
            )
            .text == "If you can read this you understand the example.")
    }

    @Test func characterSplitAcrossAdjacentWordsSurvives() {
        // "é" is C3 A9 in UTF-8; each word holds one byte of it.
        #expect(Self.decode("=?utf-8?Q?caf=C3?= =?utf-8?Q?=A9?=").text == "café")
        // The same charset written in another case or with a language (spamassassin's
        // unicode1.eml: "=?utf-8*sl?Q?_omre=C5?= =?Utf-8*SL?q?=BEje?=").
        #expect(Self.decode("=?utf-8*sl?Q?omre=C5?=  =?Utf-8*SL?q?=BEje?=").text == "omrežje")
    }

    @Test func rfc2231LanguageInCharsetIsIgnored() {
        #expect(Self.decode("=?US-ASCII*EN?Q?Keith_Moore?=").text == "Keith Moore")
    }

    @Test func wordGluedToTextIsDecodedAndReported() {
        let result = Self.decode("Re:=?utf-8?Q?Gr=C3=BC=C3=9Fe?=")
        #expect(result.text == "Re:Grüße")
        #expect(result.issues.map(\.kind) == [.encodedWordNotDelimited])
    }

    @Test func overlongWordIsReported() {
        let payload = String(repeating: "a", count: 80)
        let result = Self.decode("=?utf-8?Q?\(payload)?=")
        #expect(result.text == payload)
        #expect(result.issues.map(\.kind) == [.encodedWordTooLong])
    }

    @Test func malformedWordsStayAsWritten() {
        #expect(Self.decode("=?utf-8?X?abc?=").text == "=?utf-8?X?abc?=")
        #expect(Self.decode("=?utf-8?Q?unterminated").text == "=?utf-8?Q?unterminated")
        #expect(Self.decode("price =? 10").text == "price =? 10")
    }

    @Test func iso2022jpGoesThroughIconv() {
        // "日本語" in ISO-2022-JP, base64.
        #expect(Self.decode("=?ISO-2022-JP?B?GyRCRnxLXDhsGyhC?=").text == "日本語")
    }
}
