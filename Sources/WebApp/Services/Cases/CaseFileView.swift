import CaseModel
import Foundation
import Storage

/// A whole case file, decrypted, as a page or the API shows it.
struct CaseFileView: Sendable {
    struct Victim: Sendable {
        let id: UUID
        let personID: UUID
        let person: PersonRecord
        let context: VictimContext
    }

    struct Perpetrator: Sendable {
        let id: UUID
        let personID: UUID
        let person: PersonRecord
        let context: PerpetratorContext
    }

    struct Event: Sendable {
        let id: UUID
        let victimID: UUID?
        let event: RouteEvent
    }

    struct Consent: Sendable {
        let id: UUID
        let personID: UUID
        let purpose: ConsentPurpose
        let granted: Bool
        let givenOn: String
        let method: ConsentMethod
        let givenBy: String?
        let withdrawnOn: String?
        let withdrawalNote: String?
        /// What a referral may share under it.
        let shares: Set<DisclosureGroup>

        /// Granted and not withdrawn.
        var isCurrent: Bool { granted && withdrawnOn == nil }
    }

    struct Plan: Sendable {
        let id: UUID
        let victimID: UUID
        let type: SupportPlanType
        let objectives: String?
        let actionPlan: String?
        let plannedEnd: String?
        let actualEnd: String?
    }

    struct Service: Sendable {
        let id: UUID
        let victimID: UUID
        let planID: UUID?
        let type: ServiceType
        let need: String?
        let providerID: UUID?
        let providerName: String?
        let status: ServiceStatus
        let startOn: String?
        let endOn: String?
        let notes: String?
    }

    struct Comment: Sendable {
        let id: UUID
        let authorID: UUID?
        let authorName: String
        let body: String
        let createdAt: Date?
    }

    struct Attachment: Sendable {
        let id: UUID
        let fileName: String
        let contentType: String
        let sizeBytes: Int
        let uploadedAt: Date?
    }

    let id: UUID
    let reference: String
    let organisationID: UUID
    let assignedTo: UUID?
    let createdBy: UUID?
    let record: CaseRecord
    let victims: [Victim]
    let perpetrators: [Perpetrator]
    let events: [Event]
    let consents: [Consent]
    let plans: [Plan]
    let services: [Service]
    let comments: [Comment]
    let attachments: [Attachment]
    let createdAt: Date?
    let updatedAt: Date?
}

/// One line of a case list.
struct CaseSummaryView: Sendable {
    let id: UUID
    let reference: String
    let organisationID: UUID
    let status: CaseStatus
    let openedOn: String
    let assignedTo: UUID?
    /// The victims' names, as shown in the list.
    let victimNames: [String]
    let exploitationTypes: [ExploitationType]
}
