import CaseModel
import FluentKit
import Foundation

/// A new case's content, ready to become rows.
public struct CaseDraft: Sendable {
    public enum Person: Sendable {
        case existing(id: UUID, record: PersonRecord)
        case new(PersonRecord)
    }

    public var record: CaseRecord
    public var victims: [(person: Person, context: VictimContext)]
    public var perpetrators: [(person: Person, context: PerpetratorContext)]
    public var events: [(victimIndex: Int?, event: RouteEvent)]
    public var sourceID: String?
    /// The reference the case had where it came from, kept when it is still free here.
    public var preferredReference: String?
    /// The case worker the case is assigned to.
    public var assignedTo: UUID?
    /// Services given to victims (by index into `victims`), for registers brought in whole.
    public var services: [Service] = []
    /// Support plans for victims (by index into `victims`).
    public var supportPlans: [SupportPlan] = []
    /// Criminal-justice stages of perpetrators (by index into `perpetrators`).
    public var justiceStages: [JusticeStep] = []

    public struct Service: Sendable {
        public var victimIndex: Int
        public var type: ServiceType
        public var status: ServiceStatus
        public var startedOn: PartialDate?
        public var endedOn: PartialDate?

        public init(victimIndex: Int, type: ServiceType, status: ServiceStatus, startedOn: PartialDate?, endedOn: PartialDate?) {
            self.victimIndex = victimIndex
            self.type = type
            self.status = status
            self.startedOn = startedOn
            self.endedOn = endedOn
        }
    }

    public struct SupportPlan: Sendable {
        public var victimIndex: Int
        public var type: SupportPlanType
        /// Set when the plan is completed.
        public var completedOn: PartialDate?

        public init(victimIndex: Int, type: SupportPlanType, completedOn: PartialDate?) {
            self.victimIndex = victimIndex
            self.type = type
            self.completedOn = completedOn
        }
    }

    public struct JusticeStep: Sendable {
        public var perpetratorIndex: Int
        /// A `JusticeStage` raw value.
        public var stage: String
        public var reachedOn: PartialDate
        public var article: String?

        public init(perpetratorIndex: Int, stage: String, reachedOn: PartialDate, article: String?) {
            self.perpetratorIndex = perpetratorIndex
            self.stage = stage
            self.reachedOn = reachedOn
            self.article = article
        }
    }

    public init(
        record: CaseRecord,
        victims: [(person: Person, context: VictimContext)] = [],
        perpetrators: [(person: Person, context: PerpetratorContext)] = [],
        events: [(victimIndex: Int?, event: RouteEvent)] = [],
        sourceID: String? = nil
    ) {
        self.record = record
        self.victims = victims
        self.perpetrators = perpetrators
        self.events = events
        self.sourceID = sourceID
    }
}

/// Builds the rows of new cases. The web service and the importers both use it,
/// so a case looks the same however it arrived.
public struct CaseRowBuilder: Sendable {
    public let codecs: CaseCodecs
    public let today: PartialDate

    public init(codecs: CaseCodecs, today: PartialDate) {
        self.codecs = codecs
        self.today = today
    }

