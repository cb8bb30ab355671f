import CaseModel
import Foundation
import Testing
@testable import SyntheticData

@Suite("Synthetic case generator")
struct SyntheticCaseGeneratorTests {
    static let today = PartialDate(year: 2026, month: 11, day: 22)!

    static func cases(_ count: Int, seed: UInt64 = 7) -> [SyntheticCase] {
        var generator = SyntheticCaseGenerator(seed: seed, today: today)
        return (0..<count).map { _ in generator.next() }
    }

    @Test("The same seed gives the same cases; another seed, others")
    func deterministic() {
        func fingerprint(_ cases: [SyntheticCase]) -> [String] {
            cases.map { c in c.victims.map { "\($0.person.fullName)|\($0.person.birthDate?.description ?? "")|\($0.person.citizenships)" }.joined(separator: ";") + "|\(c.record.openedOn)" }
        }
        #expect(fingerprint(Self.cases(300)) == fingerprint(Self.cases(300)))
        #expect(fingerprint(Self.cases(300)) != fingerprint(Self.cases(300, seed: 8)))
    }

    @Test("Every generated record passes the registry's validation")
    func valid() {
        for (index, generated) in Self.cases(20_000).enumerated() {
            var issues = RecordValidation.validate(generated.record, at: "case", today: Self.today)
            for victim in generated.victims {
                issues += RecordValidation.validate(victim.person, at: "victim", today: Self.today)
                issues += RecordValidation.validate(victim.context, of: victim.person, at: "victim", today: Self.today)
            }
            for perpetrator in generated.perpetrators {
                issues += RecordValidation.validate(perpetrator.person, at: "perpetrator", today: Self.today)
            }
            for event in generated.events { issues += RecordValidation.validate(event.event, at: "event", today: Self.today) }
            #expect(issues.isEmpty, "case \(index): \(issues)")
            if !issues.isEmpty { return }
        }
    }

    @Test("Routes run in date order and end where the victim was exploited")
    func routes() {
        for generated in Self.cases(5_000) {
            let dates = generated.events.compactMap(\.event.dateFrom)
            #expect(dates == dates.sorted())
            let exploitation = generated.events.first { $0.event.type == .exploitation }?.event.country
            #expect(exploitation == generated.victims[0].context.exploitationCountry)
            #expect(generated.victims.allSatisfy { !$0.person.fullName.isEmpty })
        }
    }

    @Test("Aftercare: services for victims only, justice stages in order, repatriation home; nothing after today")
    func aftercare() {
        let cases = Self.cases(5_000)
        var services = 0, convicted = 0, formalContact = 0, repatriated = 0
        for generated in cases {
            for service in generated.services {
                services += 1
                let victim = generated.victims[service.victimIndex]
                #expect(victim.context.traffickingStatus != .notAVictimOfTrafficking)
                #expect((service.startedOn ?? Self.today) <= Self.today && (service.endedOn ?? Self.today) <= Self.today)
                #expect(service.endedOn == nil || service.status == .completed)
                if let start = service.startedOn, let end = service.endedOn { #expect(start <= end) }
            }
            for plan in generated.supportPlans { #expect((plan.completedOn ?? Self.today) <= Self.today) }
            // Each perpetrator's stages come in order, each on or after the one before.
            for index in generated.perpetrators.indices {
                let steps = generated.justice.filter { $0.perpetratorIndex == index }
                let expected: [SyntheticCase.JusticeStep.Stage] = [.formalContact, .prosecuted, .convicted]
                #expect(steps.map(\.stage) == Array(expected.prefix(steps.count)))
                #expect(steps.map(\.reachedOn) == steps.map(\.reachedOn).sorted() && steps.allSatisfy { $0.reachedOn <= Self.today })
                formalContact += steps.isEmpty ? 0 : 1
                convicted += steps.count == 3 ? 1 : 0
            }
            for victim in generated.victims {
                guard let home = victim.context.repatriatedTo else { continue }
                repatriated += 1
                #expect(victim.person.citizenships.first == home && victim.context.exploitationCountry != home)
                #expect(victim.context.repatriatedOn.map { $0 <= Self.today } == true)
            }
        }
        // Every section of the statistics has something to show, and fewer are convicted than suspected.
        #expect(services > 1_000 && repatriated > 50 && convicted > 50 && convicted < formalContact / 2)
    }

    /// The shares in the generated victims are compared with shares counted
    /// directly from the CTDC Victim–Perpetrator CSV (an independent count of
    /// the file, not the generator's own table), within sampling error.
    @Test("Victims' sex, majority and forms of exploitation follow the CTDC Victim–Perpetrator file")
    func followsCTDC() throws {
        let file = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/data/ctdc_vp_synthetic/CTDC_VPsynthetic_condensed.csv").standardizedFileURL
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            print("Skipping the CTDC comparison: \(file.path) is absent.")
            return
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0], rows = lines.dropFirst()
        func share(_ column: String, _ value: String) -> Double {
            let index = header.firstIndex(of: column)!
            return Double(rows.filter { $0[index] == value }.count) / Double(rows.count)
        }
        let victims = Self.cases(40_000).flatMap(\.victims)
        func generated(_ matches: (SyntheticCase.Victim) -> Bool) -> Double {
            Double(victims.filter(matches).count) / Double(victims.count)
        }
        let comparisons: [(String, expected: Double, actual: Double)] = [
            ("female", share("gender", "Female"), generated { $0.person.gender == .feminine }),
            ("male", share("gender", "Male"), generated { $0.person.gender == .masculine }),
            ("minor", share("majorityStatus", "Minor"), generated { ($0.context.ageGroupAtExploitation.map { $0 != .adult } ?? false) }),
            ("forced labour", share("isForcedLabour", "1"), generated { $0.context.exploitationTypes.contains(.forcedLabour) }),
            ("sexual exploitation", share("isSexualExploit", "1"), generated { $0.context.exploitationTypes.contains(.sexualExploitation) }),
        ]
        for (name, expected, actual) in comparisons {
            // 40,000 draws: one standard error is at most 0.25 points; allow 1 point.
            #expect(abs(expected - actual) < 0.01, "\(name): CTDC \(expected), generated \(actual)")
        }
    }

    @Test("Names repeat as in real registers, but not all alike")
    func names() {
        let names = Self.cases(10_000).flatMap(\.victims).map(\.person.fullName)
        let distinct = Set(names).count
        #expect(distinct > names.count / 3, "\(distinct) distinct names among \(names.count)")
        #expect(distinct < names.count, "some names repeat")
    }

    @Test("Weighted choices follow their weights")
    func weighted() {
        var random = SeededRandom(seed: 1)
        let choice = Weighted([("a", 1.0), ("b", 3.0), ("c", 0.0), ("d", 6.0)])
        var counts: [String: Int] = [:]
        for _ in 0..<100_000 { counts[choice.pick(using: &random), default: 0] += 1 }
        #expect(counts["c"] == nil)
        #expect(abs(Double(counts["a"]!) / 100_000 - 0.1) < 0.005)
        #expect(abs(Double(counts["b"]!) / 100_000 - 0.3) < 0.005)
        #expect(abs(Double(counts["d"]!) / 100_000 - 0.6) < 0.005)
    }
}
