import CaseModel
import Foundation
import Vapor

/// A whole case file in the API.
struct CaseDTO: Content {
    struct Victim: Content {
        var id: UUID
        var personId: UUID
        var person: PersonRecord
        var context: VictimContext
    }

    struct Perpetrator: Content {
        var id: UUID
        var personId: UUID
        var person: PersonRecord
        var context: PerpetratorContext
    }

    struct Event: Content {
        var id: UUID
        var victimId: UUID?
        var event: RouteEvent
    }

    struct Consent: Content {
        var id: UUID
        var personId: UUID
        var purpose: ConsentPurpose
        var granted: Bool
        var givenOn: String
        var method: ConsentMethod
        var givenBy: String?
        var withdrawnOn: String?
        var withdrawalNote: String?
        var shares: [DisclosureGroup]
        var current: Bool
    }

    struct Plan: Content {
        var id: UUID
        var victimId: UUID
        var type: SupportPlanType
        var objectives: String?
        var actionPlan: String?
        var plannedEnd: String?
        var actualEnd: String?
    }

    struct Service: Content {
        var id: UUID
        var victimId: UUID
        var planId: UUID?
        var type: ServiceType
        var need: String?
        var providerId: UUID?
        var providerName: String?
        var status: ServiceStatus
        var startOn: String?
        var endOn: String?
        var notes: String?
    }

    struct Comment: Content {
        var id: UUID
        var author: String
        var body: String
        var createdAt: Date?
    }

    struct Attachment: Content {
        var id: UUID
        var fileName: String
        var contentType: String
        var sizeBytes: Int
        var uploadedAt: Date?
    }

    var id: UUID
    var reference: String
    var organisationId: UUID
    var assignedTo: UUID?
    var record: CaseRecord
    var victims: [Victim]
    var perpetrators: [Perpetrator]
    var events: [Event]
    var consents: [Consent]
    var supportPlans: [Plan]
    var services: [Service]
    var comments: [Comment]
    var attachments: [Attachment]
    var createdAt: Date?
    var updatedAt: Date?

    init(_ view: CaseFileView) {
        id = view.id
        reference = view.reference
        organisationId = view.organisationID
        assignedTo = view.assignedTo
        record = view.record
        victims = view.victims.map { Victim(id: $0.id, personId: $0.personID, person: $0.person, context: $0.context) }
        perpetrators = view.perpetrators.map { Perpetrator(id: $0.id, personId: $0.personID, person: $0.person, context: $0.context) }
        events = view.events.map { Event(id: $0.id, victimId: $0.victimID, event: $0.event) }
        consents = view.consents.map {
            Consent(id: $0.id, personId: $0.personID, purpose: $0.purpose, granted: $0.granted, givenOn: $0.givenOn, method: $0.method,
                    givenBy: $0.givenBy, withdrawnOn: $0.withdrawnOn, withdrawalNote: $0.withdrawalNote, shares: $0.shares.inListOrder, current: $0.isCurrent)
        }
        supportPlans = view.plans.map { Plan(id: $0.id, victimId: $0.victimID, type: $0.type, objectives: $0.objectives, actionPlan: $0.actionPlan, plannedEnd: $0.plannedEnd, actualEnd: $0.actualEnd) }
        services = view.services.map {
            Service(id: $0.id, victimId: $0.victimID, planId: $0.planID, type: $0.type, need: $0.need, providerId: $0.providerID, providerName: $0.providerName,
                    status: $0.status, startOn: $0.startOn, endOn: $0.endOn, notes: $0.notes)
        }
        comments = view.comments.map { Comment(id: $0.id, author: $0.authorName, body: $0.body, createdAt: $0.createdAt) }
        attachments = view.attachments.map { Attachment(id: $0.id, fileName: $0.fileName, contentType: $0.contentType, sizeBytes: $0.sizeBytes, uploadedAt: $0.uploadedAt) }
        createdAt = view.createdAt
        updatedAt = view.updatedAt
    }
}

/// One line of the case list in the API.
struct CaseSummaryDTO: Content {
    var id: UUID
    var reference: String
    var organisationId: UUID
    var status: CaseStatus
    var openedOn: String
    var assignedTo: UUID?
    var victims: [String]
    var exploitationTypes: [ExploitationType]

    init(_ view: CaseSummaryView) {
        id = view.id
        reference = view.reference
        organisationId = view.organisationID
        status = view.status
        openedOn = view.openedOn
        assignedTo = view.assignedTo
        victims = view.victimNames
        exploitationTypes = view.exploitationTypes
    }
}

/// Who a victim or perpetrator is, in a request: `personId` of someone
/// registered, or `person` for someone new — one of the two.
struct PersonChoiceDTO: Content {
    var personId: UUID?
    var person: PersonRecord?

    func choice(at path: String) throws -> PersonChoice {
        switch (personId, person) {
        case (let id?, nil): return .existing(id)
        case (nil, let record?): return .new(record)
        default: throw AppError.invalid([FieldError(path, .validationPersonChoice)])
        }
    }
}

/// The body of `POST /cases`.
struct NewCaseRequest: Content {
    struct Victim: Content {
        var personId: UUID?
        var person: PersonRecord?
        var context: VictimContext
    }

    struct Perpetrator: Content {
        var personId: UUID?
        var person: PersonRecord?
        var context: PerpetratorContext?
    }

    struct Event: Content {
        /// Index into `victims` of the victim the event is about.
        var victim: Int?
        var event: RouteEvent
    }

    var record: CaseRecord
    var victims: [Victim]?
    var perpetrators: [Perpetrator]?
    var events: [Event]?

    func input() throws -> NewCase {
        var input = NewCase(record: record)
        for (index, victim) in (victims ?? []).enumerated() {
            input.victims.append(NewVictim(person: try PersonChoiceDTO(personId: victim.personId, person: victim.person).choice(at: "victims[\(index)]"), context: victim.context))
        }
        for (index, perpetrator) in (perpetrators ?? []).enumerated() {
            input.perpetrators.append(NewPerpetrator(person: try PersonChoiceDTO(personId: perpetrator.personId, person: perpetrator.person).choice(at: "perpetrators[\(index)]"), context: perpetrator.context ?? PerpetratorContext()))
        }
        input.events = (events ?? []).map { ($0.victim, $0.event) }
        return input
    }
}
