/// Where a referral stands. Pending and accepted referrals share data with the
/// receiver; the others share nothing more.
public enum ReferralStatus: String, CodeList {
    case pending = "Pending"
    case accepted = "Accepted"
    case declined = "Declined"
    case revoked = "Revoked"
    case completed = "Completed"

    public static let field = "ref_Status"
    public static let labelPrefix = "referralStatus"

    /// Whether the receiver may see the fields the consent allows.
    public var sharesData: Bool { self == .pending || self == .accepted }
}

/// Why a receiver declined a referral: counted on the coordinator's dashboard.
public enum DeclineReason: String, CodeList {
    case noCapacity = "NoCapacity"
    case notEligible = "NotEligible"
    case outsideMandate = "OutsideMandate"
    case victimUnreachable = "VictimUnreachable"
    case victimRefused = "VictimRefused"
    case other = "Other"

    public static let field = "ref_DeclineReason"
    public static let labelPrefix = "declineReason"
}

/// Where a request to move a case to another organisation stands. Only an
/// accepted transfer moves anything; until then the receiver sees no personal data.
public enum TransferStatus: String, CodeList {
    case pending = "Pending"
    case accepted = "Accepted"
    case declined = "Declined"
    case cancelled = "Cancelled"

    public static let field = "trf_Status"
    public static let labelPrefix = "transferStatus"
}
