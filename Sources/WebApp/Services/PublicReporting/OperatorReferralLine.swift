import CaseModel
import Fluent
import Foundation
import Storage

/// A referral made from an alert or report, as the console shows it: where it went,
/// for what and how it stands. No personal data, no note: the hotline works as a
/// team, so every operator who may see the item sees that it was referred, while
/// the referral itself (the person's profile, the answers) stays with whoever made it.
struct OperatorReferralLine: Sendable, Equatable {
    var id: UUID
    var itemID: UUID
    var toOrganisationID: UUID
    var serviceType: ServiceType
    var status: ReferralStatus
    var referredAt: Date
    var referredBy: UUID

    /// The console's referrals of these items, oldest first, by item id.
    static func lines(itemIDs: [UUID], on database: any Database) async throws -> [UUID: [OperatorReferralLine]] {
        guard !itemIDs.isEmpty else { return [:] }
        let rows = try await OperatorReferralModel.query(on: database)
            .join(ReferralModel.self, on: \OperatorReferralModel.$id == \ReferralModel.$id)
            .filter(\.$itemID ~~ itemIDs)
            .field(\.$id).field(\.$itemKind).field(\.$itemID)
            .field(ReferralModel.self, \.$id).field(ReferralModel.self, \.$toOrganisationID).field(ReferralModel.self, \.$serviceType)
            .field(ReferralModel.self, \.$status).field(ReferralModel.self, \.$referredAt).field(ReferralModel.self, \.$referredBy)
            .sort(ReferralModel.self, \.$referredAt)
            .all()
        var lines: [UUID: [OperatorReferralLine]] = [:]
        for row in rows {
            let referral = try row.joined(ReferralModel.self)
            lines[row.itemID, default: []].append(OperatorReferralLine(
                id: try row.requireID(), itemID: row.itemID, toOrganisationID: referral.toOrganisationID,
                serviceType: ServiceType(rawValue: referral.serviceType) ?? .other, status: ReferralStatus(rawValue: referral.status) ?? .pending,
                referredAt: referral.referredAt, referredBy: referral.referredBy
            ))
        }
        return lines
    }
}
