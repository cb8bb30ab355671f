import CaseModel
import Foundation

/// A referral as one of its two ends sees it. The victim's parts are
/// `Codable` so that the API writes them as they are.
///
/// The victim's parts are filled only while the referral shares data, and
/// only with the groups a current consent covers at the moment of reading.
struct ReferralView: Sendable {
    /// What every referral that shares data carries: enough to decide whether
    /// the service fits, nothing that identifies the person.
    struct Profile: Codable, Sendable {
        let gender: Gender?
        let ageGroup: AgeGroup
        let citizenships: [String]
        let exploitationTypes: [ExploitationType]
    }

    struct Identity: Codable, Sendable {
        let givenName: String?
        let middleName: String?
        let familyName: String?
        let aliases: [String]
        let birthDate: PartialDate?
        let primaryLanguage: LanguageCode?
        let secondaryLanguage: LanguageCode?
        let identityNumber: String?
    }

    struct Contact: Codable, Sendable {
        let phone: PhoneNumber?
        let email: String?
        let address: Address?
    }

    struct CaseDetails: Codable, Sendable {
        let context: VictimContext
        let route: [RouteEvent]
    }

    struct Step: Sendable {
        let status: ReferralStatus
        let organisationID: UUID
        let at: Date
        /// Shown to the receiver only while the referral shares data.
        let comment: String?
    }

    let id: UUID
    let caseID: UUID
    let victimID: UUID
    let fromOrganisationID: UUID
    let toOrganisationID: UUID
    let serviceType: ServiceType
    let status: ReferralStatus
    /// What the sender asked to share.
    let requested: Set<DisclosureGroup>
    /// What the receiver can see now.
    let shared: Set<DisclosureGroup>
    let note: String?
    let declineReason: DeclineReason?
    let referredAt: Date
    let decidedAt: Date?
    let firstServiceAt: Date?
    let closedAt: Date?
    let profile: Profile?
    let identity: Identity?
    let contact: Contact?
    let caseDetails: CaseDetails?
    let steps: [Step]
}
