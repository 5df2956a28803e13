import Foundation
import Testing

@testable import MailParser

/// Every message of `../shared/corpus` parses, and every header field's recorded position
/// points at that field's name in the file's own bytes. Skipped (with a message) when the
/// corpus is not beside the package.
struct CorpusTests {
    static let available = TestFiles.corpus != nil

    static func checkFieldPositions(_ message: Message, fileBytes: [UInt8], file: String) -> Int {
        var checked = 0
        for part in message.root.allParts {
            for field in part.header.fields {
                let location = field.location
                let name = Array(field.name.utf8)
                let slice = fileBytes[location.offset..<min(fileBytes.count, location.offset + name.count)]
                #expect(Array(slice) == name, "\(file): \(field.name) at \(location)")
                // The line and column agree with a line count of the file itself.
                let lines = LineIndex(fileBytes).location(of: location.offset)
                #expect(lines.line == location.line && lines.column == location.column, "\(file): \(field.name)")
                checked += 1
            }
        }
        return checked
    }

    @Test(.enabled(if: available, "../shared/corpus not found beside the package; corpus tests skipped"))
    func everySingleMessageFileParses() throws {
        var files = 0
        var fields = 0
        for url in TestFiles.corpusFiles(under: "eml") + TestFiles.corpusFiles(under: "malformed") {
            let bytes = Array(try Data(contentsOf: url))
            let message = MessageParser.parse(bytes)
            #expect(!message.leafParts.isEmpty, "\(url.lastPathComponent) has no leaf part")
            for part in message.leafParts {
                _ =
                    part.contentType.isText
                    ? message.decodedText(of: part).text.count : message.decodedBody(of: part).bytes.count
                #expect(part.bodyRange.upperBound <= bytes.count)
            }
            fields += Self.checkFieldPositions(message, fileBytes: bytes, file: url.lastPathComponent)
            files += 1
        }
        #expect(files >= 800, "the corpus has 807 single-message files")
        #expect(fields > 10_000)
    }

    @Test(.enabled(if: available, "../shared/corpus not found beside the package; corpus tests skipped"))
    func everyMboxSplitsAndPointsIntoTheFile() throws {
        var messages = 0
        for url in TestFiles.corpusFiles(under: "mbox") {
            let fileBytes = Array(try Data(contentsOf: url))
            for entry in try MboxReader(path: url.path) {
                let message = MessageParser.parse(entry.bytes, origin: entry.origin)
                _ = Self.checkFieldPositions(message, fileBytes: fileBytes, file: url.lastPathComponent)
                messages += 1
            }
        }
        // Separator lines: content-length 29, issue1189 4, simple 3, unmunged 2 (its two
        // unquoted "From Russia with love" body lines are not separators), spamassassin 3.
        #expect(messages == 41)
    }

    @Test(.enabled(if: available, "../shared/corpus not found beside the package; corpus tests skipped"))
    func everyDefectHasARangeInsideItsMessage() throws {
        for url in TestFiles.corpusFiles(under: "malformed") {
            let bytes = Array(try Data(contentsOf: url))
            let message = MessageParser.parse(bytes)
            for defect in message.defects {
                #expect(defect.range.upperBound <= bytes.count, "\(url.lastPathComponent): \(defect.kind)")
                #expect(!defect.evidence.isEmpty)
            }
        }
    }
}
