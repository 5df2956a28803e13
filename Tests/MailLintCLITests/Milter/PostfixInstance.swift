import Foundation

@testable import MailLintCLI

/// A private Postfix instance for the integration tests: its own configuration, queue and
/// Maildir in a temporary directory, SMTP on a loopback port, `smtpd_milters` pointing at
/// a socket, mail for `inbox.test` delivered by `virtual(8)` into one Maildir. It never
/// touches the system's Postfix (`/etc/postfix` is only read for `postfix-files`).
final class PostfixInstance {
    /// Why the tests cannot run here, or nil when they can: Postfix installed (Debian's
    /// `postfix`, which `.ci/run` installs) and root, which Postfix's master needs.
    static var unavailableReason: String? {
        if !FileManager.default.isExecutableFile(atPath: "/usr/sbin/postfix") {
            return "Postfix is not installed (apt-get install postfix; .ci/run installs it)"
        }
        if getuid() != 0 { return "a private Postfix instance needs root" }
        if getpwnam("postfix") == nil { return "the postfix user is missing" }
        return nil
    }

    let root: URL
    let port: UInt16
    var configuration: URL { root.appendingPathComponent("conf") }
    var mailbox: URL { root.appendingPathComponent("mail/inbox/new") }

    /// Writes the instance's files; `milter` is the `smtpd_milters` value.
    init(milter: String) throws {
        root = URL(fileURLWithPath: "/tmp/maillint-postfix-\(UUID().uuidString.prefix(8))")
        port = try Self.freePort()
        let manager = FileManager.default
        for directory in ["conf", "queue", "data", "mail"] {
            try manager.createDirectory(
                at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        chmod(root.path, 0o755)
        chmod(root.appendingPathComponent("mail").path, 0o777)
        if let postfix = getpwnam("postfix") {
            chown(root.appendingPathComponent("data").path, postfix.pointee.pw_uid, postfix.pointee.pw_gid)
        }
        let main = """
            compatibility_level = 3.6
            meta_directory = /etc/postfix
            queue_directory = \(root.path)/queue
            data_directory = \(root.path)/data
            mail_owner = postfix
            setgid_group = postdrop
            myhostname = mx.maillint.test
            mydomain = maillint.test
            inet_interfaces = loopback-only
            inet_protocols = ipv4
            mydestination =
            mynetworks = 127.0.0.0/8
            relay_domains =
            alias_maps =
            alias_database =
            smtputf8_enable = no
            smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
            virtual_mailbox_domains = inbox.test
            virtual_mailbox_base = \(root.path)/mail
            virtual_mailbox_maps = static:inbox/
            virtual_uid_maps = static:65534
            virtual_gid_maps = static:65534
            smtpd_milters = \(milter)
            milter_default_action = tempfail
            milter_protocol = 6
            maillog_file = \(root.path)/maillog
            maillog_file_prefixes = \(root.path)

            """
        // Every service unchrooted, SMTP on the loopback port.
        let master = """
            127.0.0.1:\(port) inet n - n - - smtpd
            pickup unix n - n 60 1 pickup
            cleanup unix n - n - 0 cleanup
            qmgr unix n - n 300 1 qmgr
            rewrite unix - - n - - trivial-rewrite
            bounce unix - - n - 0 bounce
            defer unix - - n - 0 bounce
            trace unix - - n - 0 bounce
            verify unix - - n - 1 verify
            flush unix n - n 1000? 0 flush
            proxymap unix - - n - - proxymap
            showq unix n - n - - showq
            error unix - - n - - error
            retry unix - - n - - error
            discard unix - - n - - discard
            local unix - n n - - local
            virtual unix - n n - - virtual
            smtp unix - - n - - smtp
            relay unix - - n - - smtp
            anvil unix - - n - 1 anvil
            scache unix - - n - 1 scache
            postlog unix-dgram n - n - 1 postlogd

            """
        try main.write(to: configuration.appendingPathComponent("main.cf"), atomically: true, encoding: .utf8)
        try master.write(to: configuration.appendingPathComponent("master.cf"), atomically: true, encoding: .utf8)
    }

    /// Starts Postfix and waits until it answers on its port.
    func start() throws {
        try Self.run(["/usr/sbin/postfix", "-c", configuration.path, "start"])
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let fd = try? MilterSocket.connect(to: .inet(host: "127.0.0.1", port: port)) {
                close(fd)
                return
            }
            usleep(50_000)
        }
        throw PostfixError("Postfix did not listen on 127.0.0.1:\(port): \(log)")
    }

    /// Stops Postfix, waits for its master to exit, and removes the instance's files.
    func stop() {
        _ = try? Self.run(["/usr/sbin/postfix", "-c", configuration.path, "stop"])
        let pidFile = root.appendingPathComponent("queue/pid/master.pid").path
        let deadline = Date().addingTimeInterval(15)
        while FileManager.default.fileExists(atPath: pidFile), Date() < deadline { usleep(50_000) }
        try? FileManager.default.removeItem(at: root)
    }

    /// The messages delivered so far, as stored (Maildir files, LF line breaks).
    var delivered: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: mailbox.path)) ?? []
        return names.sorted().compactMap {
            try? String(contentsOf: mailbox.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// Waits until `count` messages are delivered (or ten seconds pass).
    func waitForDeliveries(_ count: Int) -> [String] {
        let deadline = Date().addingTimeInterval(10)
        while delivered.count < count, Date() < deadline { usleep(50_000) }
        return delivered
    }

    /// The queue as `postqueue -j` lists it: one JSON object per message.
    var queue: [[String: Any]] {
        let output = (try? Self.run(["/usr/sbin/postqueue", "-c", configuration.path, "-j"])) ?? ""
        return output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    var log: String { (try? String(contentsOf: root.appendingPathComponent("maillog"), encoding: .utf8)) ?? "" }

    /// Sends `message` over SMTP; the reply to the end of DATA (or to the first command
    /// refused), as "code text".
    func send(_ message: String, from sender: String, to recipient: String) throws -> String {
        let fd = try MilterSocket.connect(to: .inet(host: "127.0.0.1", port: port))
        defer { close(fd) }
        MilterSocket.setReceiveTimeout(fd, seconds: 30)
        var pending: [UInt8] = []
        func reply() -> String {
            var lines: [String] = []
            while true {
                if let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                        .trimmingCharacters(in: .whitespacesAndNewlines)
                    pending.removeSubrange(...newline)
                    lines.append(line)
                    if line.count < 4 || line[line.index(line.startIndex, offsetBy: 3)] != "-" {
                        return lines.joined(separator: "\n")
                    }
                    continue
                }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count <= 0 { return (lines + ["(connection closed)"]).joined(separator: "\n") }
                pending += buffer[0..<count]
            }
        }
        func command(_ line: String, expect: String) -> String? {
            _ = MilterSocket.send(fd, Array((line + "\r\n").utf8))
            let answer = reply()
            return answer.hasPrefix(expect) ? nil : answer
        }
        let greeting = reply()
        guard greeting.hasPrefix("220") else { return greeting }
        for (line, expect) in [
            ("EHLO client.maillint.test", "250"), ("MAIL FROM:<\(sender)>", "250"), ("RCPT TO:<\(recipient)>", "250"),
            ("DATA", "354"),
        ] {
            if let refused = command(line, expect: expect) { return refused }
        }
        // Dot-stuffing (RFC 5321 §4.5.2), then the end of data.
        let stuffed = message.components(separatedBy: "\r\n").map { $0.hasPrefix(".") ? "." + $0 : $0 }
            .joined(separator: "\r\n")
        _ = MilterSocket.send(fd, Array((stuffed + (stuffed.hasSuffix("\r\n") ? "" : "\r\n") + ".\r\n").utf8))
        let answer = reply()
        _ = command("QUIT", expect: "221")
        return answer
    }

    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let reader = PipeReader(output.fileHandleForReading)
        process.waitUntilExit()
        let text = String(decoding: reader.wait(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            throw PostfixError("\(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(text)")
        }
        return text
    }

    /// A loopback port nothing listens on now.
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw PostfixError("no free port") }
        return UInt16(bigEndian: address.sin_port)
    }
}

struct PostfixError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