    public func rows(for draft: CaseDraft, organisationID: UUID, createdBy: UUID?) throws -> (model: CaseFileModel, rows: NewCaseRows) {
        var rows = NewCaseRows()
        let caseID = UUID.timeOrdered()
        let model = CaseFileModel(
            id: caseID, reference: CaseReference.generate(), organisationID: organisationID, createdBy: createdBy,
            openedOn: draft.record.openedOn.firstDayText, status: draft.record.status.rawValue, sourceID: draft.sourceID
        )
        model.$assignedTo.id = draft.assignedTo
        try Self.apply(draft.record, to: model, cipher: codecs.cipher)
        rows.cases.append(model)

        func personID(_ person: CaseDraft.Person, index: Int, role: String) throws -> (UUID, PersonRecord) {
            switch person {
            case .existing(let id, let record):
                return (id, record)
            case .new(let record):
                let made = try codecs.person.makeModel(record, organisationID: organisationID, today: today, sourceID: draft.sourceID.map { "\($0)/\(role)\(index)" })
                rows.persons.append(made.person)
                rows.citizenships += made.citizenships
                rows.nameIndex += made.index
                return (try made.person.requireID(), record)
            }
        }

        var victimIDs: [UUID] = []
        for (index, victim) in draft.victims.enumerated() {
            let (id, record) = try personID(victim.person, index: index, role: "v")
            let model = VictimModel(caseID: caseID, personID: id, traffickingStatus: victim.context.traffickingStatus.rawValue, identifiedOn: nil, ageGroupAtExploitation: "")
            rows.codes += try codecs.victim.apply(victim.context, to: model, person: record)
            rows.victims.append(model)
            victimIDs.append(try model.requireID())
        }
        var perpetratorIDs: [UUID] = []
        for (index, perpetrator) in draft.perpetrators.enumerated() {
            let (id, _) = try personID(perpetrator.person, index: index, role: "p")
            let model = PerpetratorModel(caseID: caseID, personID: id, relationship: nil)
            rows.codes += try codecs.perpetrator.apply(perpetrator.context, to: model)
            rows.perpetrators.append(model)
            perpetratorIDs.append(try model.requireID())
        }
        var planIDs: [Int: UUID] = [:]
        for plan in draft.supportPlans where victimIDs.indices.contains(plan.victimIndex) {
            let model = SupportPlanModel(caseID: caseID, victimID: victimIDs[plan.victimIndex], planType: plan.type.rawValue)
            model.actualEnd = plan.completedOn?.firstDayText
            rows.supportPlans.append(model)
            planIDs[plan.victimIndex] = try model.requireID()
        }
        for service in draft.services where victimIDs.indices.contains(service.victimIndex) {
            let model = ServiceModel(caseID: caseID, victimID: victimIDs[service.victimIndex], serviceType: service.type.rawValue, status: service.status.rawValue)
            model.$supportPlan.id = planIDs[service.victimIndex]
            model.startOn = service.startedOn?.firstDayText
            model.endOn = service.endedOn?.firstDayText
            rows.services.append(model)
        }
        for step in draft.justiceStages where perpetratorIDs.indices.contains(step.perpetratorIndex) {
            rows.justiceStages.append(JusticeStageModel(caseID: caseID, perpetratorID: perpetratorIDs[step.perpetratorIndex], stage: step.stage,
                                                        reachedOn: step.reachedOn.description, article: step.article, recordedBy: createdBy))
        }
        for item in draft.events {
            let event = TraffickingEventModel(caseID: caseID, victimID: item.victimIndex.flatMap { victimIDs.indices.contains($0) ? victimIDs[$0] : nil }, eventType: item.event.type.rawValue)
            try codecs.event.apply(item.event, to: event)
            rows.events.append(event)
        }
        return (model, rows)
    }

    /// Writes a case record's fields into its model.
    public static func apply(_ record: CaseRecord, to model: CaseFileModel, cipher: FieldCipher) throws {
        let id = try model.requireID()
        // Case dates are stored to the day: the first day of a coarser date.
        model.openedOn = record.openedOn.firstDayText
        model.status = record.status.rawValue
        model.closedOn = record.closedOn?.firstDayText
        model.summaryCipher = try cipher.sealOptional(record.summary, field: CaseFileModel.EncryptedField.summary, rowID: id)
        model.closureReasonCipher = try cipher.sealOptional(record.closureReason, field: CaseFileModel.EncryptedField.closureReason, rowID: id)
    }

    /// Reads a case record back from its model.
    public static func decode(_ model: CaseFileModel, cipher: FieldCipher) throws -> CaseRecord {
        let id = try model.requireID()
        var record = CaseRecord(openedOn: PartialDate(parsing: model.openedOn) ?? PartialDate(year: 2000)!, status: CaseStatus(rawValue: model.status) ?? .active)
        record.closedOn = model.closedOn.flatMap(PartialDate.init(parsing:))
        record.summary = try cipher.openOptional(model.summaryCipher, field: CaseFileModel.EncryptedField.summary, rowID: id)
        record.closureReason = try cipher.openOptional(model.closureReasonCipher, field: CaseFileModel.EncryptedField.closureReason, rowID: id)
        return record
    }
}
