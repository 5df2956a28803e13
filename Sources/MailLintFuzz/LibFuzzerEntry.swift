import Glibc

/// The target `MAILLINT_FUZZ_TARGET` names (default: `lint`), read once.
let selectedTarget: FuzzTarget = {
    guard let name = getenv("MAILLINT_FUZZ_TARGET").map({ String(cString: $0) }) else { return .lint }
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        let message = Array("MAILLINT_FUZZ_TARGET=\(name) is not a target (\(names))\n".utf8)
        _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        exit(2)
    }
    return target
}()

/// libFuzzer's entry point: one input, run through the selected target. Unused outside a
/// `-sanitize=fuzzer` link.
@_cdecl("LLVMFuzzerTestOneInput")
public func libFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.run(selectedTarget, on: bytes)
    return 0
}

/// libFuzzer's start-up hook: runs every target once, so that the lazily built tables
/// (rule descriptions, phrase automata, colour names) exist before inputs are measured, and
/// LeakSanitizer's per-input check does not take a one-time initialisation for a leak.
@_cdecl("LLVMFuzzerInitialize")
public func libFuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>?,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> CInt {
    let warmUp = Array(
        "From: Ana <noreply@x.example>\nSubject: =?utf-8?q?hi?=\nContent-Type: text/html\n\n<style>a{color:red}</style><p><a href=\"https://x.example/unsubscribe\">Unsubscribe</a> Please do not reply.</p>\n"
            .utf8)
    for target in FuzzTarget.allCases {
        FuzzTarget.run(target, on: [])
        FuzzTarget.run(target, on: warmUp)
    }
    _ = selectedTarget
    return 0
}
