import Foundation
import PublicReporting

/// The rate limits of the public channel: one limiter per address, one per
/// device. Both live in memory only, so an anonymous sender's address is
/// never written anywhere and is forgotten a minute after their last request.
struct PublicRequestLimits: Sendable {
    let perAddress: SlidingWindowLimiter
    let perDevice: SlidingWindowLimiter

    init(_ security: AppConfig.Security) {
        perAddress = SlidingWindowLimiter(limit: security.publicRequestsPerMinutePerAddress, window: 60)
        perDevice = SlidingWindowLimiter(limit: security.publicRequestsPerMinutePerDevice, window: 60)
    }

    /// Counts one request; throws 429 with the wait when either limit is reached.
    func admit(address: String?, device: String?, now: Date) throws {
        if let address, let wait = perAddress.attempt(address, now: now) { throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
        if let device, !device.isEmpty, device.count <= 100, let wait = perDevice.attempt(device, now: now) {
            throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up)))
        }
    }
}
