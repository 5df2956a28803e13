import Foundation
import MailLintFuzz
import Testing

/// Every input that once crashed, hung or exhausted memory under `.ci/fuzz` is kept in
/// `Crashers/<target>/` and replayed here through the same entry point. Each target also
/// runs on a few hostile seeds of its own, so the replay is exercised even when no crasher
/// is kept for it.
struct CrasherReplayTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Crashers")

    /// The kept inputs of `target`, sorted by name.
    static func crashers(of target: FuzzTarget) -> [URL] {
        let folder = directory.appendingPathComponent(target.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static let hostileSeeds: [[UInt8]] = [
        [], [0], Array(repeating: 0xFF, count: 300), Array("=?".utf8), Array("<".utf8), Array("\r\n\r\n".utf8),
        Array("From: =?utf-8?b?====?= <a@b>\r\nContent-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n".utf8),
        Array("a{b{c{d{e{f}}}}}@media{{{{".utf8), Array("<a href=x><a href=y><table><td><style>*{".utf8),
        // Found by reading the code, kept with the others: a negative l= and a year that
        // overflows seconds-since-1970 once crashed the DKIM and Date rules.
        Array(
            "From: a@b\nDKIM-Signature: v=1; a=rsa-sha256; l=-5; bh=x; h=from\nDate: 1 Jan 999999999999 00:00 +0000\n\nx\n"
                .utf8),
        Array("From: a@b\nDate: 1 Jan 9999 99:99:99 +9999\nList-Unsubscribe: <https://[::1/x>, <mailto:%zz>\n\n".utf8),
    ]

    @Test(arguments: FuzzTarget.allCases)
    func keptCrashersAndHostileSeedsRunToTheEnd(_ target: FuzzTarget) throws {
        for url in Self.crashers(of: target) {
            FuzzTarget.run(target, on: Array(try Data(contentsOf: url)))
        }
        for seed in Self.hostileSeeds { FuzzTarget.run(target, on: seed) }
    }

    @Test func everyCrasherFolderNamesATarget() throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.directory.path)) ?? []
        for name in names where !name.hasPrefix(".") {
            #expect(FuzzTarget(rawValue: name) != nil, "Crashers/\(name) is not a fuzz target")
        }
    }
}
