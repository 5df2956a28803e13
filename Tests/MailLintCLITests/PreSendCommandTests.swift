import Foundation
import Testing

/// `check` and `sendmail`: the message goes through byte for byte when it passes, and not
/// at all when it fails.
struct PreSendCommandTests {
    /// A message that passes, with every byte a mail pipeline may carry: CR LF, a bare LF, a
    /// bare CR, a NUL, 8-bit bytes, and no final line break.
    static let passing: [UInt8] =
        Array(
            "From: a@example.org\r\nSubject: s\r\nDate: Mon, 23 Nov 2026 09:00:00 +0000\r\nMessage-ID: <1@example.org>\r\n\r\n"
                .utf8)
        + [0x62, 0x00, 0xFF, 0xC3, 0xA9, 0x0A, 0x78, 0x0D, 0x79]
    static let failing = Array("To: b@example.net\r\n\r\nbody\r\n".utf8)

    @Test func checkPassesTheExactBytesThrough() throws {
        let result = try BinaryRunner.runBytes(
            ["check", "--pass-through", "--fail-on", "error", "-"], input: Self.passing)
        #expect(result.status == 0)
        #expect(result.standardOutput == Self.passing)
        #expect(result.standardError.contains("bare-line-ending"))  // warnings are reported, not blocking
    }

    @Test func checkWritesNothingWhenTheMessageFails() throws {
        let result = try BinaryRunner.runBytes(["check", "--pass-through", "-"], input: Self.failing)
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error[from-missing]"))
    }

    @Test func checkWithoutPassThroughPrintsNothingOnStandardOutput() throws {
        let result = try BinaryRunner.runBytes(["check", "-"], input: Self.passing)
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
        #expect(try BinaryRunner.runBytes(["check", "-"], input: []).status == 2)
        #expect(try BinaryRunner.runBytes(["check", "a.eml"], input: Self.passing).status == 2)
    }

    @Test func sendmailRunsTheMailerWithTheExactBytes() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let captured = directory.appendingPathComponent("captured.eml").path
        let result = try BinaryRunner.runBytes(
            ["sendmail", "--", "/bin/sh", "-c", "cat > '\(captured)'; exit 7"], input: Self.passing)
        #expect(result.status == 7)  // the mailer's own status
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: captured))) == Self.passing)
    }

    @Test func sendmailRefusesFailingMailWithDataError() throws {
        let directory = try BinaryRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let marker = directory.appendingPathComponent("ran").path
        let result = try BinaryRunner.runBytes(
            ["sendmail", "--", "/bin/sh", "-c", "touch '\(marker)'"], input: Self.failing)
        #expect(result.status == 65)
        #expect(!FileManager.default.fileExists(atPath: marker))
        #expect(result.standardError.contains("error[from-missing]"))
        // MailLint's own failures are EX_TEMPFAIL (75): Postfix's pipe(8) defers the message
        // instead of bouncing it (an unknown status such as 2 bounces, 5.3.0).
        #expect(try BinaryRunner.runBytes(["sendmail", "--", "/no/such/mailer"], input: Self.passing).status == 75)
        #expect(try BinaryRunner.runBytes(["sendmail"], input: Self.passing).status == 75)
        #expect(try BinaryRunner.runBytes(["sendmail", "--", "/bin/true"], input: []).status == 75)
        #expect(try BinaryRunner.runBytes(["check", "-"], input: []).status == 2)
    }

    @Test func controlBytesInExcerptsAreShownAsPictures() throws {
        let result = try BinaryRunner.runBytes(["--fail-on", "never", "-"], input: Self.passing)
        #expect(!result.standardOutput.contains(0))
        #expect(String(decoding: result.standardOutput, as: UTF8.self).contains("b\u{2400}"))
    }
}
