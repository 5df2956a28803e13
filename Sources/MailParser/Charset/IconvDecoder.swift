#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes bytes in any charset the C library's iconv knows into UTF-8.
enum IconvDecoder {
    /// The decoded text, and how many invalid sequences it had (each became U+FFFD); nil
    /// when iconv does not know `charset`. An invalid sequence is one byte, or as many as
    /// `invalidLength` says for the bytes at its offset (a whole character of a
    /// multi-byte charset, so that decoding does not go on inside it).
    static func decode(
        _ bytes: [UInt8], charset: String,
        invalidLength: (UnsafeBufferPointer<UInt8>, Int) -> Int = { _, _ in 1 }
    ) -> (text: String, invalidBytes: Int)? {
        let converter = iconv_open("UTF-8", charset)
        guard let converter, converter != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        if bytes.isEmpty { return ("", 0) }

        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var produced = 0
        var invalid = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inputBuffer in
            var inPointer = UnsafeMutableRawPointer(inputBuffer.baseAddress!).assumingMemoryBound(
                to: CChar.self)
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                if output.count - produced < 16 { output.append(contentsOf: repeatElement(0, count: output.count)) }
                let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? =
                        UnsafeMutableRawPointer(outputBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outputBuffer.count - produced
                    var inOptional: UnsafeMutablePointer<CChar>? = inPointer
                    let status = iconv(converter, &inOptional, &inLeft, &outPointer, &outLeft)
                    produced = outputBuffer.count - outLeft
                    inPointer = inOptional!
                    return status == -1 ? Int(errno) : 0
                }
                if result == 0 { break }
                if result == E2BIG { continue }
                // EILSEQ or EINVAL: skip the sequence, write U+FFFD, reset the shift state.
                let skipped = invalidLength(UnsafeBufferPointer(inputBuffer), inputBuffer.count - inLeft)
                invalid += 1
                inPointer += skipped
                inLeft -= skipped
                if output.count - produced < 3 { output.append(contentsOf: repeatElement(0, count: 16)) }
                output[produced] = 0xEF
                output[produced + 1] = 0xBF
                output[produced + 2] = 0xBD
                produced += 3
                iconv(converter, nil, nil, nil, nil)
            }
        }
        return (String(decoding: output[0..<produced], as: UTF8.self), invalid)
    }
}
