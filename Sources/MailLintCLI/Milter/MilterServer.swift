import Foundation
import MailLint

/// The milter daemon: accepts connections from the mail server, serves each on a thread of
/// its own (at most `GateSettings.maxConnections` at once: further connections wait in the
/// listen queue), lints every message with the current configuration, and answers.
///
/// `stop()` (SIGTERM) stops accepting and waits for the open connections to end;
/// `reload(_:)` (SIGHUP) swaps the configuration for the messages that follow.
final class MilterServer: @unchecked Sendable {
    /// What messages are linted with; replaced whole on reload.
    struct Setup: Sendable {
        var linter: Linter
        var settings: GateSettings
    }

    let address: MilterListenAddress
    let log: MilterLog
    /// How long a connection may stay silent before it is closed.
    let idleTimeoutSeconds: Int

    private let lock = NSLock()
    private var setup: Setup
    private var listenFD: Int32 = -1
    private var stopping = false
    private var active = 0
    private var connectionsServed = 0
    private let drained = NSCondition()
    private let slots: DispatchSemaphore

    init(address: MilterListenAddress, setup: Setup, log: MilterLog, idleTimeoutSeconds: Int = 600) {
        self.address = address
        self.setup = setup
        self.log = log
        self.idleTimeoutSeconds = idleTimeoutSeconds
        slots = DispatchSemaphore(value: max(1, setup.settings.maxConnections))
    }

    /// Binds and listens; the server is reachable when this returns.
    func start() throws(MilterSocketError) {
        listenFD = try MilterSocket.listen(at: address)
        log.event("listening", "listening at \(address.description)")
    }

