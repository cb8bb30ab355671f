import Foundation
import Testing
@testable import Linkage

/// Hand-made records of three people, among a seeded background population
/// (so that the model has data to train on). Which records belong together
/// is known by construction.
@Suite("End to end")
struct EndToEndTests {
    static func background() -> [LinkageRecord] {
        var generator = SeededGenerator(seed: 99)
        let syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vi", "dan", "pe", "ru", "no", "bel", "gor", "ta", "li"]
        let nationalities = ["ROU", "NGA", "VNM", "GBR", "MEX"], cities = ["Bristol", "Leeds", "Hull", "Derby", "Luton", "York"]
        func name(_ parts: Int) -> String {
            (0..<parts).map { _ in syllables.randomElement(using: &generator)! }.joined().capitalized
        }
        var records: [LinkageRecord] = []
        for person in 0..<600 {
            let given = name(2), family = name(3)
            let date = "\(Int.random(in: 1960...2008, using: &generator))-0\(Int.random(in: 1...9, using: &generator))-1\(Int.random(in: 0...9, using: &generator))"
            let phone = "+4477\((0..<8).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined())"
            let nationality = nationalities.randomElement(using: &generator)!, city = cities.randomElement(using: &generator)!
            let sex = Bool.random(using: &generator) ? "F" : "M"
            for copy in 0..<Int.random(in: 1...3, using: &generator) {
                // Copies carry the kinds of variation real lists have, so
                // that every name level occurs in training: a dropped
                // letter, a vowel spelt differently, a doubled consonant.
                var typed = given, typedFamily = family
                if copy > 0 {
                    switch Int.random(in: 0..<4, using: &generator) {
                    case 0: typed = String(typed.dropLast())
                    case 1: typed = typed.replacingOccurrences(of: "a", with: "o")
                    case 2: typedFamily = typedFamily.replacingOccurrences(of: "l", with: "ll")
                    default: typedFamily = typedFamily.replacingOccurrences(of: "i", with: "y")
                    }
                }
                records.append(LinkageRecord(id: "bg-\(person)-\(copy)", source: "list\(copy)", givenName: typed, familyName: typedFamily,
                                             birthDate: Bool.random(using: &generator) ? date : String(date.prefix(4)), sex: sex,
                                             nationality: nationality, phone: Bool.random(using: &generator) ? phone : "", city: city))
            }
        }
        return records
    }

    @Test("Transliterated, swapped-date and one-digit-phone records of one person link; a namesake does not")
    func handMadeRecords() {
        let handMade = [
            LinkageRecord(id: "A1", source: "police", givenName: "Olena", familyName: "Shevchenko", birthDate: "1995-04-12",
                          sex: "F", nationality: "UKR", phone: "+447700900123", city: "London"),
            LinkageRecord(id: "A2", source: "ngo", givenName: "Олена", familyName: "Шевченко", birthDate: "1995-04-12",
                          sex: "F", nationality: "UKR", city: "London"),
            LinkageRecord(id: "A3", source: "shelter", givenName: "OLENA", familyName: "SCHEWTSCHENKO", birthDate: "1995-12-04",
                          sex: "F", nationality: "UKR", phone: "+44770090123"),
            LinkageRecord(id: "B1", source: "police", givenName: "Mohammed", familyName: "Al-Hassan", birthDate: "1988-03-03",
                          sex: "M", nationality: "SYR", phone: "+447700900555", city: "Leeds"),
            LinkageRecord(id: "B2", source: "hotline", givenName: "Muhammad", familyName: "Hasan", birthDate: "1988",
                          sex: "M", nationality: "SYR", phone: "+447700900555", city: "Leeds"),
            LinkageRecord(id: "C1", source: "ngo", givenName: "Olena", familyName: "Shevchuk", birthDate: "1979-09-09",
                          sex: "F", nationality: "UKR", phone: "+447700900999", city: "Manchester"),
        ]
        var options = LinkageOptions()
        options.uSamplePairs = 200_000
        let result = LinkagePipeline.link(records: Self.background() + handMade, options: options)
        let cluster = Dictionary(uniqueKeysWithValues: zip(result.recordIDs, result.clusterOf))
        #expect(cluster["A1"] == cluster["A2"])
        #expect(cluster["A1"] == cluster["A3"])
        #expect(cluster["B1"] == cluster["B2"])
        #expect(cluster["C1"] != cluster["A1"])
        #expect(cluster["B1"] != cluster["A1"])
        #expect(result.summary.records == 6 + Self.background().count)
        #expect(result.summary.candidatePairs > 0)
        // Background duplicates are found too (most of them).
        let backgroundPairs = Self.background().filter { $0.id.hasSuffix("-1") }
        let found = backgroundPairs.filter { cluster[$0.id] == cluster[String($0.id.dropLast()) + "0"] }.count
        #expect(Double(found) / Double(backgroundPairs.count) > 0.9)
    }
}
