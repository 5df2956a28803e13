import Foundation

/// The sockets the milter uses, through Glibc: a listening socket for a `MilterListenAddress`,
/// and whole-buffer sends that never raise SIGPIPE.
enum MilterSocket {
    /// A socket listening at `address`. A Unix socket path that holds a stale socket (no one
    /// answers on it) is replaced; one where a process answers, or a path that is not a
    /// socket, is an error: nothing that belongs to someone else is removed.
    static func listen(at address: MilterListenAddress, backlog: Int32 = 64) throws(MilterSocketError) -> Int32 {
        switch address {
        case .unix(let path):
            var info = stat()
            if lstat(path, &info) == 0 {
                guard info.st_mode & S_IFMT == S_IFSOCK else {
                    throw MilterSocketError("\(path) exists and is not a socket; it is left as it is")
                }
                if let probe = try? connect(to: address) {
                    close(probe)
                    throw MilterSocketError("another process is listening at \(path)")
                }
                unlink(path)
            }
            let fd = try bound(to: address, label: path)
            // The mail server runs as another user (postfix): it must be able to connect.
            chmod(path, 0o666)
            return try listening(fd, backlog: backlog, address: address)
        case .inet(let host, let port):
            return try listening(bound(to: address, label: "\(host):\(port)"), backlog: backlog, address: address)
        }
    }

    /// A new socket bound to `address` (with `SO_REUSEADDR` for TCP); `label` names the
    /// address in an error.
    private static func bound(to address: MilterListenAddress, label: String) throws(MilterSocketError) -> Int32 {
        let fd = socket(address.isUnix ? AF_UNIX : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw MilterSocketError("socket: \(lastError)") }
        if !address.isUnix {
            var yes: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        }
        guard withSocketAddress(address, { bind(fd, $0, $1) }) == 0 else {
            let reason = lastError
            close(fd)
            throw MilterSocketError("bind \(label): \(reason)")
        }
        return fd
    }

    /// A connected socket to `address` (the tests' client, and the stale-socket probe).
    static func connect(to address: MilterListenAddress) throws(MilterSocketError) -> Int32 {
        let family = address.isUnix ? AF_UNIX : AF_INET
        let fd = socket(family, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw MilterSocketError("socket: \(lastError)") }
        let connected = withSocketAddress(address) { Glibc.connect(fd, $0, $1) }
        guard connected == 0 else {
            let reason = lastError
            close(fd)
            throw MilterSocketError("connect \(address.description): \(reason)")
        }
        return fd
    }

    /// Sends all of `bytes`; false when the peer is gone.
    static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let sent = Glibc.send(fd, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if sent < 0 && errno == EINTR { continue }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    /// Makes reads on `fd` give up after `seconds` without data.
    static func setReceiveTimeout(_ fd: Int32, seconds: Int) {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    static var lastError: String { String(cString: strerror(errno)) }

    private static func listening(_ fd: Int32, backlog: Int32, address: MilterListenAddress) throws(MilterSocketError)
        -> Int32
    {
        guard Glibc.listen(fd, backlog) == 0 else {
            let reason = lastError
            close(fd)
            throw MilterSocketError("listen \(address.description): \(reason)")
        }
        return fd
    }

    /// Calls `body` with `address` as the C library takes it: a `sockaddr` and its length.
    private static func withSocketAddress<Result>(
        _ address: MilterListenAddress, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result {
        switch address {
        case .unix(let path):
            var socketAddress = sockaddr_un()
            socketAddress.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &socketAddress.sun_path) { buffer in
                let bytes = Array(path.utf8.prefix(buffer.count - 1))
                buffer.copyBytes(from: bytes)
                buffer[bytes.count] = 0
            }
            return withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        case .inet(let host, let port):
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = port.bigEndian
            socketAddress.sin_addr.s_addr = inet_addr(host)
            return withUnsafePointer(to: &socketAddress) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    body($0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
    }
}

/// A socket that cannot be set up, with the reason.
struct MilterSocketError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension MilterListenAddress {
    var isUnix: Bool {
        if case .unix = self { return true }
        return false
    }
}
