import Foundation

/// Paths in this repository and beside it, found from this file's location.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samples = root.appendingPathComponent("Samples").path
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    /// `../shared/corpus`, or nil when it is not beside the checkout.
    static var corpus: String? {
        let path = shared.appendingPathComponent("corpus").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
    static var sarifSchema: [UInt8]? {
        (try? Data(contentsOf: shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json"))).map(Array.init)
    }
}
