import Testing

@testable import MailParser

/// Content-Type and Content-Disposition parameters: RFC 2045 §5.1, RFC 2231 §3–4.
struct ParameterTests {
    static func parse(_ text: String) -> ParameterizedValue { ParameterizedValue(parsing: Array(text.utf8)[...]) }

    @Test func rfc2231Continuations() {
        let value = Self.parse(
            "message/external-body; access-type=URL;\r\n URL*0=\"ftp://\";\r\n URL*1=\"cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar\""
        )
        #expect(value.parameter("url") == "ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar")
        #expect(value.parameter("access-type") == "URL")
    }

    @Test func rfc2231CharsetAndLanguage() {
        #expect(
            Self.parse("application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A").parameter(
                "title")
                == "This is ***fun***")
    }

    @Test func rfc2231MixedContinuations() {
        let value = Self.parse(
            "application/x-stuff;\r\n title*0*=us-ascii'en'This%20is%20even%20more%20;\r\n title*1*=%2A%2A%2Afun%2A%2A%2A%20;\r\n title*2=\"isn't it!\""
        )
        #expect(value.parameter("title") == "This is even more ***fun*** isn't it!")
        #expect(value.issues.isEmpty)
    }

    @Test func rfc2231Utf8Filename() {
        #expect(Self.parse("attachment; filename*=utf-8''%E2%82%AC%20rates.pdf").parameter("filename") == "€ rates.pdf")
    }

    @Test func continuationGapIsReported() {
        let value = Self.parse("attachment; filename*0=a; filename*2=c")
        #expect(value.parameter("filename") == "ac")
        #expect(value.issues.map(\.kind) == [.invalidParameterContinuation])
    }

    @Test func commentsQuotesAndEscapes() {
        let value = Self.parse("text/plain (plain text) ; charset=\"us-ascii\" (comment); name=\"a \\\"b\\\".txt\"")
        #expect(value.value == "text/plain")
        #expect(value.parameter("charset") == "us-ascii")
        #expect(value.parameter("name") == "a \"b\".txt")
    }

    @Test func unquotedTspecialsAreKeptAndReported() {
        let boundary = Self.parse("multipart/mixed; boundary=----=_Part_1_2.3")
        #expect(boundary.parameter("boundary") == "----=_Part_1_2.3")
        #expect(boundary.issues.map(\.kind) == [.invalidParameter])
        // The evidence says what a parser that follows RFC 2045 reads instead.
        #expect(boundary.issues.first?.evidence.hasSuffix("read boundary=----") == true)
        // A parenthesis inside an unquoted value is part of it (as Thunderbird reads it),
        // not a comment to remove; RFC 2045 parsers stop before it.
        let name = Self.parse("application/pdf; name=Invoice_(3021).pdf")
        #expect(name.parameter("name") == "Invoice_(3021).pdf")
        #expect(name.issues.first?.evidence.hasSuffix("read name=Invoice_") == true)
    }

    @Test func unquotedValueEndsAtWhiteSpace() {
        // As Thunderbird, Python and MIME::Tools read it: the rest is reported, not kept.
        let name = Self.parse("attachment; filename=This is a test.txt; size=12")
        #expect(name.parameter("filename") == "This")
        #expect(name.parameter("size") == "12")
        #expect(name.issues.map(\.kind) == [.invalidParameter])
        #expect(name.issues.first?.evidence.hasPrefix("filename=This is followed by “is a test.txt”") == true)
        // A missing `;` between two parameters loses the second, but not the first.
        let charset = Self.parse("text/plain; charset=utf-8 format=flowed")
        #expect(charset.parameter("charset") == "utf-8")
        #expect(charset.parameter("format") == nil)
        #expect(charset.issues.count == 1)
        // White space or a comment after the value is not an issue.
        #expect(Self.parse("text/plain; charset=utf-8 \r\n (a comment) ; format=flowed").issues.isEmpty)
    }

    @Test func tokensQuotedValuesAndRFC2231ValuesAreNotReported() {
        for text in [
            "multipart/mixed; boundary=simple_token-1.2", "multipart/mixed; boundary=\"----=_Part_1\"",
            "attachment; filename*=utf-8''%E2%82%AC%20rates.pdf", "text/plain; charset=utf-8 (a comment)",
        ] {
            #expect(Self.parse(text).issues.isEmpty, "\(text)")
        }
    }

    @Test func duplicateAndUnterminatedParametersAreReported() {
        let value = Self.parse("text/plain; charset=utf-8; charset=latin1; name=\"open")
        #expect(value.parameter("charset") == "utf-8")
        #expect(value.parameter("name") == "open")
        #expect(Set(value.issues.map(\.kind)) == [.duplicateParameter, .invalidParameter])
    }

    @Test func encodedWordInQuotedFilenameIsDecodedAndReported() {
        let value = Self.parse("attachment; filename=\"=?utf-8?Q?Gr=C3=BC=C3=9Fe.txt?=\"")
        #expect(value.parameter("filename") == "Grüße.txt")
        #expect(value.issues.map(\.kind) == [.encodedWordInQuotedString])
    }

    @Test func contentTypeDefaultsAndTrailingText() {
        let good = ContentType.parse(Array("Text/HTML; Charset=UTF-8".utf8)[...])
        #expect(good.type?.mimeType == "text/html")
        #expect(good.type?.charset == "utf-8")
        let missingSemicolon = ContentType.parse(Array("application/pdf name=\"a.pdf\"".utf8)[...])
        #expect(missingSemicolon.type?.mimeType == "application/pdf")
        #expect(missingSemicolon.hasTrailingText)
        #expect(ContentType.parse(Array("text".utf8)[...]).type == nil)
    }
}
