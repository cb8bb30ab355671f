import AccessControl
import CaseModel
import Fluent
import Foundation
import Linkage
import Localization
import Storage
import Testing
import VaporTesting
@testable import WebApp

/// `libertas link --from-database`: the registry's persons, linked across the
/// organisations that hold them, with the uncertain pairs flagged for the
/// coordinator and the coordinator's decisions fed back as labelled pairs.
@Suite("Record linkage over the registry")
struct RegistryLinkageTests {
    /// A person of the synthetic population and their registrations.
    struct Registered {
        var truth: Int
        var record: PersonRecord
        var organisation: UUID
    }

    /// 250 people, each registered by one to three of the organisations with
    /// the variations real lists have (a dropped letter, a vowel spelt
    /// differently, a year-only birth date, a missing phone). Which records are
    /// one person is known by construction.
    static func population(_ organisations: [UUID]) -> [Registered] {
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vi", "dan", "pe", "ru", "no", "bel", "gor", "ta", "li"]
        func name(_ parts: Int) -> String { (0..<parts).map { _ in syllables[next(syllables.count)] }.joined().capitalized }
        let countries = ["ROU", "NGA", "VNM", "UKR", "MEX"]
        var people: [Registered] = []
        for truth in 0..<250 {
            let given = name(2), family = name(3)
            let year = 1960 + next(45), month = 1 + next(12), day = 1 + next(28)
            let phone = "+4477009" + (0..<5).map { _ in String(next(10)) }.joined()
            let country = countries[next(countries.count)]
            let gender: Gender = next(2) == 0 ? .feminine : .masculine
            let copies = 1 + next(3)
            for copy in 0..<copies {
                var typedGiven = given, typedFamily = family
                if copy > 0 {
                    switch next(4) {
                    case 0: typedGiven = String(typedGiven.dropLast())
                    case 1: typedGiven = typedGiven.replacingOccurrences(of: "a", with: "o")
                    case 2: typedFamily = typedFamily.replacingOccurrences(of: "l", with: "ll")
                    default: typedFamily = typedFamily.replacingOccurrences(of: "i", with: "y")
                    }
                }
                var record = PersonRecord()
                record.givenName = typedGiven
                record.familyName = typedFamily
                record.birthDate = next(2) == 0 ? PartialDate(year: year, month: month, day: day) : PartialDate(year: year)
                record.gender = gender
                record.citizenships = [country]
                record.phone = next(2) == 0 ? PhoneNumber(parsing: phone) : nil
                people.append(Registered(truth: truth, record: record, organisation: organisations[copy]))
            }
        }
        // Pairs a model cannot settle alone, for the review band: the same
        // person registered the second time under the family name only, with
        // the birth year and nothing else; and namesakes a year apart.
        for truth in 250..<280 {
            let given = name(2), family = name(3), year = 1960 + next(45), country = countries[next(countries.count)]
            var first = PersonRecord(), second = PersonRecord()
            first.givenName = given
            first.familyName = family
            first.birthDate = PartialDate(year: year, month: 1 + next(12), day: 1 + next(28))
            first.citizenships = [country]
            second.familyName = family
            second.citizenships = [country]
            let namesakes = truth % 2 == 0
            if namesakes {
                second.givenName = given
                second.birthDate = PartialDate(year: year + 1)
            } else {
                second.birthDate = PartialDate(year: year)
            }
            people.append(Registered(truth: truth, record: first, organisation: organisations[0]))
            people.append(Registered(truth: namesakes ? truth + 1_000 : truth, record: second, organisation: organisations[1]))
        }
        return people
    }

    /// Small samples: the test population has a few hundred records. The
    /// model is sure of most pairs in so small and clean a population, so the
    /// review band is wide here, to exercise the review path on many pairs.
    static var options: LinkageOptions {
        var options = LinkageOptions()
        options.uSamplePairs = 50_000
        options.trainingPairs = 50_000
        options.reviewBand = 0.01..<0.999
        return options
    }

    static func register(_ people: [Registered], in world: TestWorld) async throws -> [UUID: Int] {
        let codec = world.context.caseCodecs.person
        let today = try #require(PartialDate(year: 2026, month: 11, day: 23))
        var truthOf: [UUID: Int] = [:]
        var persons: [PersonModel] = [], citizenships: [PersonCitizenshipModel] = [], index: [PersonNameIndexModel] = []
        for person in people {
            let made = try codec.makeModel(person.record, organisationID: person.organisation, today: today)
            truthOf[try made.person.requireID()] = person.truth
            persons.append(made.person)
            citizenships += made.citizenships
            index += made.index
        }
        try await NewCaseRows.create(persons, on: world.app.db)
        try await NewCaseRows.create(citizenships, on: world.app.db)
        try await NewCaseRows.create(index, on: world.app.db)
        return truthOf
    }

