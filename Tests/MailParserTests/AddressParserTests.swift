import Testing

@testable import MailParser

/// RFC 5322 Appendix A address examples, the obsolete forms of §4.4, and broken real mail.
struct AddressParserTests {
    /// Parses `value` as the value of a field named `name`.
    static func parse(_ value: String, name: String = "To") -> AddressList {
        let message = MessageParser.parse(Array("\(name): \(value)\r\n\r\n".utf8))
        return AddressParser.parse(message.header.all(name))
    }

    static func pairs(_ list: AddressList) -> [String] {
        list.mailboxes.map { ($0.displayName.map { "\($0) " } ?? "") + "<\($0.address)>" }
    }

    @Test func a11AddressesWithNames() {
        #expect(Self.pairs(Self.parse("John Doe <jdoe@machine.example>")) == ["John Doe <jdoe@machine.example>"])
    }

    @Test func a12DifferentTypesOfMailboxes() {
        #expect(
            Self.pairs(Self.parse("\"Joe Q. Public\" <john.q.public@example.com>")) == [
                "Joe Q. Public <john.q.public@example.com>"
            ])
        #expect(
            Self.pairs(Self.parse("Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>"))
                == ["Mary Smith <mary@x.test>", "<jdoe@example.org>", "Who? <one@y.test>"])
        #expect(
            Self.pairs(Self.parse("<boss@nil.test>, \"Giant; \\\"Big\\\" Box\" <sysservices@example.net>"))
                == ["<boss@nil.test>", "Giant; \"Big\" Box <sysservices@example.net>"])
    }

    @Test func a13GroupAddresses() {
        let list = Self.parse("A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;")
        #expect(Self.pairs(list) == ["Ed Jones <c@a.test>", "<joe@where.test>", "John <jdoe@one.test>"])
        #expect(list.mailboxes.allSatisfy { $0.groupName == "A Group" })
        #expect(list.defects.isEmpty)
        let empty = Self.parse("Undisclosed recipients:;", name: "Cc")
        #expect(empty.mailboxes.isEmpty)
        #expect(empty.defects.isEmpty)
    }

    @Test func a5WhiteSpaceCommentsAndOtherOddities() {
        #expect(
            Self.pairs(Self.parse("Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>", name: "From"))
                == ["Pete <pete@silly.test>"])
        let group = Self.parse(
            "A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)"
        )
        #expect(Self.pairs(group) == ["Chris Jones <c@public.example>", "<joe@example.org>", "John <jdoe@one.test>"])
    }

    @Test func a62ObsoleteAddressing() {
        #expect(
            Self.pairs(Self.parse("Joe Q. Public <john.q.public@example.com>", name: "From")) == [
                "Joe Q. Public <john.q.public@example.com>"
            ])
        let list = Self.parse("Mary Smith <@node.test:mary@example.net>, , jdoe@test  . example")
        #expect(Self.pairs(list) == ["Mary Smith <mary@example.net>", "<jdoe@test.example>"])
        #expect(list.defects.map(\.kind) == [.obsoleteRoute])
    }

    @Test func a63ObsoleteWhiteSpaceAndComments() {
        #expect(
            Self.pairs(Self.parse("John Doe <jdoe@machine(comment).  example>", name: "From")) == [
                "John Doe <jdoe@machine.example>"
            ])
    }

    @Test func encodedWordDisplayName() {
        #expect(
            Self.pairs(Self.parse("=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>", name: "From"))
                == ["Keith Moore <moore@cs.utk.edu>"])
    }

    @Test func addressUsedAsDisplayName() {
        #expect(Self.pairs(Self.parse("a@x.example <b@y.example>")) == ["a@x.example <b@y.example>"])
    }

    @Test func displayNameWithoutAngleBrackets() {
        let list = Self.parse("Big Bug bb@bug.com", name: "From")
        #expect(Self.pairs(list) == ["Big Bug <bb@bug.com>"])
        #expect(list.defects.map(\.kind) == [.invalidAddress])
    }

    @Test func strayTokensAreReportedAndParsingEnds() {
        // A ';' outside a group once made the parser loop forever.
        let list = Self.parse("undisclosed-recipients;;")
        #expect(list.mailboxes.map(\.address) == ["undisclosed-recipients"])
        #expect(list.defects.map(\.kind).contains(.addressWithoutDomain))
        #expect(list.defects.map(\.kind).contains(.invalidAddress))
        #expect(Self.parse("> a@b.example, <c@d.example").mailboxes.map(\.address) == ["c@d.example"])
    }

    @Test func theEvidenceOfALongInvalidAddressIsCutAndSaysHowLongItIs() throws {
        // As in mimekit's stack-overflow.eml: thousands of encoded words standing for one address.
        let words = String(repeating: "=?utf-8?Q?date=3E2017-08-20T10:08:28.617=3C/pr?=\r\n\t", count: 2_000)
        let list = Self.parse("\"test\" <test@test.com>,\r\n\t" + words, name: "To")
        let defect = try #require(list.defects.first { $0.kind == .invalidAddress })
        #expect(defect.evidence.hasPrefix("not an address: "))
        #expect(defect.evidence.contains("=3C/pr?=\\r\\n\t=?utf-8?Q?date"))
        #expect(defect.evidence.hasSuffix(" bytes)"), "\(defect.evidence.suffix(40))")
        #expect(defect.evidence.utf8.count < 260)
    }

    @Test func unterminatedTokensAreReported() {
        #expect(Self.parse("\"Open <a@b.example>").defects.map(\.kind).contains(.unterminatedToken))
        #expect(Self.parse("Name <a@b.example").defects.map(\.kind) == [.unterminatedToken])
    }

    @Test func rangesPointIntoTheMessage() throws {
        let bytes = Array("To: Ann <ann@example.org>,\r\n bob@example.net\r\n\r\n".utf8)
        let message = MessageParser.parse(bytes)
        let list = AddressParser.parse(try #require(message.header.first("To")))
        #expect(list.mailboxes.count == 2)
        #expect(String(decoding: bytes[list.mailboxes[0].addressRange], as: UTF8.self) == "ann@example.org")
        #expect(String(decoding: bytes[list.mailboxes[1].range], as: UTF8.self) == "bob@example.net")
        #expect(
            message.location(of: list.mailboxes[1].range.lowerBound) == SourceLocation(offset: 29, line: 2, column: 2))
    }
}
