import MailParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The standard descriptors a process may be started without (`mail-lint - <&-`,
/// `>&-`). A closed one is free, and the next file, socket or queue the process opens
/// (Dispatch opens its own) would take its number: standard input would then read that,
/// and a report would be written into it.
public enum StandardDescriptors {
    /// Holds each closed descriptor of 0, 1 and 2 on `/dev/null`, before anything else is
    /// opened; returns whether standard input was one of them (reading it is then the
    /// error `FileReadError.standardInputClosed`, not an empty message).
    public static func holdClosedOnes() -> Bool {
        var inputWasClosed = false
        for descriptor: Int32 in [0, 1, 2] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // The lowest free descriptor is this one: every lower one is open.
            let held = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if held >= 0, held != descriptor {
                dup2(held, descriptor)
                close(held)
            }
            if descriptor == 0 { inputWasClosed = true }
        }
        return inputWasClosed
    }

    /// How the command reads standard input: as usual (nil), or, when it was closed at
    /// start, as the error `FileReadError.standardInputClosed`.
    public static func standardInput(wasClosed: Bool) -> (() -> Result<[UInt8], FileReadError>)? {
        wasClosed ? { .failure(.standardInputClosed) } : nil
    }
}
