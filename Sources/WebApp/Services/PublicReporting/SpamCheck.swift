import Foundation
import PublicReporting

/// How a report proves it comes from a person: the proof of work that the
/// page's script (or an API client) computes, or, for browsers without
/// scripts, a form that stayed open long enough to be written by hand.
enum SpamCheck: Sendable {
    case proof(challenge: String?, nonce: String?)
    /// The page's fallback: the challenge the page was rendered with, and no nonce.
    case patience(challenge: String?)

    /// Seconds the form must have been open when no proof of work came with it.
    static let minimumFillSeconds: TimeInterval = 15
    /// A form left open longer than this was rendered long ago; the page renders a new challenge.
    static let maximumFillSeconds: TimeInterval = 6 * 3600

    /// What is wrong with the check (a field error on `proof`), or nothing. Spends nothing,
    /// so a report refused for another field can be sent again with the same proof.
    func problems(_ context: LibertasContext, now: Date) -> [FieldError] {
        let pow = context.proofOfWork
        guard pow.bits > 0 else { return [] }
        switch self {
        case .proof(let challenge, let nonce):
            guard let challenge, let nonce, !challenge.isEmpty, !nonce.isEmpty else { return [FieldError("proof", .reportProofMissing)] }
            return pow.verify(challenge: challenge, nonce: nonce, now: now) ? [] : [FieldError("proof", .reportProofFailed)]
        case .patience(let challenge):
            guard let challenge, let issued = pow.issueTime(of: challenge) else { return [FieldError("proof", .reportProofFailed)] }
            let age = now.timeIntervalSince(issued)
            if age < Self.minimumFillSeconds { return [FieldError("proof", .reportTooFast, ["seconds": String(Int(Self.minimumFillSeconds))])] }
            return age > Self.maximumFillSeconds ? [FieldError("proof", .reportProofFailed)] : []
        }
    }

    /// Uses the challenge up: each one is good for one report, so a solved one cannot be
    /// replayed. Reports without proof of work also count against their own, lower limit.
    func spend(_ context: LibertasContext, address: String?, now: Date) throws {
        guard context.proofOfWork.bits > 0 else { return }
        let challenge: String?
        switch self {
        case .proof(let value, _): challenge = value
        case .patience(let value):
            challenge = value
            try context.publicLimits.admitWithoutProof(address: address, now: now)
        }
        if let challenge, context.publicLimits.spentChallenges.attempt(challenge, now: now) != nil {
            throw AppError.invalid([FieldError("proof", .reportProofUsed)])
        }
    }
}
