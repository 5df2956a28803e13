import Dispatch

#if canImport(Glibc)
    import Glibc
#endif

/// A one-line progress count on standard error for long runs (more than two seconds),
/// redrawn at most ten times a second and erased at the end. The caller enables it only
/// when standard error is a terminal and the findings go elsewhere, so it never mixes into
/// piped or redirected output.
final class ProgressIndicator {
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private var messages = 0

    init(enabled: Bool) { self.enabled = enabled }

    /// Counts one linted message from `file`.
    func advance(file: String) {
        guard enabled else { return }
        messages += 1
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - start > 2_000_000_000, now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        drawn = true
        let name = file.count > 50 ? "…" + file.suffix(49) : file
        write("\r\u{1B}[2Klinted \(messages) messages · \(name)")
    }

    /// Erases the line.
    func finish() {
        guard drawn else { return }
        write("\r\u{1B}[2K")
    }

    private func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = Glibc.write(2, buffer.baseAddress, buffer.count) }
    }
}
