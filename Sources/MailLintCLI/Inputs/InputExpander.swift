import Foundation
import MailParser

/// Turns the paths on a command line into inputs: files by extension or content,
/// directories walked recursively (sorted, hidden entries skipped, symlink loops cut),
/// Maildir folders as their messages, `-` as standard input.
enum InputExpander {
    static let messageExtensions: Set<String> = ["eml", "msg", "mail", "txt"]
    static let mboxExtensions: Set<String> = ["mbox", "mbx"]
    static let htmlExtensions: Set<String> = ["html", "htm"]

    /// The inputs in command-line order; within a directory, sorted by path.
    static func expand(_ paths: [String]) -> [InputSource] {
        var result: [InputSource] = []
        for path in paths {
            if path == "-" {
                result.append(.standardInput)
                continue
            }
            var visited: Set<String> = []
            expand(path, explicit: true, visited: &visited, into: &result)
        }
        return result
    }

    private static func expand(
        _ path: String, explicit: Bool, visited: inout Set<String>, into result: inout [InputSource]
    ) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            var linkInfo = stat()
            let dangling = lstat(path, &linkInfo) == 0 && (linkInfo.st_mode & S_IFMT) == S_IFLNK
            result.append(.unreadable(path: path, reason: dangling ? "symbolic link to nothing (\(reason))" : reason))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            let identity = "\(info.st_dev):\(info.st_ino)"
            guard visited.insert(identity).inserted else {
                result.append(
                    .unreadable(path: path, reason: "directory loop through a symbolic link; not walked again"))
                return
            }
            defer { visited.remove(identity) }
            if Maildir.isMaildir(path) {
                for (index, file) in Maildir.messageFiles(path).enumerated() {
                    result.append(.messageFile(path: file, maildirIndex: index))
                }
                return
            }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                result.append(.unreadable(path: path, reason: "directory cannot be listed (permission denied?)"))
                return
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            for name in names.sorted() where !name.hasPrefix(".") {
                expand(base + "/" + name, explicit: false, visited: &visited, into: &result)
            }
        case S_IFREG:
            let source = classify(path, explicit: explicit)
            // Inside a directory, files that are not mail (a README, an image) are passed
            // over quietly; a file named on the command line is always accounted for.
            if explicit || !source.isSkipped { result.append(source) }
        default:
            if explicit {
                let kind =
                    (info.st_mode & S_IFMT) == S_IFIFO ? "is a FIFO (named pipe); not read" : "is not a regular file"
                result.append(.unreadable(path: path, reason: kind))
            }
        }
    }

    /// Decides what a regular file is: by extension, else by its first bytes.
    static func classify(_ path: String, explicit: Bool) -> InputSource {
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        let ext = name.lastIndex(of: ".").map { String(name[name.index(after: $0)...]).lowercased() } ?? ""
        if mboxExtensions.contains(ext) { return .mbox(path: path) }
        if htmlExtensions.contains(ext) { return .html(path: path) }
        if messageExtensions.contains(ext) && ext != "txt" { return .messageFile(path: path, maildirIndex: nil) }
        if !ext.isEmpty && ext != "txt" && !explicit {
            return .skipped(path: path, reason: "not a mail file extension")
        }
        // No known extension (or .txt, which may be anything): look at the content.
        let head: [UInt8]
        do {
            head = try FileInput(path: path).read(upTo: 4096)
        } catch {
            return .unreadable(path: path, reason: error.reason)
        }
        switch ContentSniffer.kind(of: head) {
        case .mbox: return .mbox(path: path)
        case .message: return .messageFile(path: path, maildirIndex: nil)
        case .html: return .html(path: path)
        case .empty: return .skipped(path: path, reason: "empty file")
        case .binary: return .skipped(path: path, reason: "binary data, not a message")
        case .unknown:
            return explicit
                ? .messageFile(path: path, maildirIndex: nil)
                : .skipped(path: path, reason: "not recognised as a message, an mbox or HTML")
        }
    }
}

/// Guesses what a file without a known extension holds from its first bytes.
enum ContentSniffer {
    enum Kind { case mbox, message, html, empty, binary, unknown }

    static func kind(of head: [UInt8]) -> Kind {
        var bytes = head[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let trimmed = bytes.drop(while: ASCII.isWhitespaceOrLineBreak)
        if trimmed.isEmpty { return .empty }
        if bytes.contains(0) { return .binary }
        if bytes.starts(with: Array("From ".utf8)) { return .mbox }
        if ASCII.hasPrefixIgnoringCase(trimmed, "<!doctype html") || ASCII.hasPrefixIgnoringCase(trimmed, "<html") {
            return .html
        }
        // A header field on the first line: "Name:" with a printable ASCII name.
        if let colon = bytes.firstIndex(of: ASCII.colon), colon > bytes.startIndex,
            bytes[bytes.startIndex..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
        {
            return .message
        }
        return .unknown
    }
}
