import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// Victims and perpetrators on a case, and the persons behind them.
extension CaseService {
    /// Adds a victim (a new or an existing person) to a case.
    func addVictim(_ caller: Caller, caseID: UUID, person: PersonChoice, context victimContext: VictimContext) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        var victim = victimContext
        if victim.identifiedOn == nil { victim.identifiedOn = today.toMonth }
        let existing = try await existingPersons(caller, ids: person.existingID.map { [$0] } ?? [])
        let record = person.record(existing)
        var issues = RecordValidation.validate(victim, of: record, at: "context", today: today)
        if case .new(let new) = person { issues += RecordValidation.validate(new, at: "person", today: today) }
        try issues.throwIfAny()
        if let id = person.existingID,
           try await VictimModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$person.$id == id).count() > 0 {
            throw AppError.conflict(FieldError("personId", .validationAlreadyOnCase))
        }
        let draft = CaseDraft(record: CaseRecord(openedOn: today), victims: [(Self.draftPerson(person, existing), victim)])
        let rows = try subRows(draft, into: model)
        let victimID = try rows.victims[0].requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await rows.insert(on: tx)
            var summary = AuditSummary()
            summary.note("victim", victimID.uuidString)
            summary.note("person", person.existingID == nil ? "new" : "existing")
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.victim.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return victimID
    }

    /// Changes a victim's context on a case.
    func updateVictim(_ caller: Caller, caseID: UUID, victimID: UUID, context victim: VictimContext) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await VictimModel.query(on: database).filter(\.$id == victimID).filter(\.$caseFile.$id == caseID)
            .with(\.$person) { $0.with(\.$citizenships) }.first()
        else { throw AppError.notFound }
        let person = try context.caseCodecs.person.decode(row.person)
        try RecordValidation.validate(victim, of: person, at: "context", today: today).throwIfAny()
        let oldCodes = try await CodeValueModel.query(on: database).filter(\.$ownerID == victimID).all()
        let old = try context.caseCodecs.victim.decode(row, codes: oldCodes)
        try await ApprovalService(database: database, context: context)
            .requireApproval(for: .traffickingStatus(from: old.traffickingStatus, to: victim.traffickingStatus), caseID: caseID, field: "traffickingStatus")
        let codes = try context.caseCodecs.victim.apply(victim, to: row, person: person)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.update(on: tx)
            try await CodeValueModel.query(on: tx).filter(\.$ownerID == victimID).delete()
            try await NewCaseRows.create(codes, on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            var summary = VictimChanges.summary(from: old, to: victim)
            summary.note("victim", victimID.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.victim.update", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    /// Adds a perpetrator (a new or an existing person) to a case.
    func addPerpetrator(_ caller: Caller, caseID: UUID, person: PersonChoice, context perpetrator: PerpetratorContext) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        let existing = try await existingPersons(caller, ids: person.existingID.map { [$0] } ?? [])
        if case .new(let new) = person { try RecordValidation.validate(new, at: "person", today: today).throwIfAny() }
        if let id = person.existingID,
           try await PerpetratorModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$person.$id == id).count() > 0 {
            throw AppError.conflict(FieldError("personId", .validationAlreadyOnCase))
        }
        let draft = CaseDraft(record: CaseRecord(openedOn: today), perpetrators: [(Self.draftPerson(person, existing), perpetrator)])
        let rows = try subRows(draft, into: model)
        let perpetratorID = try rows.perpetrators[0].requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await rows.insert(on: tx)
            var summary = AuditSummary()
            summary.note("perpetrator", perpetratorID.uuidString)
            summary.set("roles", from: nil, to: perpetrator.roles.map(\.rawValue).sorted().joined(separator: ","))
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.perpetrator.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return perpetratorID
    }

    /// Changes a person's details. Allowed to whoever may update a case the
    /// person is on, within the person's organisation.
    func updatePerson(_ caller: Caller, caseID: UUID, personID: UUID, record: PersonRecord) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        let onCase = try await VictimModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$person.$id == personID).count()
            + PerpetratorModel.query(on: database).filter(\.$caseFile.$id == caseID).filter(\.$person.$id == personID).count()
        guard onCase > 0, let person = try await PersonModel.query(on: database).filter(\.$id == personID).with(\.$citizenships).first() else {
            throw AppError.notFound
        }
        try await context.authorize(caller, .update, RecordFacts(kind: .person, organisationID: person.$organisation.id), recordID: personID.uuidString, on: database)
        try RecordValidation.validate(record, at: "person", today: today).throwIfAny()
        let codec = context.caseCodecs.person
        let before = try codec.decode(person)
        try codec.apply(record, to: person, today: today)
        let citizenships = codec.citizenshipRows(record, personID: personID)
        let index = codec.indexRows(record, personID: personID, organisationID: person.$organisation.id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await person.update(on: tx)
            try await PersonCitizenshipModel.query(on: tx).filter(\.$person.$id == personID).delete()
            try await NewCaseRows.create(citizenships, on: tx)
            try await PersonNameIndexModel.query(on: tx).filter(\.$personID == personID).delete()
            try await NewCaseRows.create(index, on: tx)
            try await StatisticsFacts.refresh(personID: personID, on: tx)
            var summary = PersonChanges.summary(from: before, to: record)
            summary.note("person", personID.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "person.update", recordType: "person", recordID: personID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    /// Takes a victim or perpetrator off a case, for a mistaken entry. The person stays registered.
    func removeParticipant(_ caller: Caller, caseID: UUID, participantID: UUID) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        let victim = try await VictimModel.query(on: database).filter(\.$id == participantID).filter(\.$caseFile.$id == caseID).first()
        let perpetrator = victim == nil ? try await PerpetratorModel.query(on: database).filter(\.$id == participantID).filter(\.$caseFile.$id == caseID).first() : nil
        guard victim != nil || perpetrator != nil else { throw AppError.notFound }
        try await context.audit.transaction(on: database) { tx, audit in
            try await CodeValueModel.query(on: tx).filter(\.$ownerID == participantID).delete()
            if let victim {
                try await TraffickingEventModel.query(on: tx).filter(\.$victim.$id == participantID).set(\.$victim.$id, to: nil).update()
                try await SupportPlanModel.query(on: tx).filter(\.$victim.$id == participantID).delete()
                try await ServiceModel.query(on: tx).filter(\.$victim.$id == participantID).delete()
                try await victim.delete(on: tx)
            }
            try await perpetrator?.delete(on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            var summary = AuditSummary()
            summary.note(victim != nil ? "victim" : "perpetrator", participantID.uuidString)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.participant.remove", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    /// The rows of sub-records built as for a new case, then attached to an existing one.
    func subRows(_ draft: CaseDraft, into model: CaseFileModel) throws -> NewCaseRows {
        let caseID = try model.requireID()
        var rows = try CaseRowBuilder(codecs: context.caseCodecs, today: today).rows(for: draft, organisationID: model.$organisation.id, createdBy: nil).rows
        rows.cases = []
        for victim in rows.victims { victim.$caseFile.id = caseID }
        for perpetrator in rows.perpetrators { perpetrator.$caseFile.id = caseID }
        for event in rows.events { event.$caseFile.id = caseID }
        return rows
    }

    static func draftPerson(_ choice: PersonChoice, _ existing: [UUID: PersonRecord]) -> CaseDraft.Person {
        switch choice {
        case .existing(let id): .existing(id: id, record: existing[id] ?? PersonRecord())
        case .new(let record): .new(record)
        }
    }
}

extension PersonChoice {
    var existingID: UUID? {
        if case .existing(let id) = self { return id }
        return nil
    }

    func record(_ existing: [UUID: PersonRecord]) -> PersonRecord? {
        switch self {
        case .existing(let id): existing[id]
        case .new(let record): record
        }
    }
}

/// Which of a person's fields changed, for the audit log: names only for
/// personal fields, values for the statistical ones.
enum PersonChanges {
    static func summary(from old: PersonRecord, to new: PersonRecord) -> AuditSummary {
        var summary = AuditSummary()
        let personal: [(String, Bool)] = [
            ("givenName", old.givenName != new.givenName), ("middleName", old.middleName != new.middleName),
            ("familyName", old.familyName != new.familyName), ("aliases", old.aliases != new.aliases),
            ("birthDate", old.birthDate != new.birthDate), ("identityNumber", old.identityNumber != new.identityNumber),
            ("email", old.email != new.email), ("phone", old.phone != new.phone), ("address", old.address != new.address),
            ("notes", old.notes != new.notes),
        ]
        for (field, changed) in personal where changed { summary.setRedacted(field) }
        summary.set("gender", from: old.gender?.rawValue, to: new.gender?.rawValue)
        summary.set("citizenships", from: old.citizenships.sorted().joined(separator: ","), to: new.citizenships.sorted().joined(separator: ","))
        summary.set("maritalStatus", from: old.maritalStatus?.rawValue, to: new.maritalStatus?.rawValue)
        summary.set("education", from: old.education?.rawValue, to: new.education?.rawValue)
        return summary
    }
}

/// Which of a victim's fields changed, for the audit log.
enum VictimChanges {
    static func summary(from old: VictimContext, to new: VictimContext) -> AuditSummary {
        var summary = AuditSummary()
        summary.set("traffickingStatus", from: old.traffickingStatus.rawValue, to: new.traffickingStatus.rawValue)
        summary.set("statusDecidedBy", from: old.statusDecidedBy?.rawValue, to: new.statusDecidedBy?.rawValue)
        summary.set("identifiedOn", from: old.identifiedOn?.toMonth.description, to: new.identifiedOn?.toMonth.description)
        summary.set("ageWhenTrafficked", from: old.ageWhenTrafficked.map(String.init), to: new.ageWhenTrafficked.map(String.init))
        summary.set("exploitationCountry", from: old.exploitationCountry, to: new.exploitationCountry)
        summary.set("repatriatedTo", from: old.repatriatedTo, to: new.repatriatedTo)
        summary.set("repatriatedOn", from: old.repatriatedOn?.description, to: new.repatriatedOn?.description)
        summary.set("forcedLabourIndustry", from: old.forcedLabourIndustry?.rawValue, to: new.forcedLabourIndustry?.rawValue)
        for ((field, before), (_, after)) in zip(old.multiSelectValues, new.multiSelectValues) {
            summary.set(field, from: before.joined(separator: ","), to: after.joined(separator: ","))
        }
        if old.exploitationPlace != new.exploitationPlace { summary.setRedacted("exploitationPlace") }
        return summary
    }
}
