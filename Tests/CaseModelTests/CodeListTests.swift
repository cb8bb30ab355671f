import Foundation
import Testing
@testable import CaseModel

@Suite("HTCDS code lists")
struct CodeListTests {
    /// The HTCDS v2.0 field table, when the shared data folder is present.
    static let htcdsTable: URL? = {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/data/htcds/htcds_v2.0_field_standards.csv").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// Picklist values by field, read from the HTCDS CSV with a small parser of
    /// its own (quoted multi-line cells), independent of Libertas's importers.
    static func htcdsPicklists(_ url: URL) throws -> [String: [String]] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" { quoted = false } else { cell.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(cell); cell = ""
            } else if character == "\n" || character == "\r\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else {
                cell.append(character)
            }
        }
        let header = rows.removeFirst()
        let field = header.firstIndex(of: "Field Name including Prefix")!
        let values = header.firstIndex(of: "Value Names (if picklist)")!
        var lists: [String: [String]] = [:]
        for row in rows where row.count > values {
            let names = row[values].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if names.count > 1 { lists[row[field]] = names }
        }
        return lists
    }

    @Test("Every HTCDS picklist Libertas uses has exactly the standard's values, in its order")
    func matchesStandard() throws {
        guard let url = Self.htcdsTable else {
            print("Skipping: ../shared/data/htcds is not present")
            return
        }
        let standard = try Self.htcdsPicklists(url)
        let ours = CodeLists.all.filter { $0.field.contains("_") && standard[$0.field] != nil }
        #expect(ours.count >= 15, "most lists come from HTCDS")
        for list in ours {
            #expect(list.values == standard[list.field], "\(list.field)")
        }
        #expect(ExploitationType.allCases.count == 11)
        #expect(ControlMethod.allCases.count == 16)
        #expect(RecruitmentMethod.allCases.count == 10)
        #expect(OnlinePlatform.allCases.count == 15)
        #expect(PerpetratorRole.allCases.count == 15)
    }

    @Test("Values are read leniently but never guessed", arguments: [
        ("ForcedLabour", ExploitationType.forcedLabour), ("forced labour", .forcedLabour), ("FORCED-LABOUR", .forcedLabour),
        ("sexual_exploitation", .sexualExploitation),
    ])
    func parsing(text: String, expected: ExploitationType) {
        #expect(ExploitationType.parse(text) == expected)
    }

    @Test("Unknown values are refused")
    func refusal() {
        #expect(ExploitationType.parse("Labour") == nil)
        #expect(Gender.parse("") == nil)
        #expect(OnlinePlatform.parse("4sale") == .fourSale)
    }

    @Test("Every form of exploitation falls in one GLOTIP group")
    func glotip() {
        #expect(ExploitationType.sexualExploitation.glotipGroup == .sexualExploitation)
        #expect(ExploitationType.forcedLabour.glotipGroup == .forcedLabour)
        #expect(ExploitationType.forcedMarriage.glotipGroup == .otherForms)
        #expect(Set(ExploitationType.allCases.map(\.glotipGroup)) == Set(GLOTIPExploitationGroup.allCases))
    }
}

@Suite("Dates, countries and languages")
struct ReferenceDataTests {
    @Test("Partial dates parse at year, month and day precision and refuse impossible dates")
    func partialDates() {
        #expect(PartialDate(parsing: "1998")?.precision == .year)
        #expect(PartialDate(parsing: "2023-03")?.description == "2023-03")
        #expect(PartialDate(parsing: "2024-02-29")?.precision == .day)
        for bad in ["2023-02-29", "2023-13", "98", "2023-3-1", "2023/03/01", "", "1700"] {
            #expect(PartialDate(parsing: bad) == nil, "\(bad)")
        }
        #expect(PartialDate(parsing: "2023-04-17")?.toMonth.description == "2023-04")
    }

    @Test("Ages from partial birth dates are ranges")
    func ages() {
        let today = PartialDate(parsing: "2026-11-22")!
        #expect(PartialDate(parsing: "2008-11-22")!.ages(on: today) == 18...18)
        #expect(PartialDate(parsing: "2008-11-23")!.ages(on: today) == 17...17)
        #expect(PartialDate(parsing: "2008")!.ages(on: today) == 17...18)
        #expect(AgeGroup(ages: PartialDate(parsing: "2008")!.ages(on: today)) == .unknown)
        #expect(AgeGroup(ages: PartialDate(parsing: "2000")!.ages(on: today)) == .adult)
        #expect(AgeGroup(age: 12) == .child)
    }

    @Test("A date is in the future only if its earliest day is")
    func future() {
        let today = PartialDate(parsing: "2026-11-22")!
        #expect(!PartialDate(parsing: "2026")!.isInFuture(today: today))
        #expect(!PartialDate(parsing: "2026-11")!.isInFuture(today: today))
        #expect(PartialDate(parsing: "2026-11-23")!.isInFuture(today: today))
        #expect(PartialDate(parsing: "2027")!.isInFuture(today: today))
    }

    @Test("Countries are found by alpha-3, alpha-2, M49 or name")
    func countries() {
        #expect(Country.all.count == 250)
        #expect(Country.find("NGA")?.name == "Nigeria")
        #expect(Country.find("ng")?.iso3 == "NGA")
        #expect(Country.find("566")?.iso3 == "NGA")
        #expect(Country.find("nigeria")?.iso3 == "NGA")
        #expect(Country.find("XKX")?.iso2 == "XK")
        #expect(Country.find("ZZZ") == nil)
        #expect(Set(Country.all.map(\.iso3)).count == 250)
    }

    @Test("Languages are stored as ISO 639-2 codes")
    func languages() {
        #expect(LanguageCode("fr")?.alpha3 == "fra")
        #expect(LanguageCode("ZHO")?.alpha3 == "zho")
        #expect(LanguageCode("xx") == nil)
        #expect(LanguageCode("french") == nil)
    }
}

@Suite("Multi-select encoding")
struct MultiSelectEncodingTests {
    @Test("Sets are written in code-list order, whatever order they were filled in")
    func order() throws {
        var forwards = VictimContext(identifiedOn: nil)
        var backwards = VictimContext(identifiedOn: nil)
        for method in ControlMethod.allCases { forwards.controlMethods.insert(method) }
        for method in ControlMethod.allCases.reversed() { backwards.controlMethods.insert(method) }
        forwards.controlMethods.remove(ControlMethod.allCases[1])
        backwards.controlMethods.remove(ControlMethod.allCases[1])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let written = try encoder.encode(forwards)
        #expect(written == (try encoder.encode(backwards)))
        let decoded = try JSONDecoder().decode([String: AnyCodableArray].self, from: written)
        #expect(decoded["controlMethods"]?.values == ControlMethod.allCases.filter { $0 != ControlMethod.allCases[1] }.map(\.rawValue))
        #expect(try JSONDecoder().decode(VictimContext.self, from: written) == forwards)
    }

    /// Reads only the string arrays of an encoded context.
    struct AnyCodableArray: Decodable {
        let values: [String]?
        init(from decoder: any Decoder) throws { values = try? decoder.singleValueContainer().decode([String].self) }
    }
}
