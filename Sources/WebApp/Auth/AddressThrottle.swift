import Foundation
import NIOConcurrencyHelpers

/// Counts failed sign-ins per client address in a sliding window.
///
/// Account lockout stops guessing one user's password; this stops one address
/// from trying many usernames. It lives in memory: a restart forgets it, which
/// is acceptable because lockout, stored in the database, still holds.
final class AddressThrottle: Sendable {
    private let limit: Int
    private let window: TimeInterval
    private let now: @Sendable () -> Date
    private let failures = NIOLockedValueBox<[String: [Date]]>([:])

    init(limit: Int, window: TimeInterval, now: @escaping @Sendable () -> Date) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Seconds until `address` may try again, or `nil` when it may try now.
    func retryAfter(_ address: String) -> Int? {
        let now = now()
        return failures.withLockedValue { table in
            let recent = (table[address] ?? []).filter { now.timeIntervalSince($0) < window }
            table[address] = recent.isEmpty ? nil : recent
            guard recent.count >= limit, let oldest = recent.first else { return nil }
            return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
        }
    }

    func recordFailure(_ address: String) {
        let now = now()
        failures.withLockedValue { table in
            var recent = (table[address] ?? []).filter { now.timeIntervalSince($0) < window }
            recent.append(now)
            table[address] = recent
            // Keep memory bounded under a flood of distinct addresses.
            if table.count > 100_000 { table = table.filter { !$0.value.isEmpty && now.timeIntervalSince($0.value.last!) < window } }
        }
    }

    func reset(_ address: String) {
        _ = failures.withLockedValue { $0.removeValue(forKey: address) }
    }
}
