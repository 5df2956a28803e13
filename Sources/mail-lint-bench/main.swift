import Foundation
import MailParser

// mail-lint-bench [CORPUS] [--repetitions N] [--json]
//
// Build and run in release mode:
//   swift run -c release mail-lint-bench ../shared/corpus
//
// Stage "parse": MailParser alone — structure, header decoding (From, To, Subject),
// transfer and charset decoding of every text part. Attachments are not decoded, as in
// linting. More stages (bare libxml2, HTML analysis, the full lint) join as they land.

var arguments = Array(CommandLine.arguments.dropFirst())
var repetitions = 5
var asJSON = false
if let index = arguments.firstIndex(of: "--repetitions"), index + 1 < arguments.count {
    repetitions = max(1, Int(arguments[index + 1]) ?? 5)
    arguments.removeSubrange(index...(index + 1))
}
if let index = arguments.firstIndex(of: "--json") {
    asJSON = true
    arguments.remove(at: index)
}
let root = arguments.first ?? "../shared/corpus"
let messages = CorpusLoader.load(root)
guard !messages.isEmpty else {
    FileHandle.standardError.write(Data("mail-lint-bench: no messages under \(root)\n".utf8))
    exit(2)
}
let totalBytes = messages.reduce(0) { $0 + $1.count }

var sink = 0
let parse = Measurement.run("parse", repetitions: repetitions, bytes: totalBytes, messages: messages.count) {
    for bytes in messages {
        let message = MessageParser.parse(bytes)
        sink &+= AddressParser.parse(message.header.all("From")).mailboxes.count
        sink &+= AddressParser.parse(message.header.all("To")).mailboxes.count
        if let subject = message.header.first("Subject") {
            sink &+= EncodedWordDecoder.decode(subject.rawValue).text.utf8.count
        }
        for part in message.leafParts where part.contentType.isText {
            sink &+= message.decodedText(of: part).text.utf8.count
        }
    }
}

if asJSON {
    print(parse.json)
} else {
    print("corpus: \(root): \(messages.count) messages, \(totalBytes) bytes; \(repetitions) repetitions")
    print(parse.text)
}
if sink == 42 { print("") }  // keeps the work observable to the optimiser
