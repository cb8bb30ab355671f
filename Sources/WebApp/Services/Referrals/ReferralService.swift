import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Storage

/// What a referral needs from the sender.
struct NewReferral: Sendable {
    var victimID: UUID
    var toOrganisationID: UUID
    var serviceType: ServiceType
    /// The parts of the record to share; empty refers with the minimal profile only.
    var shares: Set<DisclosureGroup>
    var note: String?
}

/// Referrals between organisations: refer, accept, decline, revoke, complete.
///
/// The sender works from its own case (it needs `update` on the case). The
/// receiver never gets the case: it reads the victim through ``view(_:id:)``,
/// where the consent gate is asked again on every read, so a withdrawn consent
/// or a revoked, declined or completed referral stops the sharing at once.
struct ReferralService {
    let database: any Database
    let context: LibertasContext

    /// The referral as `caller` meets it. Who referred owns it while their organisation still
    /// sends it (a transfer of the case passes its referrals to the new owner, and the old
    /// organisation's people lose them): hotline operators, who hold referral grants only on
    /// what they own, read and revoke their own and no one else's.
    static func facts(_ model: ReferralModel, seenBy caller: Caller) -> RecordFacts {
        let owner = caller.user.organisationID == model.fromOrganisationID ? model.referredBy : nil
        return RecordFacts(kind: .referral, ownerUserID: owner, organisationID: model.fromOrganisationID, referredToOrganisationIDs: [model.toOrganisationID])
    }

    /// The longest note a sender may write to the receiver.
    static let noteLimit = 4000

    var cases: CaseService { CaseService(database: database, context: context) }
    var today: PartialDate { PartialDate.today(context.now()) }

    // MARK: Refer

