import AuditTrail
import Fluent
import Foundation
import Storage

/// Compares newly registered (or changed) persons with the other organisations'
/// registers and flags likely duplicates for the national coordinator.
///
/// It works through a queue (`persons.duplicate_checked = false`) in the
/// background rather than inside the write, so that registering a case, an API
/// call or a bulk import never waits for it, and a restart loses nothing: what
/// was not checked stays in the queue. The match is the one search-before-create
/// uses (``PersonSearchService``), restricted to other organisations.
struct DuplicateScanner {
    let database: any Database
    let context: LibertasContext

    static let batchSize = 100

    /// What one pass did.
    struct Pass: Sendable, Equatable {
        var checked = 0
        var flagged = 0
    }

    /// Checks up to `limit` persons from the queue.
    func scanBatch(limit: Int = batchSize) async throws -> Pass {
        // Fluent stamps `updated_at` with the wall clock, so compare with that.
        let started = Date()
        let pending = try await PersonModel.query(on: database).filter(\.$duplicateChecked == false)
            .with(\.$citizenships).limit(limit).all()
        guard !pending.isEmpty else { return Pass() }
        let search = PersonSearchService(database: database, context: context)
        let codec = context.caseCodecs.person
        var flags: [DuplicateFlagModel] = []
        for person in pending {
            let record = try codec.decode(person)
            guard !record.fullName.isEmpty else { continue }
            let personID = try person.requireID()
            let organisationID = person.$organisation.id
            for match in try await search.score(PersonSearchQuery(record), excludingOrganisation: organisationID)
            where match.personID != personID {
                let pair = Set([personID, match.personID])
                if flags.contains(where: { Set([$0.personID, $0.otherPersonID]) == pair }) { continue }
                if try await DuplicateFlagQueries.exists(personID, match.personID, on: database) { continue }
                flags.append(DuplicateFlagModel(
                    personID: personID, organisationID: organisationID,
                    otherPersonID: match.personID, otherOrganisationID: match.organisationID,
                    score: match.score, reasons: match.reasons.map(\.rawValue)
                ))
            }
        }
        let ids = try pending.map { try $0.requireID() }
        let found = flags
        try await context.audit.transaction(on: database) { tx, audit in
            try await NewCaseRows.create(found, on: tx)
            // A person changed while this pass ran goes round again.
            try await PersonModel.query(on: tx).set(\.$duplicateChecked, to: true)
                .filter(\.$id ~~ ids).filter(\.$updatedAt <= started).update()
            var summary = AuditSummary()
            summary.note("checked", String(ids.count))
            summary.note("flagged", String(found.count))
            try await audit.record(AuditEvent(actor: .system("duplicate-check"), origin: .commandLine, action: "duplicateFlag.scan", recordType: "duplicateFlag", summary: summary))
        }
        return Pass(checked: pending.count, flagged: flags.count)
    }

    /// Works through the queue as it stands, batch by batch; `progress` hears
    /// after each batch. Bounded by the queue's length at the start, so persons
    /// that keep changing cannot keep it going.
    func scanAll(progress: (Pass) -> Void = { _ in }) async throws -> Pass {
        var total = Pass()
        let batches = (try await pending() + Self.batchSize - 1) / Self.batchSize
        for _ in 0..<batches {
            let pass = try await scanBatch()
            guard pass.checked > 0 else { break }
            total.checked += pass.checked
            total.flagged += pass.flagged
            progress(total)
        }
        return total
    }

    /// How many persons wait to be checked.
    func pending() async throws -> Int {
        try await PersonModel.query(on: database).filter(\.$duplicateChecked == false).count()
    }
}
