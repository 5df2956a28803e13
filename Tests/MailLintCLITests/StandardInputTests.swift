import Foundation
import Testing

/// Standard input that cannot be read is a clear error (exit 2; 75, EX_TEMPFAIL, for the
/// sendmail wrapper, so the mail server tries again), never a crash, for every subcommand
/// that reads it; and it has the size limit of a single message file.
struct StandardInputTests {
    /// Every way to read a message from standard input; the mailer would leave a mark if run.
    static let readers = [
        "check -", "check --pass-through -", "lint -", "inspect -", "sendmail -- /bin/sh -c 'touch \"$MARK\"'",
    ]

    /// Five times each: descriptor 0 left free was once taken by a descriptor the process
    /// opened itself (Dispatch's), and "standard input" read that ("Invalid argument").
    @Test(arguments: readers) func closedStandardInputIsAnErrorNotACrash(command: String) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let mark = directory.appendingPathComponent("mailer-ran").path
        for _ in 0..<5 {
            let result = try BinaryRunner.runShell("MARK='\(mark)' \"$MAIL_LINT\" \(command) <&-")
            #expect(result.status == (command.hasPrefix("sendmail") ? 75 : 2))
            #expect(result.standardError.contains("error: -: standard input is closed; no message"))
            #expect(!result.standardError.contains("Fatal error"))
            #expect(!FileManager.default.fileExists(atPath: mark))
        }
    }

    @Test(arguments: readers) func directoryAsStandardInputIsAnErrorNotACrash(command: String) throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let mark = directory.appendingPathComponent("mailer-ran").path
        let result = try BinaryRunner.runShell("MARK='\(mark)' \"$MAIL_LINT\" \(command) < '\(directory.path)'")
        #expect(result.status == (command.hasPrefix("sendmail") ? 75 : 2))
        #expect(result.standardError.contains("error: -: standard input is a directory; no message"))
        #expect(!FileManager.default.fileExists(atPath: mark))
    }

    /// A message several times larger than the first read of standard input, through a pipe
    /// (read as it grows) and from a file (read in place at its size): passed through byte
    /// for byte.
    @Test func aLargeMessageIsReadWholeFromAPipeAndFromAFile() throws {
        let line = Array("The same line of the body, again and again, to fill many reads of the input.\r\n".utf8)
        var message = Array(
            "From: a@example.org\r\nSubject: s\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n\r\n"
                .utf8)
        for _ in 0..<4_000 { message += line }
        #expect(message.count > 4 * 65_536)
        let piped = try BinaryRunner.runBytes(["check", "--pass-through", "--fail-on", "error", "-"], input: message)
        #expect(piped.status == 0)
        #expect(piped.standardOutput == message)

        let directory = try BinaryRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("large.eml")
        let output = directory.appendingPathComponent("out.eml")
        try Data(message).write(to: input)
        let redirected = try BinaryRunner.runShell(
            "\"$MAIL_LINT\" check --pass-through --fail-on error - < '\(input.path)' > '\(output.path)'")
        #expect(redirected.status == 0)
        #expect(try Array(Data(contentsOf: output)) == message)
    }

    /// 256 MiB + 1 byte through a pipe: refused as a file of that size is, nothing written out.
    @Test func standardInputLargerThanTheFileLimitIsRefused() throws {
        let result = try BinaryRunner.runShell(
            "head -c \(256 * 1024 * 1024 + 1) /dev/zero | \"$MAIL_LINT\" check --pass-through -")
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError.contains(
                "error: -: standard input is larger than the 256 MiB a single message may be; not linted"))
    }
}
