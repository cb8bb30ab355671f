import CaseModel
import FluentKit
import Foundation
import Storage
import Testing
@testable import WebApp

@Suite("Search candidates from the blind index", .serialized)
struct PersonNameCandidatesTests {
    /// Forty persons called Maria Santos and one Maria Kowalczyk, stored as the registry stores them.
    static func register(_ world: TestWorld) async throws -> (kowalczyk: UUID, santos: [UUID]) {
        let codec = world.context.caseCodecs.person
        let today = PartialDate(year: 2026, month: 11, day: 23)!
        func store(_ given: String, _ family: String) async throws -> UUID {
            var record = PersonRecord()
            record.givenName = given
            record.familyName = family
            record.citizenships = ["UKR"]
            let (person, citizenships, index) = try codec.makeModel(record, organisationID: world.admin.organisationID, today: today)
            try await person.create(on: world.app.db)
            try await citizenships.create(on: world.app.db)
            try await index.create(on: world.app.db)
            return try person.requireID()
        }
        var santos: [UUID] = []
        for _ in 0..<40 { santos.append(try await store("Maria", "Santos")) }
        return (try await store("Maria", "Kowalczyk"), santos)
    }

    @Test("Within the row budget the rarest digests are used, and the person who shares them is found first")
    func rarestFirst() async throws {
        try await TestApp.run { world in
            let (kowalczyk, santos) = try await Self.register(world)
            let digests = world.context.caseCodecs.person.index.queryDigests("Maria Kowalczyk")

            // Unbounded: everyone called Maria is a candidate, the Kowalczyk first.
            let all = try await PersonNameQueries.candidates(digests: digests, limit: 100, on: world.app.db)
            #expect(all.count == 41)
            #expect(all.first?.personID == kowalczyk)

            // A budget of 10 rows leaves out the digests of "Maria" (41 rows each):
            // only the family name's digests are grouped.
            let rare = try await PersonNameQueries.candidates(digests: digests, limit: 100, rowBudget: 10, on: world.app.db)
            #expect(rare.map(\.personID) == [kowalczyk])
            #expect(rare.first?.hits == all.first.map { $0.hits - 3 }, "t:, p: and x: digests of the given name are left out")

            // A query made only of common digests still keeps its rarest one.
            let maria = try await PersonNameQueries.candidates(digests: world.context.caseCodecs.person.index.queryDigests("Maria"), limit: 100, rowBudget: 10, on: world.app.db)
            #expect(Set(maria.map(\.personID)) == Set(santos + [kowalczyk]))
            #expect(maria.allSatisfy { $0.hits == 1 })
        }
    }

    @Test("A person read as a plain row decodes as the Fluent model does")
    func storedPersonEqualsModel() async throws {
        try await TestApp.run { world in
            let codec = world.context.caseCodecs.person
            var record = PersonRecord()
            record.givenName = "Amara"
            record.familyName = "Okafor"
            record.aliases = ["Ama"]
            record.birthDate = PartialDate(year: 1999, month: 4)
            record.phone = PhoneNumber(parsing: "+2348012345678")
            record.citizenships = ["NGA", "GHA"]
            record.gender = .feminine
            record.numberOfChildren = 2
            record.deceased = false
            let (person, citizenships, _) = try codec.makeModel(record, organisationID: world.admin.organisationID, today: PartialDate(year: 2026, month: 11, day: 23)!)
            try await person.create(on: world.app.db)
            try await citizenships.create(on: world.app.db)
            let model = try #require(try await PersonModel.query(on: world.app.db).with(\.$citizenships).first())
            let stored = try await StoredPerson.load(ids: [try person.requireID()], on: world.app.db)
            #expect(stored.count == 1)
            let plain = try codec.decode(try #require(stored.first))
            #expect(plain == (try codec.decode(model)))
            #expect(plain.familyName == "Okafor")
            #expect(plain.citizenships == ["GHA", "NGA"])
        }
    }
}
