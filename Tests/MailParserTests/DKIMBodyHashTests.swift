import Testing

@testable import MailParser

/// Body canonicalisation and hashing, on RFC 6376's own example and known digests.
struct DKIMBodyHashTests {
    static func canonical(_ text: String, _ canonicalization: DKIMBodyHash.Canonicalization) -> String {
        String(decoding: DKIMBodyHash.canonicalize(Array(text.utf8)[...], canonicalization), as: UTF8.self)
    }

    @Test func rfc6376Section345Example() {
        let body = " C \r\nD \t E\r\n\r\n\r\n"
        #expect(Self.canonical(body, .relaxed) == " C\r\nD E\r\n")
        #expect(Self.canonical(body, .simple) == " C \r\nD \t E\r\n")
    }

    @Test func emptyBodiesAndBareLineFeeds() {
        #expect(Self.canonical("", .simple) == "\r\n")
        #expect(Self.canonical("", .relaxed) == "")
        #expect(Self.canonical("\n\n", .relaxed) == "")
        #expect(Self.canonical("a\nb", .simple) == "a\r\nb\r\n")
        #expect(Self.canonical("a \n \nb\n\n", .relaxed) == "a\r\n\r\nb\r\n")
    }

    @Test func digestsMatchKnownValues() {
        // SHA-256 of "\r\n" and of "", as DKIM signers write them for empty bodies.
        #expect(Base64.encode(DKIMBodyHash.sha256([][...], .simple)) == "frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=")
        #expect(Base64.encode(DKIMBodyHash.sha256([][...], .relaxed)) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        // l= cuts the canonical body: the first 7 octets of "Hello world\r\n".
        #expect(
            DKIMBodyHash.sha256(Array("Hello  world \n".utf8)[...], .relaxed, length: 7)
                == SHA256.hash(Array("Hello w".utf8)))
        #expect(Base64.encode(Array("ab".utf8)) == "YWI=")
        // A negative or oversized l= cuts nothing (a hostile signature must not crash the hash).
        #expect(DKIMBodyHash.sha256(Array("a\n".utf8)[...], .simple, length: -5) == SHA256.hash(Array("a\r\n".utf8)))
        #expect(DKIMBodyHash.sha256(Array("a\n".utf8)[...], .simple, length: 99) == SHA256.hash(Array("a\r\n".utf8)))
    }
}
