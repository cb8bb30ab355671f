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
        let id = try model.requireID()
        let codecs = context.caseCodecs
        let cipher = codecs.cipher
        async let victimRows = VictimModel.query(on: database).filter(\.$caseFile.$id == id)
            .with(\.$person) { $0.with(\.$citizenships) }.sort(\.$createdAt).all()
        async let perpetratorRows = PerpetratorModel.query(on: database).filter(\.$caseFile.$id == id)
            .with(\.$person) { $0.with(\.$citizenships) }.sort(\.$createdAt).all()
        async let eventRows = TraffickingEventModel.query(on: database).filter(\.$caseFile.$id == id).all()
        async let consentRows = ConsentModel.query(on: database).filter(\.$caseFile.$id == id).sort(\.$createdAt).all()
        async let planRows = SupportPlanModel.query(on: database).filter(\.$caseFile.$id == id).sort(\.$createdAt).all()
        async let serviceRows = ServiceModel.query(on: database).filter(\.$caseFile.$id == id).sort(\.$createdAt).all()
        async let commentRows = CaseCommentModel.query(on: database).filter(\.$caseFile.$id == id).with(\.$author).sort(\.$createdAt).all()
        async let attachmentRows = AttachmentModel.query(on: database).filter(\.$caseFile.$id == id).sort(\.$createdAt).all()
        let victims = try await victimRows
        let perpetrators = try await perpetratorRows
        let ownerIDs = victims.compactMap(\.id) + perpetrators.compactMap(\.id)
        let codes = ownerIDs.isEmpty ? [] : try await CodeValueModel.query(on: database).filter(\.$ownerID ~~ ownerIDs).all()

        return CaseFileView(
            id: id,
            reference: model.reference,
            organisationID: model.$organisation.id,
            assignedTo: model.$assignedTo.id,
            createdBy: model.$createdBy.id,
            record: try CaseRowBuilder.decode(model, cipher: cipher),
            victims: try victims.map { victim in
                CaseFileView.Victim(id: try victim.requireID(), personID: victim.$person.id, person: try codecs.person.decode(victim.person), context: try codecs.victim.decode(victim, codes: codes))
            },
            perpetrators: try perpetrators.map { perpetrator in
                CaseFileView.Perpetrator(id: try perpetrator.requireID(), personID: perpetrator.$person.id, person: try codecs.person.decode(perpetrator.person), context: try codecs.perpetrator.decode(perpetrator, codes: codes))
            },
            events: try await eventRows.map { CaseFileView.Event(id: try $0.requireID(), victimID: $0.$victim.id, event: try codecs.event.decode($0)) }
                .sorted(by: Self.routeOrder),
            consents: try await consentRows.map { consent in
                let cid = try consent.requireID()
                return CaseFileView.Consent(
                    id: cid, personID: consent.$person.id,
                    purpose: ConsentPurpose(rawValue: consent.purpose) ?? .services, granted: consent.granted, givenOn: consent.givenOn,
                    method: ConsentMethod(rawValue: consent.method) ?? .written,
                    givenBy: try cipher.openOptional(consent.givenByCipher, field: ConsentModel.EncryptedField.givenBy, rowID: cid),
                    withdrawnOn: consent.withdrawnOn,
                    withdrawalNote: try cipher.openOptional(consent.withdrawalNoteCipher, field: ConsentModel.EncryptedField.withdrawalNote, rowID: cid)
                )
            },
            plans: try await planRows.map { plan in
                let pid = try plan.requireID()
                return CaseFileView.Plan(
                    id: pid, victimID: plan.$victim.id, type: SupportPlanType(rawValue: plan.planType) ?? .socialCare,
                    objectives: try cipher.openOptional(plan.objectivesCipher, field: SupportPlanModel.EncryptedField.objectives, rowID: pid),
                    actionPlan: try cipher.openOptional(plan.actionPlanCipher, field: SupportPlanModel.EncryptedField.actionPlan, rowID: pid),
                    plannedEnd: plan.plannedEnd, actualEnd: plan.actualEnd
                )
            },
            services: try await serviceRows.map { service in
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
            comments: try await commentRows.map { comment in
                let cid = try comment.requireID()
                return CaseFileView.Comment(
                    id: cid, authorID: comment.$author.id, authorName: comment.author?.username ?? "—",
                    body: try cipher.open(comment.bodyCipher, field: CaseCommentModel.EncryptedField.body, rowID: cid),
                    createdAt: comment.createdAt
                )
            },
            attachments: try await attachmentRows.map { attachment in
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
