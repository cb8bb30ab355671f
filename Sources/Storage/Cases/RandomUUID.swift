import Foundation

extension UUID {
    /// A random (version 4) UUID from the standard library's system generator.
    ///
    /// Foundation's `UUID()` on Linux opens, reads and closes `/dev/urandom`
    /// on every call; an import makes several ids per row, and `perf` put the
    /// three system calls at a few percent of the import's time. The system
    /// generator asks the kernel with one `getrandom` call, no file.
    public static func random() -> UUID {
        var generator = SystemRandomNumberGenerator()
        var words = (generator.next() as UInt64, generator.next() as UInt64)
        return withUnsafeMutableBytes(of: &words) { raw in
            raw[6] = 0x40 | (raw[6] & 0x0F)
            raw[8] = 0x80 | (raw[8] & 0x3F)
            return UUID(uuid: raw.load(as: uuid_t.self))
        }
    }
}
