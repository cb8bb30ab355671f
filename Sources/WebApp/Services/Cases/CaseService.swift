import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Case files: list, read, open, edit, close and assign. Sub-records (victims,
/// perpetrators, route, consent, support, notes) are in the extensions.
///
/// Every method checks the access policy against the case's organisation, and
/// every read or write of a case's content is audited.
struct CaseService {
    let database: any Database
    let context: LibertasContext

    static func facts(_ model: CaseFileModel) -> RecordFacts {
        RecordFacts(kind: .caseFile, ownerUserID: model.$assignedTo.id ?? model.$createdBy.id, organisationID: model.$organisation.id)
    }

    var today: PartialDate { PartialDate.today(context.now()) }

    // MARK: List

    func list(_ caller: Caller, criteria: CaseCriteria, cursor: String?, limit: Int?) async throws -> ListPage<CaseSummaryView> {
        let filter = context.listFilter(caller, .caseFile)
        if filter == .nothing { try await context.refuse(caller, .list, .caseFile, on: database) }
        let page = try await CaseQueries.list(on: database, filter: filter, criteria: criteria, after: Cursor.parse(cursor), limit: PageSize.clamp(limit))
        let victims = try await CaseListDetails.victims(ofCases: page.items.map(\.id), on: database)
        let victimsByCase = Dictionary(grouping: victims, by: \.caseID)
        let types = Dictionary(
            grouping: try await CaseListDetails.values(of: "vic_TypeOfExploitation", victims: victims.map(\.victimID), on: database),
            by: \.ownerID
        )
        let codec = context.caseCodecs.person
        let summaries = try page.map { row -> CaseSummaryView in
            let own = victimsByCase[row.id] ?? []
            let values = Set(own.flatMap { types[$0.victimID] ?? [] }.map(\.value))
            return CaseSummaryView(
                id: row.id,
                reference: row.reference,
                organisationID: row.organisationID,
                status: CaseStatus(rawValue: row.status) ?? .active,
                openedOn: row.openedOn,
                assignedTo: row.assignedTo,
                victimNames: try own.map { try codec.displayName(personID: $0.personID, given: $0.givenNameCipher, family: $0.familyNameCipher, aliases: $0.aliasesCipher) },
                exploitationTypes: ExploitationType.allCases.filter { values.contains($0.rawValue) }
            )
        }
        if !summaries.items.isEmpty {
            var summary = AuditSummary()
            summary.note("count", String(summaries.items.count))
            try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.list", recordType: "caseFile", summary: summary), on: database)
        }
        return summaries
    }

    // MARK: Read

    /// The whole case file, decrypted; the read is audited.
    func get(_ caller: Caller, id: UUID) async throws -> CaseFileView {
        let model = try await load(caller, id: id, for: .read)
        let view = try await CaseFileLoader(database: database, context: context).load(model)
        try await context.audit.record(
            AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.read", recordType: "caseFile", recordID: id.uuidString, organisationID: model.$organisation.id),
            on: database
        )
        return view
    }

    /// Finds a case and checks that the caller may do `action` on it; 404 when
    /// it does not exist or the caller may not know that it does.
    func load(_ caller: Caller, id: UUID, for action: Action) async throws -> CaseFileModel {
        guard let model = try await CaseFileModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, action, Self.facts(model), recordID: id.uuidString, on: database)
        return model
    }

    // MARK: Open

    /// Opens a case with its victims, perpetrators and route in one transaction,
    /// and returns it as stored, without reading it back.
    ///
    /// The rows are built and encrypted here, in the request's own task; the
    /// audit writer then inserts them together with other cases opened at the
    /// same moment, so the one writer spends its turn on inserts alone.
    ///
    /// `alongside`, when given, runs in the case's own transaction, after its rows, with
    /// the new case's id: a change that must happen with the case or not at all (an
    /// alert claiming it). If it throws, no case is opened.
    func create(_ caller: Caller, _ input: NewCase,
                alongside: (@Sendable (any Database, AuditRecorder, UUID) async throws -> Void)? = nil) async throws -> CaseFileView {
        try await context.authorize(caller, .create, RecordFacts(kind: .caseFile, ownerUserID: caller.user.id, organisationID: caller.user.organisationID), on: database)
        let existing = try await existingPersons(caller, ids: (input.victims.map(\.person) + input.perpetrators.map(\.person)).compactMap {
            if case .existing(let id) = $0 { id } else { nil }
        })
        try validate(input, existing: existing)
        let organisationID = caller.user.organisationID
        let (model, built) = try CaseRowBuilder(codecs: context.caseCodecs, today: today)
            .rows(for: Self.draft(input, existing: existing), organisationID: organisationID, createdBy: caller.user.id)
        var prepared = built
        prepared.prepare()
        let rows = prepared
        var summary = AuditSummary()
        summary.set("reference", from: nil, to: model.reference)
        summary.set("status", from: nil, to: model.status)
        summary.note("victims", String(input.victims.count))
        summary.note("perpetrators", String(input.perpetrators.count))
        summary.note("events", String(input.events.count))
        if input.record.summary != nil { summary.setRedacted("summary") }
        let event = AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.create", recordType: "caseFile", recordID: model.id?.uuidString, organisationID: organisationID, summary: summary)
        if let alongside, let caseID = model.id {
            try await context.audit.transaction(on: database) { tx, audit in
                try await rows.insert(on: tx)
                try await audit.record(event)
                try await alongside(tx, audit, caseID)
            }
        } else {
            try await context.audit.insert(rows, events: [event], on: database)
        }
        return try CaseFileLoader.view(ofNew: model, rows: rows, existing: existing, codecs: context.caseCodecs)
    }

    /// The input with its existing persons resolved.
    static func draft(_ input: NewCase, existing: [UUID: PersonRecord]) -> CaseDraft {
        func person(_ choice: PersonChoice) -> CaseDraft.Person {
            switch choice {
            case .existing(let id): .existing(id: id, record: existing[id] ?? PersonRecord())
            case .new(let record): .new(record)
            }
        }
        // A victim typed in without an identification date was identified when the case was opened.
        func dated(_ context: VictimContext) -> VictimContext {
            var context = context
            if context.identifiedOn == nil { context.identifiedOn = input.record.openedOn.toMonth }
            return context
        }
        return CaseDraft(
            record: input.record,
            victims: input.victims.map { (person($0.person), dated($0.context)) },
            perpetrators: input.perpetrators.map { (person($0.person), $0.context) },
            events: input.events,
            sourceID: input.sourceID
        )
    }

    /// The persons chosen as existing, checked for access and decrypted.
    func existingPersons(_ caller: Caller, ids: [UUID]) async throws -> [UUID: PersonRecord] {
        var found: [UUID: PersonRecord] = [:]
        for id in Set(ids) {
            guard let person = try await PersonModel.query(on: database).filter(\.$id == id).with(\.$citizenships).first() else {
                throw AppError.invalid([FieldError("personId", .validationPersonNotFound)])
            }
            try await context.authorize(caller, .read, RecordFacts(kind: .person, organisationID: person.$organisation.id), recordID: id.uuidString, on: database)
            found[id] = try context.caseCodecs.person.decode(person)
        }
        return found
    }

    func validate(_ input: NewCase, existing: [UUID: PersonRecord]) throws {
        let today = self.today
        var issues = RecordValidation.validate(input.record, at: "", today: today)
        func person(_ choice: PersonChoice) -> PersonRecord? {
            switch choice {
            case .existing(let id): existing[id]
            case .new(let record): record
            }
        }
        for (index, victim) in input.victims.enumerated() {
            if case .new(let record) = victim.person {
                issues += RecordValidation.validate(record, at: "victims[\(index)].person", today: today)
            }
            issues += RecordValidation.validate(victim.context, of: person(victim.person), at: "victims[\(index)].context", today: today)
        }
        for (index, perpetrator) in input.perpetrators.enumerated() {
            if case .new(let record) = perpetrator.person {
                issues += RecordValidation.validate(record, at: "perpetrators[\(index)].person", today: today)
            }
        }
        for (index, item) in input.events.enumerated() {
            issues += RecordValidation.validate(item.event, at: "events[\(index)]", today: today)
            if let victim = item.victimIndex, !input.victims.indices.contains(victim) {
                issues.append(ValidationIssue("events[\(index)].victim", .outOfRange(min: 0, max: max(0, input.victims.count - 1))))
            }
        }
        try issues.throwIfAny()
    }

    // MARK: Edit, close, assign

    /// Changes the case's own fields: status, dates, summary, closure reason.
    func update(_ caller: Caller, id: UUID, record: CaseRecord) async throws -> CaseFileModel {
        let model = try await load(caller, id: id, for: .update)
        try RecordValidation.validate(record, at: "", today: today).throwIfAny()
        let closing: Set<CaseStatus> = [.closed, .closedReferred]
        if closing.contains(record.status), !closing.contains(CaseStatus(rawValue: model.status) ?? .active) {
            try await ApprovalService(database: database, context: context).requireApproval(for: .close, caseID: id, field: "status")
        }
        let cipher = context.cipher
        return try await context.audit.transaction(on: database) { tx, audit in
            var summary = AuditSummary()
            summary.set("status", from: model.status, to: record.status.rawValue)
            summary.set("openedOn", from: model.openedOn, to: record.openedOn.firstDayText)
            summary.set("closedOn", from: model.closedOn, to: record.closedOn?.firstDayText)
            let oldSummary = try cipher.openOptional(model.summaryCipher, field: CaseFileModel.EncryptedField.summary, rowID: id)
            if oldSummary != record.summary { summary.setRedacted("summary") }
            let oldReason = try cipher.openOptional(model.closureReasonCipher, field: CaseFileModel.EncryptedField.closureReason, rowID: id)
            if oldReason != record.closureReason { summary.setRedacted("closureReason") }
            try CaseRowBuilder.apply(record, to: model, cipher: cipher)
            guard !summary.isEmpty else { return model }
            try await model.update(on: tx)
            // A victim with no identification date counts in the year the case was opened.
            if summary.changes["openedOn"] != nil { try await StatisticsFacts.refresh(caseIDs: [id], on: tx) }
            let action = (record.status == .closed || record.status == .closedReferred) && summary.changes["status"] != nil ? "case.close" : "case.update"
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: action, recordType: "caseFile", recordID: id.uuidString, organisationID: model.$organisation.id, summary: summary))
            return model
        }
    }

    /// Gives the case to a worker of its organisation, or to no one.
    func assign(_ caller: Caller, id: UUID, to assignee: UUID?) async throws -> CaseFileModel {
        let model = try await load(caller, id: id, for: .administer)
        if let assignee {
            guard let user = try await UserQueries.find(id: assignee, on: database), user.active,
                  user.$organisation.id == model.$organisation.id,
                  !Set(user.roleNames).isDisjoint(with: [Role.caseWorker.rawValue, Role.supervisor.rawValue])
            else { throw AppError.invalid([FieldError("assignedTo", .validationAssignee)]) }
        }
        return try await context.audit.transaction(on: database) { tx, audit in
            var summary = AuditSummary()
            summary.set("assignedTo", from: model.$assignedTo.id?.uuidString, to: assignee?.uuidString)
            guard !summary.isEmpty else { return model }
            model.$assignedTo.id = assignee
            try await model.update(on: tx)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.assign", recordType: "caseFile", recordID: id.uuidString, organisationID: model.$organisation.id, summary: summary))
            return model
        }
    }
}
