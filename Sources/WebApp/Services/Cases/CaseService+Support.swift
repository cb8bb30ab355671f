import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

struct SupportPlanInput: Sendable {
    var victimID: UUID
    var type: SupportPlanType
    var objectives: String?
    var actionPlan: String?
    var plannedEnd: PartialDate?
    var actualEnd: PartialDate?
}

struct ServiceInput: Sendable {
    var victimID: UUID
    var planID: UUID?
    var type: ServiceType
    var need: String?
    var providerID: UUID?
    var providerName: String?
    var status: ServiceStatus
    var startOn: PartialDate?
    var endOn: PartialDate?
    var notes: String?
}

/// Support plans and the services given to victims.
extension CaseService {
    func addPlan(_ caller: Caller, caseID: UUID, _ input: SupportPlanInput) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        try await requireVictim(input.victimID, on: caseID)
        try validateText(["objectives": input.objectives, "actionPlan": input.actionPlan])
        let row = SupportPlanModel(caseID: caseID, victimID: input.victimID, planType: input.type.rawValue)
        try apply(input, to: row)
        let id = try row.requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("plan", id.uuidString)
            summary.set("type", from: nil, to: input.type.rawValue)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.plan.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return id
    }

    func updatePlan(_ caller: Caller, caseID: UUID, planID: UUID, _ input: SupportPlanInput) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await SupportPlanModel.query(on: database).filter(\.$id == planID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        try await requireVictim(input.victimID, on: caseID)
        try validateText(["objectives": input.objectives, "actionPlan": input.actionPlan])
        let before = (row.planType, row.plannedEnd, row.actualEnd)
        row.$victim.id = input.victimID
        try apply(input, to: row)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.update(on: tx)
            var summary = AuditSummary()
            summary.note("plan", planID.uuidString)
            summary.set("type", from: before.0, to: row.planType)
            summary.set("plannedEnd", from: before.1, to: row.plannedEnd)
            summary.set("actualEnd", from: before.2, to: row.actualEnd)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.plan.update", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    func addService(_ caller: Caller, caseID: UUID, _ input: ServiceInput) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        try await checkService(input, caseID: caseID)
        let row = ServiceModel(caseID: caseID, victimID: input.victimID, serviceType: input.type.rawValue, status: input.status.rawValue)
        try apply(input, to: row)
        let id = try row.requireID()
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            var summary = AuditSummary()
            summary.note("service", id.uuidString)
            summary.set("type", from: nil, to: input.type.rawValue)
            summary.set("status", from: nil, to: input.status.rawValue)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.service.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return id
    }

    func updateService(_ caller: Caller, caseID: UUID, serviceID: UUID, _ input: ServiceInput) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await ServiceModel.query(on: database).filter(\.$id == serviceID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        try await checkService(input, caseID: caseID)
        let before = (row.serviceType, row.status)
        row.$victim.id = input.victimID
        try apply(input, to: row)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.update(on: tx)
            var summary = AuditSummary()
            summary.note("service", serviceID.uuidString)
            summary.set("type", from: before.0, to: row.serviceType)
            summary.set("status", from: before.1, to: row.status)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.service.update", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    private func checkService(_ input: ServiceInput, caseID: UUID) async throws {
        try await requireVictim(input.victimID, on: caseID)
        var validator = Validator()
        if let planID = input.planID,
           try await SupportPlanModel.query(on: database).filter(\.$id == planID).filter(\.$caseFile.$id == caseID).count() == 0 {
            validator.add("planId", .validationChoice)
        }
        if let providerID = input.providerID, try await OrganisationModel.find(providerID, on: database) == nil {
            validator.add("providerId", .validationOrganisation)
        }
        if let start = input.startOn, let end = input.endOn, end < start { validator.add("endOn", .validationEndBeforeStart) }
        _ = validator.optionalText(input.providerName, field: "providerName", maxLength: 200)
        for (field, text) in [("need", input.need), ("notes", input.notes)] {
            _ = validator.optionalText(text, field: field, maxLength: RecordValidation.maximumTextLength)
        }
        try validator.throwIfInvalid()
    }

    private func validateText(_ fields: [String: String?]) throws {
        var validator = Validator()
        for (field, text) in fields.sorted(by: { $0.key < $1.key }) {
            _ = validator.optionalText(text, field: field, maxLength: RecordValidation.maximumTextLength)
        }
        try validator.throwIfInvalid()
    }

    private func apply(_ input: SupportPlanInput, to row: SupportPlanModel) throws {
        let id = try row.requireID()
        row.planType = input.type.rawValue
        row.objectivesCipher = try context.cipher.sealOptional(input.objectives, field: SupportPlanModel.EncryptedField.objectives, rowID: id)
        row.actionPlanCipher = try context.cipher.sealOptional(input.actionPlan, field: SupportPlanModel.EncryptedField.actionPlan, rowID: id)
        row.plannedEnd = input.plannedEnd?.firstDayText
        row.actualEnd = input.actualEnd?.firstDayText
    }

    private func apply(_ input: ServiceInput, to row: ServiceModel) throws {
        let id = try row.requireID()
        row.$supportPlan.id = input.planID
        row.serviceType = input.type.rawValue
        row.needCipher = try context.cipher.sealOptional(input.need, field: ServiceModel.EncryptedField.need, rowID: id)
        row.$provider.id = input.providerID
        row.providerName = input.providerName.flatMap { $0.isEmpty ? nil : $0 }
        row.status = input.status.rawValue
        row.startOn = input.startOn?.firstDayText
        row.endOn = input.endOn?.firstDayText
        row.notesCipher = try context.cipher.sealOptional(input.notes, field: ServiceModel.EncryptedField.notes, rowID: id)
    }
}
