import Foundation
import NIOConcurrencyHelpers

/// API tokens accepted in the last few seconds, so that a client sending many
/// requests is not looked up in the database on every one of them.
///
/// Looking a token up costs three queries (token, user, roles), more than the
/// work of a small request. An entry lives `lifetime` seconds at most; anything
/// that revokes a token or changes what a user may do (deactivation, roles,
/// password reset) calls ``forgetAll()``, so within this process a change takes
/// effect at once. Another process serving the same database notices it within
/// `lifetime`.
final class AcceptedTokens: Sendable {
    struct Entry: Sendable {
        let user: SignedInUser
        let expiresAt: Date?
        let acceptedAt: Date
    }

    private let lifetime: TimeInterval
    /// A bound on memory: past it the table starts afresh.
    private let capacity: Int
    private let now: @Sendable () -> Date
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    init(lifetime: TimeInterval = 10, capacity: Int = 10_000, now: @escaping @Sendable () -> Date) {
        self.lifetime = lifetime
        self.capacity = capacity
        self.now = now
    }

    /// The user of a token accepted recently and not expired since, by the token's hash.
    func user(forTokenHash hash: String) -> SignedInUser? {
        let now = now()
        return entries.withLockedValue { table in
            guard let entry = table[hash] else { return nil }
            guard now.timeIntervalSince(entry.acceptedAt) < lifetime, entry.expiresAt.map({ $0 > now }) ?? true else {
                table[hash] = nil
                return nil
            }
            return entry.user
        }
    }

    func remember(_ user: SignedInUser, tokenHash hash: String, expiresAt: Date?) {
        let entry = Entry(user: user, expiresAt: expiresAt, acceptedAt: now())
        entries.withLockedValue { table in
            if table.count >= capacity { table.removeAll() }
            table[hash] = entry
        }
    }

    func forgetAll() {
        entries.withLockedValue { $0.removeAll() }
    }
}
