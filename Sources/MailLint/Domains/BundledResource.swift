import MailParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files MailLint ships as package resources (`Sources/MailLint/Resources`), found
/// without SwiftPM's generated `Bundle.module`, which stops the process when the resource
/// folder is missing: a linter copied without its resources must still run and say why a
/// check is degraded, not crash.
enum BundledResource {
    /// The folder SwiftPM builds beside the executable.
    static let folderName = "MailLint_MailLint.resources"

    /// Why a resource could not be read.
    struct Missing: Error, CustomStringConvertible {
        /// The places looked in.
        var searched: [String]
        var description: String { "not found in \(searched.joined(separator: ", "))" }
    }

    /// The bytes of resource `name`: from the resource folder beside the running
    /// executable (symbolic links resolved), else from the source tree it was built from.
    static func bytes(named name: String) -> Result<[UInt8], Missing> {
        var candidates: [String] = []
        if let executable = executablePath() {
            candidates.append(directory(of: executable) + "/" + folderName + "/" + name)
        }
        candidates.append(directory(of: directory(of: "\(#filePath)")) + "/Resources/" + name)
        for path in candidates {
            if let bytes = try? FileInput.readAll(path) { return .success(bytes) }
        }
        return .failure(Missing(searched: candidates))
    }

    /// The running executable's path, symbolic links resolved (Linux: `/proc/self/exe`),
    /// else the path it was started by.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 {
            return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return CommandLine.arguments.first
    }

    /// The directory part of `path` ("." when it has none).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
