import CaseModel
import Fluent
import Foundation
import Storage

/// Reads a whole case file and decrypts it. No access check and no audit: the
/// callers (``CaseService``, exports) do those.
struct CaseFileLoader {
    let database: any Database
    let context: LibertasContext

    func load(_ model: CaseFileModel) async throws -> CaseFileView {
        try await load([model])[0]
    }

    /// Several case files at once: one query per kind of record for all of
    /// them, so an export of thousands of cases stays a few queries per page.
    func load(_ models: [CaseFileModel]) async throws -> [CaseFileView] {
        let ids = try models.map { try $0.requireID() }
        guard !ids.isEmpty else { return [] }
        var parts = Parts()
        parts.victims = try await VictimModel.query(on: database).filter(\.$caseFile.$id ~~ ids)
            .with(\.$person) { $0.with(\.$citizenships) }.sort(\.$createdAt).sort(\.$id).all()
        parts.perpetrators = try await PerpetratorModel.query(on: database).filter(\.$caseFile.$id ~~ ids)
            .with(\.$person) { $0.with(\.$citizenships) }.sort(\.$createdAt).sort(\.$id).all()
        parts.events = try await TraffickingEventModel.query(on: database).filter(\.$caseFile.$id ~~ ids).all()
        parts.consents = try await ConsentModel.query(on: database).filter(\.$caseFile.$id ~~ ids).sort(\.$createdAt).all()
        parts.plans = try await SupportPlanModel.query(on: database).filter(\.$caseFile.$id ~~ ids).sort(\.$createdAt).all()
        parts.services = try await ServiceModel.query(on: database).filter(\.$caseFile.$id ~~ ids).sort(\.$createdAt).all()
        parts.comments = try await CaseCommentModel.query(on: database).filter(\.$caseFile.$id ~~ ids).with(\.$author).sort(\.$createdAt).all()
        parts.attachments = try await AttachmentModel.query(on: database).filter(\.$caseFile.$id ~~ ids).sort(\.$createdAt).all()
        let ownerIDs = parts.victims.compactMap(\.id) + parts.perpetrators.compactMap(\.id)
        parts.codes = ownerIDs.isEmpty ? [] : try await CodeValueModel.query(on: database).filter(\.$ownerID ~~ ownerIDs).all()
        for person in parts.victims.map(\.person) + parts.perpetrators.map(\.person) {
            parts.persons[try person.requireID()] = try context.caseCodecs.person.decode(person)
        }
        return try Self.assemble(models, parts, codecs: context.caseCodecs)
    }

    /// A case just opened, from the rows written for it: what a reload would
    /// return, without reading it back. `existing` are the persons the case
    /// reuses, already decrypted.
    static func view(ofNew model: CaseFileModel, rows: NewCaseRows, existing: [UUID: PersonRecord], codecs: CaseCodecs) throws -> CaseFileView {
        var parts = Parts(victims: rows.victims, perpetrators: rows.perpetrators, events: rows.events, codes: rows.codes, persons: existing)
        let citizenships = Dictionary(grouping: rows.citizenships, by: \.$person.id)
        for person in rows.persons {
            let id = try person.requireID()
            person.$citizenships.value = citizenships[id] ?? []
            parts.persons[id] = try codecs.person.decode(person)
        }
        return try assemble([model], parts, codecs: codecs)[0]
    }

    /// The records of some case files, fetched or just written.
    struct Parts {
        var victims: [VictimModel] = []
        var perpetrators: [PerpetratorModel] = []
        var events: [TraffickingEventModel] = []
        var consents: [ConsentModel] = []
        var plans: [SupportPlanModel] = []
        var services: [ServiceModel] = []
        /// With their authors loaded.
        var comments: [CaseCommentModel] = []
        var attachments: [AttachmentModel] = []
        /// The multi-select values of the victims and perpetrators.
        var codes: [CodeValueModel] = []
        /// The victims' and perpetrators' persons, decrypted.
        var persons: [UUID: PersonRecord] = [:]
    }

