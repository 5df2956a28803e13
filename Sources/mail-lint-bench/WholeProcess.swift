import Foundation

/// The `mail-lint` binary run over a whole corpus folder in one process (messages, mboxes,
/// Maildirs and templates, read from disk as a user's run reads them), against a floor
/// measured in the same run: MailParser's parse of every message plus the bare libxml2
/// parse of every HTML part and every template. Each repetition times one process run and
/// then one floor pass, so both halves of a pair see the same machine.
enum WholeProcess {
    /// The times of each repetition's process run and floor pass, in seconds.
    struct Pairs {
        var process: [Double] = []
        var floor: [Double] = []

        /// The ratio process / floor of each pair, sorted.
        var ratios: [Double] { zip(process, floor).map { $0 / max($1, 1e-9) }.sorted() }
    }

    /// The `mail-lint` built beside this benchmark (same configuration, same folder).
    static func binaryBesideBench() -> String {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("mail-lint").path
    }

    /// The command line of one run: one job, as the floor is one thread; the report is
    /// written (to /dev/null) like any run's.
    static func arguments(root: String) -> [String] {
        ["lint", "--jobs", "1", "--quiet", "--fail-on", "never", "--format", "jsonl", root]
    }

    /// Runs `binary` over `root` and `floor` alternately, `repetitions` times.
    static func measure(binary: String, root: String, repetitions: Int, floor: () -> Void) -> Pairs {
        var pairs = Pairs()
        for _ in 0..<repetitions {
            guard let seconds = runOnce(binary: binary, root: root) else { return Pairs() }
            pairs.process.append(seconds)
            let start = DispatchTime.now().uptimeNanoseconds
            floor()
            pairs.floor.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return pairs
    }

    /// The wall-clock time of one run, from the spawn to the exit (`posix_spawn` and
    /// `waitpid`: Foundation's `Process` notices an exit only at its next poll, tens of
    /// milliseconds late); nil, with a message on standard error, when the binary cannot be
    /// started or fails.
    private static func runOnce(binary: String, root: String) -> Double? {
        let argv = ([binary] + arguments(root: root)).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else {
            FileHandle.standardError.write(
                Data("mail-lint-bench: cannot run \(binary): \(String(cString: strerror(spawned)))\n".utf8))
            return nil
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // Exited normally (no signal) with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            FileHandle.standardError.write(Data("mail-lint-bench: \(binary) failed (wait status \(status))\n".utf8))
            return nil
        }
        return seconds
    }
}
