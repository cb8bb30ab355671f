import Foundation

/// When a failed webhook delivery is tried again, and when Libertas gives up.
///
/// Exponential back-off (`base × 2^(attempt−1)`, capped at `maximumDelay`)
/// spreads retries over hours, so a receiver that is down for maintenance
/// gets everything when it returns. Jitter (up to `jitter` of the delay, added)
/// keeps many deliveries that failed together from all retrying in the same second.
public struct RetrySchedule: Sendable, Equatable {
    /// Attempts in all, the first included; after the last failure the delivery fails for good.
    public var maximumAttempts: Int
    public var baseDelay: TimeInterval
    public var maximumDelay: TimeInterval
    /// The largest share of a delay added at random, 0…1.
    public var jitter: Double

    public init(maximumAttempts: Int = 10, baseDelay: TimeInterval = 30, maximumDelay: TimeInterval = 6 * 60 * 60, jitter: Double = 0.2) {
        self.maximumAttempts = maximumAttempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.jitter = jitter
    }

    /// What to do after a failed attempt.
    public enum Next: Sendable, Equatable {
        /// Try again this many seconds from now.
        case retry(after: TimeInterval)
        /// The delivery has used all its attempts.
        case giveUp
    }

    /// The delay before the next try, without jitter, after failed attempt `attempt` (1 is the first).
    public func baseDelay(afterAttempt attempt: Int) -> TimeInterval {
        let exponent = Double(max(attempt, 1) - 1)
        return min(baseDelay * pow(2, exponent), maximumDelay)
    }

    /// After failed attempt `attempt`: retry (with `random` in 0..<1 choosing the jitter) or give up.
    public func next(afterAttempt attempt: Int, random: Double) -> Next {
        guard attempt < maximumAttempts else { return .giveUp }
        let delay = baseDelay(afterAttempt: attempt)
        return .retry(after: delay + delay * jitter * min(max(random, 0), 1))
    }
}
