import Foundation

/// Paths of the fixtures inside this repository and of the shared corpus beside it.
enum TestFiles {
    /// `Tests/MailParserTests/Fixtures/NAME`.
    static func fixture(_ name: String) -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + name)
        return Array((try? Data(contentsOf: url)) ?? Data())
    }

    /// `../shared/corpus` beside the package (or `$MAILLINT_CORPUS`), nil when absent.
    static var corpus: URL? {
        if let path = ProcessInfo.processInfo.environment["MAILLINT_CORPUS"] {
            return URL(fileURLWithPath: path)
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: corpus.path) ? corpus : nil
    }

    /// Every regular file below `directory` in the corpus, sorted.
    static func corpusFiles(under directory: String) -> [URL] {
        guard let corpus else { return [] }
        let base = corpus.appendingPathComponent(directory)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter {
            !$0.hasDirectoryPath && !$0.lastPathComponent.hasPrefix(".")
        }
        .sorted { $0.path < $1.path }
    }
}