    static func assemble(_ models: [CaseFileModel], _ parts: Parts, codecs: CaseCodecs) throws -> [CaseFileView] {
        let cipher = codecs.cipher
        let codesByOwner = Dictionary(grouping: parts.codes, by: \.ownerID)
        func person(_ id: UUID) throws -> PersonRecord {
            guard let record = parts.persons[id] else { throw AppError.notFound }
            return record
        }
        return try models.map { model in
            let id = try model.requireID()
            return CaseFileView(
                id: id,
                reference: model.reference,
                organisationID: model.$organisation.id,
                assignedTo: model.$assignedTo.id,
                createdBy: model.$createdBy.id,
                record: try CaseRowBuilder.decode(model, cipher: cipher),
                victims: try parts.victims.filter { $0.$caseFile.id == id }.map { victim in
                    CaseFileView.Victim(id: try victim.requireID(), personID: victim.$person.id, person: try person(victim.$person.id),
                                        context: try codecs.victim.decode(victim, codes: codesByOwner[victim.id ?? id] ?? []))
                },
                perpetrators: try parts.perpetrators.filter { $0.$caseFile.id == id }.map { perpetrator in
                    CaseFileView.Perpetrator(id: try perpetrator.requireID(), personID: perpetrator.$person.id, person: try person(perpetrator.$person.id),
                                             context: try codecs.perpetrator.decode(perpetrator, codes: codesByOwner[perpetrator.id ?? id] ?? []))
                },
                events: try parts.events.filter { $0.$caseFile.id == id }
                    .map { CaseFileView.Event(id: try $0.requireID(), victimID: $0.$victim.id, event: try codecs.event.decode($0)) }
                    .sorted(by: Self.routeOrder),
                consents: try parts.consents.filter { $0.$caseFile.id == id }.map { consent in
                    let cid = try consent.requireID()
                    return CaseFileView.Consent(
                        id: cid, personID: consent.$person.id,
                        purpose: ConsentPurpose(rawValue: consent.purpose) ?? .services, granted: consent.granted, givenOn: consent.givenOn,
                        method: ConsentMethod(rawValue: consent.method) ?? .written,
                        givenBy: try cipher.openOptional(consent.givenByCipher, field: ConsentModel.EncryptedField.givenBy, rowID: cid),
                        withdrawnOn: consent.withdrawnOn,
                        withdrawalNote: try cipher.openOptional(consent.withdrawalNoteCipher, field: ConsentModel.EncryptedField.withdrawalNote, rowID: cid),
                        shares: DisclosureGroup.set(from: consent.shares)
                    )
                },
                plans: try parts.plans.filter { $0.$caseFile.id == id }.map { plan in
                    let pid = try plan.requireID()
                    return CaseFileView.Plan(
                        id: pid, victimID: plan.$victim.id, type: SupportPlanType(rawValue: plan.planType) ?? .socialCare,
                        objectives: try cipher.openOptional(plan.objectivesCipher, field: SupportPlanModel.EncryptedField.objectives, rowID: pid),
                        actionPlan: try cipher.openOptional(plan.actionPlanCipher, field: SupportPlanModel.EncryptedField.actionPlan, rowID: pid),
                        plannedEnd: plan.plannedEnd, actualEnd: plan.actualEnd
                    )
                },
                services: try parts.services.filter { $0.$caseFile.id == id }.map { service in
                    let sid = try service.requireID()
                    return CaseFileView.Service(
                        id: sid, victimID: service.$victim.id, planID: service.$supportPlan.id,
                        type: ServiceType(rawValue: service.serviceType) ?? .other,
                        need: try cipher.openOptional(service.needCipher, field: ServiceModel.EncryptedField.need, rowID: sid),
                        providerID: service.$provider.id, providerName: service.providerName,
                        status: ServiceStatus(rawValue: service.status) ?? .planned,
                        startOn: service.startOn, endOn: service.endOn,
                        notes: try cipher.openOptional(service.notesCipher, field: ServiceModel.EncryptedField.notes, rowID: sid)
                    )
                },
                comments: try parts.comments.filter { $0.$caseFile.id == id }.map { comment in
                    let cid = try comment.requireID()
                    return CaseFileView.Comment(
                        id: cid, authorID: comment.$author.id, authorName: comment.author?.username ?? "—",
                        body: try cipher.open(comment.bodyCipher, field: CaseCommentModel.EncryptedField.body, rowID: cid),
                        createdAt: comment.createdAt
                    )
                },
                attachments: try parts.attachments.filter { $0.$caseFile.id == id }.map { attachment in
                    let aid = try attachment.requireID()
                    return CaseFileView.Attachment(
                        id: aid, fileName: try cipher.open(attachment.fileNameCipher, field: AttachmentModel.EncryptedField.fileName, rowID: aid),
                        contentType: attachment.contentType, sizeBytes: attachment.sizeBytes, uploadedAt: attachment.createdAt
                    )
                },
                createdAt: model.createdAt,
                updatedAt: model.updatedAt
            )
        }
    }

    /// The route in time order; undated events after dated ones, recruitment
    /// before transit before exploitation.
    static func routeOrder(_ a: CaseFileView.Event, _ b: CaseFileView.Event) -> Bool {
        let stage: [EventType: Int] = [.recruitment: 0, .transit: 1, .exploitation: 2]
        switch (a.event.dateFrom, b.event.dateFrom) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return stage[a.event.type, default: 3] < stage[b.event.type, default: 3]
        }
    }
}