    @Test("Finds each person's registrations across organisations, flags the uncertain pairs with evidence but no names, audits the run, and learns from the coordinator's decisions")
    func linksTheRegistry() async throws {
        try await TestApp.run { world in
            let organisations = [
                try await world.makeOrganisation("Police", type: .lawEnforcement),
                try await world.makeOrganisation("Shelter"),
                try await world.makeOrganisation("Hotline"),
            ]
            let committee = try await world.makeOrganisation("National Referral Committee", type: .centralGovernmentOrganisation)
            let coordinator = try await world.makeUser("coordinator", in: committee, roles: [.coordinator])
            let people = Self.population(organisations)
            let truthOf = try await Self.register(people, in: world)

            let first = try await RegistryLinkage.run(world.app, options: Self.options)
            let result = first.result
            #expect(result.summary.records == people.count)
            #expect(result.summary.candidatePairs > 0)

            // Pairwise precision and recall against the construction.
            var clusterOf: [UUID: Int32] = [:]
            for (index, id) in result.recordIDs.enumerated() { clusterOf[try #require(UUID(uuidString: id))] = result.clusterOf[index] }
            let ids = Array(truthOf.keys)
            var (truePairs, predicted, both) = (0, 0, 0)
            for i in ids.indices {
                for j in ids.indices where j > i {
                    let same = truthOf[ids[i]] == truthOf[ids[j]], linked = clusterOf[ids[i]] == clusterOf[ids[j]]
                    if same { truePairs += 1 }
                    if linked { predicted += 1 }
                    if same && linked { both += 1 }
                }
            }
            let precision = Double(both) / Double(max(predicted, 1)), recall = Double(both) / Double(max(truePairs, 1))
            #expect(precision >= 0.9, "precision \(precision)")
            #expect(recall >= 0.9, "recall \(recall)")

            // The uncertain pairs are flags for the coordinator, with the model's evidence and no values.
            let flags = try await DuplicateFlagModel.query(on: world.app.db).all()
            try #require(first.flagged > 0, "the population should leave some pairs to review")
            #expect(flags.count == first.flagged)
            let names = Set(people.flatMap { [$0.record.givenName ?? "", $0.record.familyName ?? ""] }.map { $0.lowercased() })
            for flag in flags {
                #expect(flag.organisationID != flag.otherOrganisationID, "flags are between organisations")
                #expect(flag.source == DuplicateFlagModel.Source.linkage.rawValue)
                let evidence = try JSONDecoder().decode([ReviewCandidate.Evidence].self, from: Data(try #require(flag.evidence).utf8))
                #expect(Set(evidence.map(\.field)).isSubset(of: ["given_name", "family_name", "birth_date", "sex", "nationality", "city", "phone"]))
                #expect(!evidence.contains { names.contains($0.level.lowercased()) }, "evidence names no one")
                #expect(Self.options.reviewBand.contains(flag.score), "in the review band")
            }
            let audited = try await AuditEntryModel.query(on: world.app.db).filter(\.$action == "person.link").all()
            #expect(audited.count == 1)

            // The coordinator sees the evidence, and decides two of the flags.
            let api = APIClient(app: world.app, token: try await world.token(for: coordinator))
            let listed = try await api.call(.GET, "/duplicate-flags?status=all&limit=200", documentedAs: "/duplicate-flags").json()
            let items = try #require(listed["items"]?.array)
            #expect(items.count == min(flags.count, 200))
            #expect(items.allSatisfy { $0["source"]?.string == "Linkage" && ($0["evidence"]?.array?.count ?? 0) > 0 })
            let fromSearch = try await api.call(.GET, "/duplicate-flags?status=all&source=Search", documentedAs: "/duplicate-flags").json()
            #expect(fromSearch["items"]?.array?.isEmpty == true, "the background check found none of these")
            #expect(try await api.call(.GET, "/duplicate-flags?source=Guess", documentedAs: "/duplicate-flags").status == .unprocessableEntity)
            let browser = try await world.browser(signedInAs: coordinator)
            let page = try await browser.get("/duplicates?status=all&source=Linkage")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Evidence per field"))
            #expect(!page.body.string.contains("Jaro-Winkler"), "levels are in words, not the model's names")
            // A decision from a filtered list returns to that list.
            let back = try await browser.submit("/duplicates/\(try flags[0].requireID())", ["status": "Open", "listStatus": "all", "listSource": "Linkage"])
            #expect(back.headers.first(name: .location) == "/duplicates?status=all&source=Linkage")
            let decided = try flags.prefix(2).map { try $0.requireID() }
            for (id, status) in zip(decided, ["SamePerson", "DifferentPeople"]) {
                let put = try await api.call(.PUT, "/duplicate-flags/\(id)/status", json: #"{"status": "\#(status)"}"#, documentedAs: "/duplicate-flags/{id}/status")
                #expect(put.status == .noContent)
            }

            // The next run learns from them and leaves them as decided; no pair is flagged twice.
            let second = try await RegistryLinkage.run(world.app, options: Self.options)
            #expect(second.labelledPairs == 2)
            let after = try await DuplicateFlagModel.query(on: world.app.db).all()
            #expect(after.count == flags.count + second.flagged)
            #expect(Set(after.map { Set([$0.personID, $0.otherPersonID]) }).count == after.count)
            #expect(try await DuplicateFlagModel.find(decided[0], on: world.app.db)?.status == "SamePerson")
            #expect(try await DuplicateFlagModel.find(decided[1], on: world.app.db)?.status == "DifferentPeople")
        }
    }

    @Test("A case worker cannot see the linkage flags")
    func caseWorkerRefused() async throws {
        try await TestApp.run { world in
            let police = try await world.makeOrganisation("Police", type: .lawEnforcement)
            let officer = try await world.makeUser("officer", in: police, roles: [.caseWorker])
            let api = APIClient(app: world.app, token: try await world.token(for: officer))
            #expect(try await api.call(.GET, "/duplicate-flags?status=all", documentedAs: "/duplicate-flags").status == .forbidden)
        }
    }

    @Test("Every comparison level of the model has words on the page, in English and Chinese")
    func everyLevelInWords() {
        let levels = Set(NameLevels.plaintext + NameLevels.encoded + DateLevels.names + ComparisonSchema.standard.fields.flatMap(\.levels))
        for level in levels {
            #expect(LinkageEvidenceText.levels[level] != nil, "\(level)")
        }
        let chinese = Localizer(.simplifiedChinese)
        #expect(LinkageEvidenceText.level("year +/- 1", t: chinese) == "年份相差一年")
        #expect(LinkageEvidenceText.level("a level added later", t: chinese) == "a level added later")
    }
}
