import AuditTrail
import CaseModel
import Fluent
import Foundation
import Linkage
import Storage
import Vapor

/// Record linkage over the whole registry (`libertas link --from-database`):
/// every registered person, whatever organisation holds them, linked by the
/// Fellegi–Sunter model of the `Linkage` library.
///
/// The pairs between organisations the model is unsure about become duplicate flags (source
/// ``DuplicateFlagModel/Source/linkage``) with the field-level evidence, for
/// the coordinator's review at `/duplicates`. The coordinator's earlier
/// decisions (same person, different people) go back into the model as
/// labelled pairs, so each run learns from the reviews of the last.
public struct RegistryLinkage {
    let database: any Database
    let context: LibertasContext

    /// Persons decrypted and held in memory per read; the whole registry is
    /// walked page by page.
    static let pageSize = 5_000

    /// What a run did.
    public struct Outcome: Sendable {
        public var result: LinkageResult
        /// Review pairs flagged for the first time.
        public var flagged: Int
        /// Open flags whose evidence this run refreshed.
        public var refreshed: Int
        /// Decided flags given to the model as labelled pairs.
        public var labelledPairs: Int
    }

    public static func run(_ app: Application, options: LinkageOptions, progress: LinkageProgress? = nil) async throws -> Outcome {
        try await RegistryLinkage(database: app.db, context: app.libertas).run(options: options, progress: progress)
    }

    func run(options: LinkageOptions, progress: LinkageProgress?) async throws -> Outcome {
        let (records, organisationOf) = try await records(progress: progress)
        let existing = try await DuplicateFlagModel.query(on: database).all()
        var options = options
        options.labelledPairs = existing.compactMap { flag in
            guard let status = DuplicateFlagModel.Status(rawValue: flag.status), status != .open else { return nil }
            return LabelledPair(firstID: flag.personID.uuidString, secondID: flag.otherPersonID.uuidString, isMatch: status == .samePerson)
        }
        let result = LinkagePipeline.link(records: records, options: options, progress: progress)
        let (created, refreshed) = try Self.flags(for: result.reviewCandidates, existing: existing, organisationOf: organisationOf)
        let outcome = Outcome(result: result, flagged: created.count, refreshed: refreshed.count, labelledPairs: options.labelledPairs.count)
        try await context.audit.transaction(on: database) { tx, audit in
            try await NewCaseRows.create(created, on: tx)
            for flag in refreshed { try await flag.update(on: tx) }
            // The run decrypted every person's names, birth date and phone: a read of personal data.
            var summary = AuditSummary()
            summary.note("persons", String(records.count))
            summary.note("candidatePairs", String(result.summary.candidatePairs))
            summary.note("flagged", String(outcome.flagged))
            summary.note("refreshed", String(outcome.refreshed))
            summary.note("labelledPairs", String(outcome.labelledPairs))
            try await audit.record(AuditEvent(actor: .system("record-linkage"), origin: .commandLine, action: "person.link", recordType: "person", summary: summary))
        }
        return outcome
    }

    /// New flags for the review pairs between organisations, and the open flags whose evidence they refresh.
    static func flags(
        for candidates: [ReviewCandidate], existing: [DuplicateFlagModel], organisationOf: [UUID: UUID]
    ) throws -> (created: [DuplicateFlagModel], refreshed: [DuplicateFlagModel]) {
        var byPair: [Set<UUID>: DuplicateFlagModel] = [:]
        for flag in existing { byPair[[flag.personID, flag.otherPersonID]] = flag }
        var created: [DuplicateFlagModel] = []
        var refreshed: [DuplicateFlagModel] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for candidate in candidates {
            guard let first = UUID(uuidString: candidate.firstID), let second = UUID(uuidString: candidate.secondID),
                  let firstOrganisation = organisationOf[first], let secondOrganisation = organisationOf[second],
                  // Within one organisation, search before create finds the person; flags are between organisations.
                  firstOrganisation != secondOrganisation else { continue }
            let evidence = String(decoding: try encoder.encode(candidate.evidence), as: UTF8.self)
            if let flag = byPair[[first, second]] {
                // A decision stands; an open flag takes the newer evidence.
                guard flag.status == DuplicateFlagModel.Status.open.rawValue else { continue }
                // The background check's flag now carries linkage's evidence and probability.
                flag.source = DuplicateFlagModel.Source.linkage.rawValue
                flag.score = candidate.probability
                flag.evidence = evidence
                flag.reasons = Self.reasons(candidate.evidence).joined(separator: ",")
                refreshed.append(flag)
            } else {
                let flag = DuplicateFlagModel(
                    personID: first, organisationID: firstOrganisation, otherPersonID: second, otherOrganisationID: secondOrganisation,
                    score: candidate.probability, reasons: Self.reasons(candidate.evidence), source: .linkage, evidence: evidence
                )
                byPair[[first, second]] = flag
                created.append(flag)
            }
        }
        return (created, refreshed)
    }

    /// Every person as a linkage record, keyed by the person's id, and the organisation holding each.
    private func records(progress: LinkageProgress?) async throws -> ([LinkageRecord], [UUID: UUID]) {
        let total = try await PersonModel.query(on: database).count()
        let codec = context.caseCodecs.person
        var records: [LinkageRecord] = []
        records.reserveCapacity(total)
        var organisationOf: [UUID: UUID] = [:]
        var last: UUID?
        progress?("load", 0, total)
        while true {
            let page = try await StoredPerson.page(after: last, limit: Self.pageSize, on: database)
            guard let final = page.last else { break }
            for stored in page {
                records.append(Self.record(try codec.decode(stored), id: stored.id, organisation: stored.organisationID))
                organisationOf[stored.id] = stored.organisationID
            }
            last = final.id
            progress?("load", records.count, max(total, records.count))
        }
        return (records, organisationOf)
    }

    /// The fields the model compares. The organisation is the agency list.
    static func record(_ person: PersonRecord, id: UUID, organisation: UUID) -> LinkageRecord {
        let sex = switch person.gender {
        case .feminine: "F"
        case .masculine: "M"
        default: ""
        }
        return LinkageRecord(
            id: id.uuidString, source: organisation.uuidString,
            givenName: [person.givenName, person.middleName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " "),
            familyName: person.familyName ?? "", birthDate: person.birthDate?.description ?? "", sex: sex,
            nationality: person.citizenships.first ?? "", phone: person.phone?.e164 ?? "", city: person.address?.city ?? ""
        )
    }

    /// The fields that spoke for the match, in the words of the duplicate flags.
    static func reasons(_ evidence: [ReviewCandidate.Evidence]) -> [String] {
        let names: [String: PersonMatch.Reason] = [
            "given_name": .name, "family_name": .name, "birth_date": .birthYear, "nationality": .citizenship, "phone": .phone,
        ]
        var reasons: [String] = []
        for item in evidence where item.weight > 0 {
            if let reason = names[item.field]?.rawValue, !reasons.contains(reason) { reasons.append(reason) }
        }
        return reasons
    }
}
