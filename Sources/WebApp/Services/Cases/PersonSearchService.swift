import AccessControl
import AuditTrail
import CaseModel
import Fluent
import Foundation
import Linkage
import Storage

/// What a case worker types before registering someone new.
struct PersonSearchQuery: Sendable {
    var name: String
    var birthYear: Int?
    /// ISO alpha-3.
    var citizenship: String?
    var phone: PhoneNumber?
}

extension PersonSearchQuery {
    /// What a registered person would be searched by.
    init(_ record: PersonRecord) {
        self.init(name: record.fullName, birthYear: record.birthDate?.year, citizenship: record.citizenships.first, phone: record.phone)
    }
}

/// A registered person who may be the one being searched for.
struct PersonMatch: Sendable {
    enum Reason: String, Sendable {
        case name, birthYear, citizenship, phone
    }

    let personID: UUID
    let record: PersonRecord
    /// 0…1, higher is more alike.
    let score: Double
    let reasons: [Reason]
    /// The cases the person is on, by reference.
    let cases: [(id: UUID, reference: String)]
}

struct PersonSearchResult: Sendable {
    let matches: [PersonMatch]
    /// Likely matches registered by organisations the searcher may not see:
    /// only their number is told, never who or where.
    let elsewhere: Int
}

/// Search before create: finds people who may already be registered, by a
/// fuzzy and phonetic name match plus birth year, citizenship and phone.
struct PersonSearchService {
    let database: any Database
    let context: LibertasContext

    static let threshold = 0.78
    static let candidateLimit = 200
    static let resultLimit = 10

    func search(_ caller: Caller, _ query: PersonSearchQuery) async throws -> PersonSearchResult {
        let filter = context.listFilter(caller, .person)
        if filter == .nothing { try await context.refuse(caller, .list, .person, on: database) }
        let scored = try await score(query)
        let visible = scored.filter { Self.admits(filter, $0.organisationID) }
        let elsewhere = scored.filter { !Self.admits(filter, $0.organisationID) }.count
        let shown = Array(visible.prefix(Self.resultLimit))
        let cases = try await cases(of: shown.map(\.personID))
        let matches = shown.map { item in
            PersonMatch(personID: item.personID, record: item.record, score: item.score, reasons: item.reasons, cases: cases[item.personID] ?? [])
        }
        var summary = AuditSummary()
        summary.setRedacted("query")
        summary.note("matches", String(matches.count))
        summary.note("elsewhere", String(elsewhere))
        try await context.audit.record(AuditEvent(actor: caller.actor, origin: caller.origin, action: "person.search", recordType: "person", summary: summary), on: database)
        return PersonSearchResult(matches: matches, elsewhere: elsewhere)
    }

    struct Scored: Sendable {
        let personID: UUID
        let organisationID: UUID
        let record: PersonRecord
        let score: Double
        let reasons: [PersonMatch.Reason]
    }

    /// Candidates from the blind index, decrypted and scored, best first, at or above the threshold.
    func score(_ query: PersonSearchQuery, excludingOrganisation: UUID? = nil) async throws -> [Scored] {
        let candidates = try await PersonNameQueries.candidates(
            digests: context.caseCodecs.person.index.queryDigests(query.name), limit: Self.candidateLimit,
            excludingOrganisation: excludingOrganisation, on: database
        )
        let ids = candidates.map(\.personID)
        guard !ids.isEmpty else { return [] }
        let codec = context.caseCodecs.person
        var scored: [Scored] = []
        for person in try await StoredPerson.load(ids: ids, on: database) {
            let record = try codec.decode(person)
            let (score, reasons) = Self.similarity(query, record)
            if score >= Self.threshold {
                scored.append(Scored(personID: person.id, organisationID: person.organisationID, record: record, score: score, reasons: reasons))
            }
        }
        return scored.sorted { $0.score > $1.score }
    }

    /// How alike a query and a registered person are.
    ///
    /// The name counts most: the better of Jaro–Winkler on the whole normalised
    /// names and the average best Jaro–Winkler per token (which forgives swapped
    /// and missing name parts). Birth year, citizenship and phone move the score
    /// up when they agree and down when they clearly disagree.
    static func similarity(_ query: PersonSearchQuery, _ record: PersonRecord) -> (Double, [PersonMatch.Reason]) {
        let wanted = NameNormalizer.normalise(query.name)
        let queryTokens = NameNormalizer.tokens(query.name)
        var best = 0.0
        for name in record.allNames {
            let candidate = NameNormalizer.normalise(name)
            let whole = StringSimilarity.jaroWinkler(wanted, candidate)
            let tokens = NameNormalizer.tokens(name)
            let perToken = queryTokens.isEmpty || tokens.isEmpty ? 0 :
                queryTokens.map { token in tokens.map { StringSimilarity.jaroWinkler(token, $0) }.max() ?? 0 }.reduce(0, +) / Double(queryTokens.count)
            best = max(best, whole, perToken)
        }
        var score = best
        var reasons: [PersonMatch.Reason] = best >= threshold ? [.name] : []
        if let year = query.birthYear, let birth = record.birthDate {
            if abs(birth.year - year) <= (birth.precision == .year ? 1 : 0) {
                score += 0.05
                reasons.append(.birthYear)
            } else if abs(birth.year - year) > 2 {
                score -= 0.15
            }
        }
        if let country = query.citizenship, !record.citizenships.isEmpty {
            if record.citizenships.contains(country) {
                score += 0.03
                reasons.append(.citizenship)
            }
        }
        if let phone = query.phone, let other = record.phone, phone == other {
            score += 0.2
            reasons.append(.phone)
        }
        return (min(score, 1), reasons)
    }

    static func admits(_ filter: RecordFilter, _ organisationID: UUID) -> Bool {
        switch filter {
        case .nothing, .ownedBy: false
        case .organisation(let org, _), .organisationOrReferred(let org, _): org == organisationID
        case .everything: true
        }
    }

    /// The cases each person is a victim or perpetrator in, newest first: three
    /// queries for any number of persons.
    func cases(of personIDs: [UUID]) async throws -> [UUID: [(id: UUID, reference: String)]] {
        guard !personIDs.isEmpty else { return [:] }
        var links: [(person: UUID, caseID: UUID)] = []
        for victim in try await VictimModel.query(on: database).filter(\.$person.$id ~~ personIDs).all() {
            links.append((victim.$person.id, victim.$caseFile.id))
        }
        for perpetrator in try await PerpetratorModel.query(on: database).filter(\.$person.$id ~~ personIDs).all() {
            links.append((perpetrator.$person.id, perpetrator.$caseFile.id))
        }
        let caseIDs = Array(Set(links.map(\.caseID)))
        guard !caseIDs.isEmpty else { return [:] }
        let cases = try await CaseFileModel.query(on: database).filter(\.$id ~~ caseIDs).sort(\.$openedOn, .descending).all()
        var result: [UUID: [(id: UUID, reference: String)]] = [:]
        for model in cases {
            guard let id = model.id else { continue }
            for person in Set(links.filter { $0.caseID == id }.map(\.person)) {
                result[person, default: []].append((id, model.reference))
            }
        }
        return result
    }
}
