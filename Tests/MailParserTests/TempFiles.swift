import Foundation

/// Writes `text` to a new temporary file and returns its path.
func temporaryFile(_ text: String) -> String {
    let path = NSTemporaryDirectory() + "maillint-test-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}
