import FluentKit
import Foundation

/// A referral a hotline operator made from a panic alert or a public report.
///
/// The referral itself lives in `referrals`, on the case the item was escalated
/// to; this row only says which item it came from, so the console can show the
/// item's referrals to every operator on duty (the hotline works as a team and
/// must not refer one person twice) without showing them what case workers
/// later do with the case.
public final class OperatorReferralModel: Model, @unchecked Sendable {
    public static let schema = "operator_referrals"

    /// The referral's own id: one item per referral.
    @ID(custom: .id, generatedBy: .user) public var id: UUID?
    /// `alert` or `report`.
    @Field(key: "item_kind") public var itemKind: String
    @Field(key: "item_id") public var itemID: UUID

    public init() {}

    public init(referralID: UUID, itemKind: String, itemID: UUID) {
        self.id = referralID
        self.itemKind = itemKind
        self.itemID = itemID
    }
}
