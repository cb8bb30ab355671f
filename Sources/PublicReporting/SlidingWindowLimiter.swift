import Foundation

/// Counts requests per key (an IP address, a device id) over a sliding window
/// and says whether one more is allowed.
///
/// Memory only, and short-lived on purpose: the keys of anonymous reporters
/// must never reach the database, and entries older than the window are
/// dropped as new requests arrive, so the limiter forgets who asked.
public final class SlidingWindowLimiter: @unchecked Sendable {
    public let limit: Int
    public let window: TimeInterval
    private var hits: [String: [Date]] = [:]
    private var lastSweep = Date.distantPast
    private let lock = NSLock()

    /// At most `limit` requests per key in any `window` seconds.
    public init(limit: Int, window: TimeInterval) {
        self.limit = max(1, limit)
        self.window = window
    }

    /// Records a request for `key` at `now` if allowed. Returns nil when
    /// allowed, otherwise the seconds until the oldest request leaves the window.
    public func attempt(_ key: String, now: Date) -> TimeInterval? {
        lock.lock()
        defer { lock.unlock() }
        sweep(now)
        var recent = (hits[key] ?? []).filter { now.timeIntervalSince($0) < window }
        if recent.count >= limit {
            hits[key] = recent
            return max(1, window - now.timeIntervalSince(recent[0]))
        }
        recent.append(now)
        hits[key] = recent
        return nil
    }

    /// How many keys the limiter remembers (for tests of its forgetting).
    public var rememberedKeys: Int {
        lock.lock()
        defer { lock.unlock() }
        return hits.count
    }

    /// Drops every key whose last request left the window, at most once per window.
    private func sweep(_ now: Date) {
        guard now.timeIntervalSince(lastSweep) >= window else { return }
        hits = hits.filter { _, dates in dates.last.map { now.timeIntervalSince($0) < window } ?? false }
        lastSweep = now
    }
}