    /// Refers a victim of the case. `alongside` runs in the referral's own
    /// transaction, for a caller that records where the referral came from.
    func refer(_ caller: Caller, caseID: UUID, _ input: NewReferral,
               alongside: (@Sendable (any Database, AuditRecorder, UUID) async throws -> Void)? = nil) async throws -> UUID {
        let caseModel = try await cases.load(caller, id: caseID, for: .update)
        let from = caseModel.$organisation.id
        try await context.authorize(caller, .create, RecordFacts(kind: .referral, ownerUserID: caller.user.id, organisationID: from), on: database)
        var validator = Validator()
        let note = validator.optionalText(input.note, field: "note", maxLength: Self.noteLimit)
        try await checkReceiver(input.toOrganisationID, from: from, into: &validator)
        let file = try await CaseFileLoader(database: database, context: context).load(caseModel)
        guard let victim = file.victims.first(where: { $0.id == input.victimID }) else {
            validator.add("victimId", .validationVictimNotOnCase)
            try validator.throwIfInvalid()
            throw AppError.notFound
        }
        try validator.throwIfInvalid()
        if let refusal = ReferralDisclosure.refusal(input.shares, consents: Self.consents(file, victim), isChild: isChild(victim), policy: context.config.referrals.childConsent) {
            throw AppError.invalid([Self.fieldError(refusal)])
        }

        let now = context.now()
        let row = ReferralModel(caseID: caseID, victimID: input.victimID, from: from, to: input.toOrganisationID, serviceType: input.serviceType.rawValue,
                                shares: DisclosureGroup.text(of: input.shares), referredBy: caller.user.id, at: now)
        let id = try row.requireID()
        row.noteCipher = try context.cipher.sealOptional(note, field: ReferralModel.EncryptedField.note, rowID: id)
        let step = ReferralStepModel(referralID: id, step: ReferralStatus.pending.rawValue, actorID: caller.user.id, organisationID: from, at: now)
        try await context.audit.transaction(on: database) { tx, audit in
            try await row.create(on: tx)
            try await step.create(on: tx)
            // The receiver is not told the sender's case id: it never gets the case.
            try await context.events.publish([DomainEvent(kind: .referralReceived, subjectID: id, organisationID: input.toOrganisationID)], on: tx)
            var summary = AuditSummary()
            summary.note("case", caseID.uuidString)
            summary.note("victim", input.victimID.uuidString)
            summary.set("to", from: nil, to: input.toOrganisationID.uuidString)
            summary.set("serviceType", from: nil, to: input.serviceType.rawValue)
            summary.set("shares", from: nil, to: row.shares)
            if note != nil { summary.setRedacted("note") }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "referral.create", recordType: "referral", recordID: id.uuidString, organisationID: from, summary: summary))
            try await alongside?(tx, audit, id)
        }
        return id
    }

    /// A referral goes to another organisation that is still active.
    func checkReceiver(_ id: UUID, from: UUID, into validator: inout Validator) async throws {
        let target = try await OrganisationModel.find(id, on: database)
        if target?.active != true || id == from { validator.add("toOrganisationId", .validationReferralOrganisation) }
    }

    // MARK: Decide

    enum End { case sender, receiver }

    /// Moves a pending or accepted referral on. Only the receiver accepts,
    /// declines and completes; only the sender revokes, and only while pending.
    func decide(_ caller: Caller, id: UUID, to status: ReferralStatus, reason: DeclineReason? = nil, comment: String? = nil) async throws {
        let model = try await load(caller, id: id, for: .update)
        let (end, allowedFrom): (End, ReferralStatus) = switch status {
        case .accepted, .declined: (.receiver, .pending)
        case .completed: (.receiver, .accepted)
        case .revoked: (.sender, .pending)
        case .pending: throw AppError.badRequest(.errorInvalid)
        }
        let callerEnd: End? = caller.user.organisationID == model.toOrganisationID ? .receiver : caller.user.organisationID == model.fromOrganisationID ? .sender : nil
        guard callerEnd == end else { try await context.refuse(caller, .update, .referral, recordID: id.uuidString, organisationID: model.fromOrganisationID, on: database) }
        var validator = Validator()
        let comment = validator.optionalText(comment, field: "comment", maxLength: 4000)
        if status == .declined && reason == nil { validator.add("reason", .validationRequired) }
        try validator.throwIfInvalid()
        guard model.status == allowedFrom.rawValue else {
            throw AppError.conflict(FieldError("status", allowedFrom == .pending ? .validationReferralNotPending : .validationReferralNotAccepted))
        }
        let now = context.now()
        let previous = model.status
        model.status = status.rawValue
        switch status {
        case .accepted, .declined:
            model.decidedAt = now
            model.decidedBy = caller.user.id
            model.declineReason = reason?.rawValue
        case .revoked, .completed:
            model.closedAt = now
        case .pending: break
        }
        let step = ReferralStepModel(referralID: id, step: status.rawValue, actorID: caller.user.id, organisationID: caller.user.organisationID, at: now)
        step.commentCipher = try context.cipher.sealOptional(comment, field: ReferralStepModel.EncryptedField.comment, rowID: try step.requireID())
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            try await step.create(on: tx)
            try await context.events.publish([Self.event(status, model, id: id)], on: tx)
            var summary = AuditSummary()
            summary.set("status", from: previous, to: status.rawValue)
            if let reason { summary.set("reason", from: nil, to: reason.rawValue) }
            if comment != nil { summary.setRedacted("comment") }
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "referral.\(status.rawValue.lowercased())", recordType: "referral",
                                              recordID: id.uuidString, organisationID: caller.user.organisationID, summary: summary))
        }
    }

    /// What the other end hears of a decision: the sender of an acceptance,
    /// decline or completion (with its case), the receiver of a revocation (without).
    static func event(_ status: ReferralStatus, _ model: ReferralModel, id: UUID) -> DomainEvent {
        let kind: DomainEvent.Kind = switch status {
        case .accepted: .referralAccepted
        case .declined: .referralDeclined
        case .completed: .referralCompleted
        case .revoked, .pending: .referralRevoked
        }
        return kind == .referralRevoked
            ? DomainEvent(kind: kind, subjectID: id, organisationID: model.toOrganisationID)
            : DomainEvent(kind: kind, subjectID: id, caseID: model.$caseFile.id, organisationID: model.fromOrganisationID)
    }

    /// The receiver notes the first service given, once: the dashboard's time to first service.
    func recordFirstService(_ caller: Caller, id: UUID) async throws {
        let model = try await load(caller, id: id, for: .update)
        guard caller.user.organisationID == model.toOrganisationID else {
            try await context.refuse(caller, .update, .referral, recordID: id.uuidString, organisationID: model.fromOrganisationID, on: database)
        }
        guard model.status == ReferralStatus.accepted.rawValue || model.status == ReferralStatus.completed.rawValue else {
            throw AppError.conflict(FieldError("status", .validationReferralNotAccepted))
        }
        guard model.firstServiceAt == nil else { return }
        let now = context.now()
        model.firstServiceAt = now
        try await context.audit.transaction(on: database) { tx, audit in
            try await model.update(on: tx)
            var summary = AuditSummary()
            summary.set("firstServiceAt", from: nil, to: ISO8601DateFormatter().string(from: now))
            try await audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "referral.firstService", recordType: "referral",
                                              recordID: id.uuidString, organisationID: caller.user.organisationID, summary: summary))
        }
    }

    // MARK: Read

    /// One referral as the caller's end sees it. Personal fields shown are audited.
    func view(_ caller: Caller, id: UUID) async throws -> ReferralView {
        let model = try await load(caller, id: id, for: .read)
        let isSender = caller.user.organisationID == model.fromOrganisationID
        let status = ReferralStatus(rawValue: model.status) ?? .revoked
        let requested = DisclosureGroup.set(from: model.shares)
        guard let caseModel = try await CaseFileModel.find(model.$caseFile.id, on: database) else { throw AppError.notFound }
        let file = try await CaseFileLoader(database: database, context: context).load(caseModel)
        let victim = file.victims.first { $0.id == model.$victim.id }
        var shared: Set<DisclosureGroup> = []
        if let victim, status.sharesData {
            shared = ReferralDisclosure.allowed(requested, consents: Self.consents(file, victim), isChild: isChild(victim), policy: context.config.referrals.childConsent)
        }
        let showsData = status.sharesData || isSender
        let steps = try await ReferralStepModel.query(on: database).filter(\.$referral.$id == id).sort(\.$at).sort(\.$id).all().map { step in
            ReferralView.Step(
                status: ReferralStatus(rawValue: step.step) ?? .pending, organisationID: step.organisationID, at: step.at,
                comment: showsData ? try context.cipher.openOptional(step.commentCipher, field: ReferralStepModel.EncryptedField.comment, rowID: try step.requireID()) : nil
            )
        }
        let person = victim?.person
        let view = ReferralView(
            id: id, caseID: model.$caseFile.id, victimID: model.$victim.id,
            fromOrganisationID: model.fromOrganisationID, toOrganisationID: model.toOrganisationID,
            serviceType: ServiceType(rawValue: model.serviceType) ?? .other, status: status,
            requested: requested, shared: shared,
            note: showsData ? try context.cipher.openOptional(model.noteCipher, field: ReferralModel.EncryptedField.note, rowID: id) : nil,
            declineReason: model.declineReason.flatMap(DeclineReason.init(rawValue:)),
            referredAt: model.referredAt, decidedAt: model.decidedAt, firstServiceAt: model.firstServiceAt, closedAt: model.closedAt,
            profile: showsData ? victim.map(profile) : nil,
            identity: shared.contains(.identity) ? person.map {
                ReferralView.Identity(givenName: $0.givenName, middleName: $0.middleName, familyName: $0.familyName, aliases: $0.aliases, birthDate: $0.birthDate,
                                      primaryLanguage: $0.primaryLanguage, secondaryLanguage: $0.secondaryLanguage, identityNumber: $0.identityNumber)
            } : nil,
            contact: shared.contains(.contact) ? person.map { ReferralView.Contact(phone: $0.phone, email: $0.email, address: $0.address) } : nil,
            caseDetails: shared.contains(.caseDetails) ? victim.map { victim in
                ReferralView.CaseDetails(context: victim.context, route: file.events.filter { $0.victimID == nil || $0.victimID == victim.id }.map(\.event))
            } : nil,
            steps: steps
        )
        var summary = AuditSummary()
        summary.note("shared", DisclosureGroup.text(of: shared))
        try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "referral.read", recordType: "referral", recordID: id.uuidString,
                                                  organisationID: caller.user.organisationID, summary: summary), on: database)
        return view
    }

    /// A line of a referral list: no personal data.
    struct Line: Sendable {
        let id: UUID
        /// The sender's case and victim; only the sender is told.
        let caseID: UUID?
        let victimID: UUID?
        let fromOrganisationID: UUID
        let toOrganisationID: UUID
        let serviceType: ServiceType
        let status: ReferralStatus
        let referredAt: Date
        let decidedAt: Date?

        init(_ model: ReferralModel, seenBy organisationID: UUID) throws {
            id = try model.requireID()
            let isSender = model.fromOrganisationID == organisationID
            caseID = isSender ? model.$caseFile.id : nil
            victimID = isSender ? model.$victim.id : nil
            fromOrganisationID = model.fromOrganisationID
            toOrganisationID = model.toOrganisationID
            serviceType = ServiceType(rawValue: model.serviceType) ?? .other
            status = ReferralStatus(rawValue: model.status) ?? .pending
            referredAt = model.referredAt
            decidedAt = model.decidedAt
        }
    }

    enum Direction: String, Sendable, CaseIterable { case incoming, outgoing }

    /// The caller organisation's referrals, newest first.
    func list(_ caller: Caller, direction: Direction, status: ReferralStatus?, cursor: String?, limit: Int?) async throws -> ListPage<Line> {
        let filter = context.listFilter(caller, .referral)
        if filter == .nothing { try await context.refuse(caller, .list, .referral, on: database) }
        let org = caller.user.organisationID
        let query = ReferralModel.query(on: database)
        switch direction {
        case .incoming: query.filter(\.$toOrganisationID == org)
        case .outgoing: query.filter(\.$fromOrganisationID == org)
        }
        if let status { query.filter(\.$status == status.rawValue) }
        return try await NewestFirst.page(query, after: Cursor.parse(cursor), limit: PageSize.clamp(limit)).map { try Line($0, seenBy: org) }
    }

    /// The referrals made from a case, for its page; the caller must be able to read the case.
    func referrals(_ caller: Caller, caseID: UUID) async throws -> [Line] {
        let caseModel = try await cases.load(caller, id: caseID, for: .read)
        return try await ReferralModel.query(on: database).filter(\.$caseFile.$id == caseID).sort(\.$referredAt, .descending).all()
            .map { try Line($0, seenBy: caseModel.$organisation.id) }
    }

    /// What a referral of each victim of the case could share today, by victim id:
    /// the case page explains it before the worker refers.
    func readiness(_ file: CaseFileView) -> [UUID: Readiness] {
        Dictionary(uniqueKeysWithValues: file.victims.map { victim in
            let child = isChild(victim)
            let shareable = ReferralDisclosure.allowed(Set(DisclosureGroup.allCases), consents: Self.consents(file, victim), isChild: child,
                                                       policy: context.config.referrals.childConsent)
            return (victim.id, Readiness(isChild: child, childPolicy: context.config.referrals.childConsent, shareable: shareable))
        })
    }

    struct Readiness: Sendable, Equatable {
        var isChild: Bool
        var childPolicy: ChildConsentPolicy
        /// The parts a current consent covers now; empty refers with the minimal profile only.
        var shareable: Set<DisclosureGroup>
    }

    // MARK: Helpers

    func load(_ caller: Caller, id: UUID, for action: Action) async throws -> ReferralModel {
        guard let model = try await ReferralModel.find(id, on: database) else { throw AppError.notFound }
        try await context.authorize(caller, action, Self.facts(model, seenBy: caller), recordID: id.uuidString, on: database)
        return model
    }

    func isChild(_ victim: CaseFileView.Victim) -> Bool {
        ReferralDisclosure.isChild(birthDate: victim.person.birthDate, ageGroup: victim.person.ageGroup, ageWhenTrafficked: victim.context.ageWhenTrafficked,
                                   ageGroupAtExploitation: victim.context.ageGroupAtExploitation, today: today)
    }

    /// The victim's answers to the referral question on this case.
    static func consents(_ file: CaseFileView, _ victim: CaseFileView.Victim) -> [ReferralConsent] {
        file.consents.filter { $0.personID == victim.personID && $0.purpose == .referral }.map {
            ReferralConsent(granted: $0.granted, withdrawn: $0.withdrawnOn != nil, method: $0.method, shares: $0.shares)
        }
    }

    func profile(_ victim: CaseFileView.Victim) -> ReferralView.Profile {
        let person = victim.person
        let group: AgeGroup = person.birthDate.map { AgeGroup(ages: $0.ages(on: today)) } ?? person.ageGroup ?? .unknown
        return ReferralView.Profile(gender: person.gender, ageGroup: group, citizenships: person.citizenships, exploitationTypes: victim.context.exploitationTypes.inListOrder)
    }

    static func fieldError(_ refusal: ReferralDisclosure.Refusal) -> FieldError {
        switch refusal {
        case .noConsent: FieldError("shares", .validationReferralNeedsConsent)
        case .needsGuardian: FieldError("shares", .validationReferralNeedsGuardian)
        case .notCovered(let groups): FieldError("shares", .validationReferralNotCovered, ["groups": groups.inListOrder.map(\.rawValue).joined(separator: ", ")])
        }
    }
}
