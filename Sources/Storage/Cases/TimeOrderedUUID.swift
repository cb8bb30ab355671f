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
    /// The counter (RFC 9562 §6.2, method 1) keeps the ids this process makes
    /// in the order it made them, also within one millisecond, so "sorted by
    /// id" is "in the order added" (two victims added in one request, say).
    ///
    /// - Parameter now: The time to put in the id; by default the clock, read
    ///   under the same lock as the counter so that concurrent callers cannot
    ///   overtake each other.
    public static func timeOrdered(now: Date? = nil) -> UUID {
        // The random bits of a version 4 UUID: one call for the system's randomness, not sixteen.
        var bytes = UUID.random().uuid
        let (milliseconds, counter): (UInt64, UInt16) = sequence.withLock { state in
            let time = UInt64(max(0, (now ?? Date()).timeIntervalSince1970 * 1000))
            // A later millisecond starts a new count; so does a time far from the
            // last one (a date a caller gave). The same or a slightly earlier one
            // (the clock stepping back a little) continues the count.
            if time > state.milliseconds || time + 1000 < state.milliseconds {
                state = (time, 0)
            } else if state.counter < 0x0FFF {
                state.counter += 1
            } else {
                // 4,096 ids in one millisecond: borrow the next one.
                state = (state.milliseconds + 1, 0)
            }
            return state
        }
        withUnsafeMutableBytes(of: &bytes) { raw in
            for index in 0..<6 { raw[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
            raw[6] = 0x70 | UInt8(counter >> 8)
            raw[7] = UInt8(truncatingIfNeeded: counter)
            raw[8] = 0x80 | (raw[8] & 0x3F)
        }
        return UUID(uuid: bytes)
    }
}

/// The millisecond of the last time-ordered id and the counter within it.
private let sequence = Mutex<(milliseconds: UInt64, counter: UInt16)>((0, 0))
