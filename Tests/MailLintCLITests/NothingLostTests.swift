import Foundation
import MailParser
import Testing

/// MailLint never changes what it reads, and inputs it cannot read are named, with exit 2,
/// while the others are still linted.
struct NothingLostTests {
    /// SHA-256, size and modification time of every file below `directory`.
    static func fingerprints(_ directory: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let bytes = Array(try Data(contentsOf: url))
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            result[url.path] = "\(SHA256.hexDigest(bytes)) \(bytes.count) \(modified)"
        }
        return result
    }

    @Test func readOnlyInputsAreLeftExactlyAsTheyWere() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer {
            chmodRecursively(directory, files: 0o644, directories: 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let copy = directory.appendingPathComponent("inputs")
        try FileManager.default.copyItem(atPath: RepositoryPaths.samples, toPath: copy.path)
        if let corpus = RepositoryPaths.corpus {
            try FileManager.default.copyItem(
                atPath: corpus + "/mbox", toPath: copy.appendingPathComponent("corpus-mbox").path)
        }
        chmodRecursively(copy, files: 0o444, directories: 0o555)
        let before = try Self.fingerprints(copy)
        #expect(before.count >= 8)
        for arguments in [
            ["--format", "text"], ["--format", "json"], ["--format", "sarif"], ["--jobs", "2"], ["inspect", "--links"],
        ] {
            let result = try BinaryRunner.run(arguments + [copy.path])
            #expect(result.status == 0 || result.status == 1, "\(arguments): \(result.standardError)")
        }
        #expect(try Self.fingerprints(copy) == before)
    }

    @Test func fifosAndOversizedFilesAreNamedAndTheOthersLinted() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.eml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let huge = directory.appendingPathComponent("huge.eml").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, off_t(FileInput.maxWholeFileBytes + 1)) == 0)  // sparse: no disk used
        let message = directory.appendingPathComponent("ok.eml")
        try Data("From: a@example.org\n\nhi\n".utf8).write(to: message)
        let result = try BinaryRunner.run(["--format", "jsonl", "--fail-on", "never", fifo, huge, message.path])
        #expect(result.status == 2)
        #expect(result.standardError.contains("pipe.eml: is a FIFO (named pipe); not read"))
        #expect(result.standardError.contains("huge.eml: is larger than the 256 MiB"))
        #expect(result.standardOutput.contains("ok.eml"))
    }
}

/// Sets permissions below `root` (the root included).
func chmodRecursively(_ root: URL, files: mode_t, directories: mode_t) {
    // Directories first from the top, so that a read-only tree can be walked and restored.
    chmod(root.path, directories)
    let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    while let url = enumerator?.nextObject() as? URL {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        chmod(url.path, isDirectory.boolValue ? directories : files)
    }
}
