import Foundation

/// What `mail-lint lint --stats` prints on standard error at the end of a run: how much was
/// linted, how long it took, and the process's peak memory.
struct RunStatistics {
    let start = DispatchTime.now()

    /// The line, for `summary`.
    func line(_ summary: LintSummary) -> String {
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let rounded = (seconds * 1000).rounded() / 1000
        let memory = Self.peakResidentKilobytes().map { "\($0) KiB" } ?? "unknown"
        return
            "mail-lint: stats: \(summary.messages) message(s) in \(summary.files) file(s), \(rounded) s, peak memory \(memory)\n"
    }

    /// The peak resident set of this process: `VmHWM` of `/proc/self/status`, which covers
    /// this program only (`getrusage` would also count what the parent held before `exec`).
    static func peakResidentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.dropFirst(6).filter(\.isNumber))
        }
        return nil
    }
}
