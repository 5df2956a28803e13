#if canImport(Glibc)
    import Glibc
#endif

/// How the C library's allocator gives large buffers back, set once at start-up.
///
/// glibc maps an allocation of 128 KiB or more on its own pages and unmaps it when freed,
/// but after the first such free it raises that threshold to the freed size, up to 32 MiB:
/// from then on every array below 32 MiB comes from the heap, and the space of those that
/// grow by doubling stays resident after they move. An input whose array grows while it is
/// read (a pipe, an mbox member) crosses it at once: a 100 MB bulk message from an mbox
/// peaked at 257.4 MiB against 251.8 as a file, 2.7 MiB past the documented bound. A fixed
/// threshold of 4 MiB keeps large arrays mapped (4 MiB a page fault's worth of zeroing is
/// small next to filling it), and a trim threshold of 32 MiB keeps the heap from being
/// shrunk and grown again on every free of a smaller one, which cost a fifth of the run
/// time with glibc's default of 128 KiB.
public enum AllocatorSettings {
    /// Sets the thresholds; does nothing where the C library has no `mallopt`.
    public static func apply() {
        #if canImport(Glibc)
            // `mallopt` and its parameters are declared in <malloc.h>, which the Glibc module
            // does not import: the function is looked up, the parameters are glibc's values.
            typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
            guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
            _ = mallopt(mmapThreshold, 4 << 20)
            _ = mallopt(trimThreshold, 32 << 20)
        #endif
    }
}