    /// Accepts and serves connections until `stop()`, then waits for the open ones to end.
    func run() {
        while true {
            slots.wait()
            if isStopping {
                slots.signal()
                break
            }
            let fd = accept(listenFD, nil, nil)
            if fd < 0 {
                slots.signal()
                if isStopping { break }
                if errno == EINTR || errno == ECONNABORTED { continue }
                log.event("error", "accept: \(MilterSocket.lastError)")
                usleep(100_000)
                continue
            }
            let id = beginConnection()
            let thread = Thread { [self] in
                serve(fd, connection: id)
                close(fd)
                endConnection()
                slots.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        drained.lock()
        while active > 0 { drained.wait() }
        drained.unlock()
        close(listenFD)
        if case .unix(let path) = address { unlink(path) }
        log.event("stopped", "stopped after \(connectionsServedSoFar) connections")
    }

    /// Stops accepting; `run()` returns once the open connections have ended.
    func stop() {
        lock.lock()
        stopping = true
        lock.unlock()
        shutdown(listenFD, Int32(SHUT_RDWR))
        slots.signal()
    }

    /// Uses `newSetup` for the messages that follow.
    func reload(_ newSetup: Setup) {
        lock.lock()
        setup = newSetup
        lock.unlock()
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private var currentSetup: Setup {
        lock.lock()
        defer { lock.unlock() }
        return setup
    }

    private var connectionsServedSoFar: Int {
        lock.lock()
        defer { lock.unlock() }
        return connectionsServed
    }

    private func beginConnection() -> Int {
        drained.lock()
        active += 1
        drained.unlock()
        lock.lock()
        defer { lock.unlock() }
        connectionsServed += 1
        return connectionsServed
    }

    private func endConnection() {
        drained.lock()
        active -= 1
        drained.broadcast()
        drained.unlock()
    }

    // MARK: One connection

    /// Reads packets and answers them until the server says goodbye, the stream breaks or
    /// stops being the milter protocol; every problem is logged.
    func serve(_ fd: Int32, connection: Int) {
        MilterSocket.setReceiveTimeout(fd, seconds: idleTimeoutSeconds)
        var reader = MilterPacketReader()
        let settings = currentSetup.settings
        var session = MilterSession(
            maxMessageBytes: settings.maxMessageBytes, readsMail: settings.authenticatedOnly)
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 {
                if reader.isInsidePacket {
                    log.event("protocol", "connection closed in the middle of a packet", connection: connection)
                } else if session.isInsideMessage {
                    log.event("protocol", "connection closed in the middle of a message", connection: connection)
                }
                return
            }
            if count < 0 {
                if errno == EINTR { continue }
                let reason =
                    errno == EAGAIN || errno == EWOULDBLOCK
                    ? "no data for \(idleTimeoutSeconds) s; closed" : "read: \(MilterSocket.lastError)"
                log.event("connection", reason, connection: connection)
                return
            }
            reader.append(buffer[0..<count])
            do {
                while let packet = try reader.next() {
                    switch session.handle(packet) {
                    case .reply(let packets):
                        guard send(packets, fd, connection) else { return }
                    case .close:
                        return
                    case .failure(let reason):
                        log.event("protocol", reason + "; connection closed", connection: connection)
                        return
                    case .endOfMessage(let message):
                        let (verdict, pending) = judge(message, connection: connection)
                        guard send(session.ending(verdict.replies), fd, connection) else { return }
                        // A lint past its deadline was answered for; its thread ends before
                        // this connection reads on, so memory stays bounded.
                        pending?.wait()
                    }
                }
            } catch {
                if case .badLength(let length) = error {
                    log.event(
                        "protocol",
                        "a packet length of \(length) bytes (at most \(reader.maxLength) are read): not the milter "
                            + "protocol; connection closed", connection: connection)
                }
                return
            }
        }
    }

    private func send(_ packets: [MilterPacket], _ fd: Int32, _ connection: Int) -> Bool {
        guard !packets.isEmpty else { return true }
        guard MilterSocket.send(fd, packets.flatMap(\.bytes)) else {
            log.event("connection", "the mail server closed the connection before the reply", connection: connection)
            return false
        }
        return true
    }

    /// The verdict on `message`, logged; and, when the lint overran its deadline, a
    /// semaphore that is signalled when it has finished.
    func judge(_ message: MilterMessage, connection: Int) -> (GateVerdict, DispatchSemaphore?) {
        let setup = currentSetup
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
        if setup.settings.authenticatedOnly, message.authenticatedAs == nil {
            let verdict = GateVerdict.skipped(reason: "not from an authenticated client ({auth_authen} is empty)")
            log.message(message, verdict: verdict, milliseconds: elapsed(), connection: connection)
            return (verdict, nil)
        }
        guard !message.isTruncated else {
            let verdict = GateVerdict.fallback(
                reason: "the message (\(message.size) bytes) is larger than max-message-bytes "
                    + "(\(setup.settings.maxMessageBytes))", settings: setup.settings)
            log.message(message, verdict: verdict, milliseconds: elapsed(), connection: connection)
            return (verdict, nil)
        }
        let result = LintResult()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            result.set(Self.lint(message, with: setup))
            done.signal()
        }
        let deadline = setup.settings.deadlineMilliseconds
        if done.wait(timeout: .now() + .milliseconds(deadline)) == .timedOut {
            let verdict = GateVerdict.fallback(
                reason: "the lint took longer than deadline-ms (\(deadline))", settings: setup.settings)
            log.message(message, verdict: verdict, milliseconds: elapsed(), connection: connection)
            return (verdict, done)
        }
        let verdict = result.get()!
        log.message(message, verdict: verdict, milliseconds: elapsed(), connection: connection)
        return (verdict, nil)
    }

    /// Lints `message` and decides.
    static func lint(_ message: MilterMessage, with setup: Setup) -> GateVerdict {
        let context = setup.linter.messageContext(message.bytes, file: message.queueID ?? "-")
        let diagnostics = setup.linter.lint(context)
        return GateVerdict.linted(diagnostics, defects: context.defects, settings: setup.settings)
    }
}

/// A verdict handed from the lint's thread to the connection's.
private final class LintResult: @unchecked Sendable {
    private let lock = NSLock()
    private var value: GateVerdict?

    func set(_ verdict: GateVerdict) {
        lock.lock()
        value = verdict
        lock.unlock()
    }

    func get() -> GateVerdict? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
