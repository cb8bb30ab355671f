import AuditTrail
import CaseModel
import Fluent
import Foundation
import Reporting
import Storage

/// A perpetrator's criminal-justice stages: brought into formal contact with the police,
/// prosecuted, convicted. GLOTIP counts persons at each stage; the stage is a fact about the
/// proceedings, so it is recorded on the case like the route.
extension CaseService {
    struct JusticeStageLine: Sendable {
        let id: UUID
        let perpetratorID: UUID
        let stage: JusticeStage
        let reachedOn: PartialDate?
        let article: String?
    }

    func addJusticeStage(_ caller: Caller, caseID: UUID, perpetratorID: UUID, stage: JusticeStage, reachedOn: PartialDate, article: String?) async throws -> UUID {
        let model = try await load(caller, id: caseID, for: .update)
        guard try await PerpetratorModel.query(on: database).filter(\.$id == perpetratorID).filter(\.$caseFile.$id == caseID).first() != nil else {
            throw AppError.notFound
        }
        var validator = Validator()
        if reachedOn > today { validator.add("reachedOn", .validationInFuture) }
        let article = article.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let article, article.count > 100 { validator.add("article", .validationTooLong, ["max": "100"]) }
        try validator.throwIfInvalid()
        let row = JusticeStageModel(caseID: caseID, perpetratorID: perpetratorID, stage: stage.rawValue, reachedOn: reachedOn.description, article: article, recordedBy: caller.user.id)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            var summary = AuditSummary()
            summary.note("perpetrator", perpetratorID.uuidString)
            summary.set("stage", from: nil, to: stage.rawValue)
            summary.set("reachedOn", from: nil, to: reachedOn.description)
            summary.set("article", from: nil, to: article)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.justiceStage.add", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
        return try row.requireID()
    }

    func deleteJusticeStage(_ caller: Caller, caseID: UUID, stageID: UUID) async throws {
        let model = try await load(caller, id: caseID, for: .update)
        guard let row = try await JusticeStageModel.query(on: database).filter(\.$id == stageID).filter(\.$caseFile.$id == caseID).first() else {
            throw AppError.notFound
        }
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.delete(on: tx)
            try await StatisticsFacts.refresh(caseIDs: [caseID], on: tx)
            var summary = AuditSummary()
            summary.note("perpetrator", row.$perpetrator.id.uuidString)
            summary.set("stage", from: row.stage, to: nil)
            summary.set("reachedOn", from: row.reachedOn, to: nil)
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "case.justiceStage.delete", recordType: "caseFile", recordID: caseID.uuidString, organisationID: model.$organisation.id, summary: summary))
        }
    }

    /// The stages recorded on a case, oldest first. The caller has already been allowed to read the case.
    func justiceStages(caseID: UUID) async throws -> [JusticeStageLine] {
        try await JusticeStageModel.query(on: database).filter(\.$caseFile.$id == caseID).sort(\.$reachedOn).all().compactMap { row in
            guard let stage = JusticeStage(rawValue: row.stage) else { return nil }
            return JusticeStageLine(id: try row.requireID(), perpetratorID: row.$perpetrator.id, stage: stage, reachedOn: PartialDate(parsing: row.reachedOn), article: row.article)
        }
    }
}
