import Foundation

extension UUID {
    /// A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then
    /// random bits.
    ///
    /// Rows of the case registry use these as primary keys. Random (version 4)
    /// keys scatter every insert across the whole of each index, so a large
    /// import rewrites index pages all over the file; time-ordered keys append
    /// at the end of the index, which keeps bulk imports fast as the register
    /// grows, on SQLite and PostgreSQL alike. The id reveals when the record was
    /// created, which the record says anyway. Sessions and tokens keep random ids.
    public static func timeOrdered(now: Date = Date()) -> UUID {
        // The random bits of a version 4 UUID: one call for the system's randomness, not sixteen.
        var bytes = UUID().uuid
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        withUnsafeMutableBytes(of: &bytes) { raw in
            for index in 0..<6 { raw[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
            raw[6] = 0x70 | (raw[6] & 0x0F)
            raw[8] = 0x80 | (raw[8] & 0x3F)
        }
        return UUID(uuid: bytes)
    }
}
