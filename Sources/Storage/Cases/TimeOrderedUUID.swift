import Foundation
import Synchronization

extension UUID {
    /// A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, a
    /// 12-bit counter, then random bits.
    ///
    /// Rows of the case registry use these as primary keys. Random (version 4)
    /// keys scatter every insert across the whole of each index, so a large
    /// import rewrites index pages all over the file; time-ordered keys append
    /// at the end of the index, which keeps bulk imports fast as the register
    /// grows, on SQLite and PostgreSQL alike. The id reveals when the record was
    /// created, which the record says anyway. Sessions and tokens keep random ids.
    ///
    /// The counter (RFC 9562 §6.2, method 1) keeps ids made in the same
    /// millisecond by this process in the order they were made, so "sorted by
    /// id" is "in the order added" (two victims added in one request, say).
    public static func timeOrdered(now: Date = Date()) -> UUID {
        // The random bits of a version 4 UUID: one call for the system's randomness, not sixteen.
        var bytes = UUID().uuid
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        let counter: UInt16? = sequence.withLock { state in
            // A later millisecond starts a new count; so does a time far from the
            // last one (a date a caller gave). A slightly earlier one (threads
            // reading the clock out of order) keeps random bits, leaving the count.
            if milliseconds > state.milliseconds || milliseconds + 1000 < state.milliseconds {
                state = (milliseconds, 0)
                return 0
            }
            guard milliseconds == state.milliseconds else { return nil }
            // More than 4,096 ids in one millisecond: the rest keep random bits.
            guard state.counter < 0x0FFF else { return nil }
            state.counter += 1
            return state.counter
        }
        withUnsafeMutableBytes(of: &bytes) { raw in
            for index in 0..<6 { raw[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
            if let counter {
                raw[6] = 0x70 | UInt8(counter >> 8)
                raw[7] = UInt8(truncatingIfNeeded: counter)
            } else {
                raw[6] = 0x70 | (raw[6] & 0x0F)
            }
            raw[8] = 0x80 | (raw[8] & 0x3F)
        }
        return UUID(uuid: bytes)
    }
}

/// The millisecond of the last time-ordered id and the counter within it.
private let sequence = Mutex<(milliseconds: UInt64, counter: UInt16)>((0, 0))
