import Foundation
import MailParser

/// Every input of a corpus folder, loaded into memory before anything is timed, read as
/// the CLI reads them: `.eml` files and other message files, the messages of `.mbox`
/// files, the messages of Maildir folders, and HTML templates (`.html`, `.htm`).
struct Corpus {
    /// The messages, in path order (mbox and Maildir messages in their order inside).
    var messages: [[UInt8]] = []
    /// The HTML templates, in path order.
    var templates: [[UInt8]] = []
    /// How many messages came from mbox files and from Maildir folders.
    var mboxMessages = 0
    var maildirMessages = 0

    var messageBytes: Int { messages.reduce(0) { $0 + $1.count } }
    var templateBytes: Int { templates.reduce(0) { $0 + $1.count } }
}

/// Loads a `Corpus`. Files are told apart by the CLI's extensions (`InputExpander`); the
/// files the CLI recognises by their content alone (no extension) are not loaded here.
enum CorpusLoader {
    static let messageExtensions: Set<String> = ["eml", "msg", "mail"]
    static let mboxExtensions: Set<String> = ["mbox", "mbx"]
    static let htmlExtensions: Set<String> = ["html", "htm"]

    /// The inputs below `root`, sorted by path.
    static func load(_ root: String) -> Corpus {
        var corpus = Corpus()
        walk(root, into: &corpus)
        return corpus
    }

    private static func walk(_ directory: String, into corpus: inout Corpus) {
        if Maildir.isMaildir(directory) {
            for file in Maildir.messageFiles(directory) {
                guard let bytes = try? FileInput.readAll(file) else { continue }
                corpus.messages.append(bytes)
                corpus.maildirMessages += 1
            }
            return
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            let path = directory + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                walk(path, into: &corpus)
                continue
            }
            let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
            if messageExtensions.contains(ext) {
                if let bytes = try? FileInput.readAll(path) { corpus.messages.append(bytes) }
            } else if mboxExtensions.contains(ext), let reader = try? MboxReader(path: path) {
                let members = reader.map { (message: MboxMessage) in message.bytes }
                corpus.messages += members
                corpus.mboxMessages += members.count
            } else if htmlExtensions.contains(ext) {
                if let bytes = try? FileInput.readAll(path) { corpus.templates.append(bytes) }
            }
        }
    }
}
