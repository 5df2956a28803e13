import Testing

@testable import MailHTML

/// The libxml2 document wrapper: parses with recovery, frees once, never crashes on junk.
struct HTMLDocumentTests {
    @Test func parsesBrokenHTML() {
        let document = HTMLDocument(bytes: Array("<html><body><p>unclosed <b>tags<table><tr><td>cell".utf8))
        #expect(!document.isEmpty)
    }

    @Test func emptyInputGivesAnEmptyDocument() {
        #expect(HTMLDocument(bytes: []).isEmpty)
    }

    @Test func manyDocumentsInARow() {
        for index in 0..<1_000 {
            let document = HTMLDocument(bytes: Array("<p>\(index)</p>".utf8))
            #expect(!document.isEmpty)
        }
    }
}
