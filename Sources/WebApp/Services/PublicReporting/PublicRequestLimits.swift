import Foundation
import PublicReporting

/// The rate limits of the public channel: one limiter per address, one per
/// device. Both live in memory only, so an anonymous sender's address is
/// never written anywhere and is forgotten a minute after their last request.
struct PublicRequestLimits: Sendable {
    let perAddress: SlidingWindowLimiter
    let perDevice: SlidingWindowLimiter
    /// Reports sent from the page without the proof of work (browsers without
    /// scripts): far fewer per address, since they cost a sender nothing but time.
    let withoutProofPerAddress: SlidingWindowLimiter
    /// Wrong secrets per report code: guessing one report's secret is hopeless
    /// (144 bits), and this keeps it so even from many addresses.
    let failedChecksPerCode: SlidingWindowLimiter
    /// Proof-of-work challenges already used: each one buys one report.
    let spentChallenges: SlidingWindowLimiter
    /// Views of the report form's map: a person zooming in asks for a handful per place, and
    /// each costs some drawing, so they have a budget of their own apart from reports.
    let mapViewsPerAddress: SlidingWindowLimiter

    init(_ security: AppConfig.Security) {
        perAddress = SlidingWindowLimiter(limit: security.publicRequestsPerMinutePerAddress, window: 60)
        perDevice = SlidingWindowLimiter(limit: security.publicRequestsPerMinutePerDevice, window: 60)
        withoutProofPerAddress = SlidingWindowLimiter(limit: 5, window: 3600)
        failedChecksPerCode = SlidingWindowLimiter(limit: 10, window: 3600)
        spentChallenges = SlidingWindowLimiter(limit: 1, window: SpamCheck.maximumFillSeconds)
        mapViewsPerAddress = SlidingWindowLimiter(limit: max(240, security.publicRequestsPerMinutePerAddress), window: 60)
    }

    /// Counts one request; throws 429 with the wait when either limit is reached.
    func admit(address: String?, device: String?, now: Date) throws {
        if let address, let wait = perAddress.attempt(address, now: now) { throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
        if let device, !device.isEmpty, device.count <= 100, let wait = perDevice.attempt(device, now: now) {
            throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up)))
        }
    }

    /// Counts a view of the report form's map; throws 429 past the limit.
    func admitMapView(address: String?, now: Date) throws {
        if let wait = mapViewsPerAddress.attempt(address ?? "", now: now) { throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
    }

    /// Counts a report without proof of work from `address`; throws 429 past the limit.
    func admitWithoutProof(address: String?, now: Date) throws {
        if let wait = withoutProofPerAddress.attempt(address ?? "", now: now) { throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
    }

    /// Counts a wrong secret for `code`; throws 429 once the code has had too many.
    func countFailedCheck(code: String, now: Date) throws {
        if let wait = failedChecksPerCode.attempt(code, now: now) { throw AppError.tooManyAttempts(retryAfter: Int(wait.rounded(.up))) }
    }
}
