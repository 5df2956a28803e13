import Foundation

/// A Maildir folder (`cur/`, `new/`, `tmp/`): which messages it holds.
public enum Maildir {
    /// Whether `path` is a Maildir: a directory with `cur` and `new` subdirectories.
    public static func isMaildir(_ path: String) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        for sub in ["cur", "new"] {
            guard manager.fileExists(atPath: path + "/" + sub, isDirectory: &isDirectory), isDirectory.boolValue else {
                return false
            }
        }
        return true
    }

    /// The message files of the Maildir at `path`: `cur/` then `new/`, each sorted by name,
    /// hidden files left out. `tmp/` holds messages still being delivered and is skipped.
    public static func messageFiles(_ path: String) -> [String] {
        var files: [String] = []
        for sub in ["cur", "new"] {
            let directory = path + "/" + sub
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") { files.append(directory + "/" + name) }
        }
        return files
    }
}
