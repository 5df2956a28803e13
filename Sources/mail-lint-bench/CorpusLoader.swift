import Foundation
import MailParser

/// Loads every message of a corpus folder into memory before anything is timed.
enum CorpusLoader {
    /// The messages below `root` (`.eml` files and the messages of `.mbox` files), sorted by path.
    static func load(_ root: String) -> [[UInt8]] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var messages: [[UInt8]] = []
        let paths = enumerator.compactMap { $0 as? String }.sorted()
        for relative in paths {
            let path = root + "/" + relative
            if relative.hasSuffix(".eml"), let bytes = try? FileInput.readAll(path) {
                messages.append(bytes)
            } else if relative.hasSuffix(".mbox"), let reader = try? MboxReader(path: path) {
                messages += reader.map { (message: MboxMessage) in message.bytes }
            }
        }
        return messages
    }
}
