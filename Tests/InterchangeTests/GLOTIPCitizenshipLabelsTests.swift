import Foundation
import Testing
@testable import Interchange

@Suite("GLOTIP citizenship labels")
struct GLOTIPCitizenshipLabelsTests {
    @Test("labels map as the table's README says", arguments: [
        ("Romanian", "ROU"), ("Romania", "ROU"), ("RUMANIA", "ROU"), ("Albanians", "ALB"),
        ("Nationals", "NATIONALS"), ("own country", "NATIONALS"), ("Ciudadanos de su pa\u{FFFD}s", "NATIONALS"),
        ("", "UNKNOWN"), ("N/A", "UNKNOWN"), ("Disputed", "UNKNOWN"), ("Stateless", "OTHER"),
        ("3 nig\u{FFFD}riens et 1 tunisien", "OTHER"), ("2 maliens", "MLI"), ("Panam\u{FFFD}", "PAN"),
        ("Amercias", "REGION:Americas"), ("Other Europe", "REGION:Europe"), ("Turkey", "TUR"), ("Guinean", "GIN"),
    ])
    func mapped(label: String, code: String) {
        #expect(GLOTIPCitizenshipLabels.code(for: label) == code)
    }

    @Test("totals, numbers, headers and questionnaire ids stay unmapped", arguments: [
        "TOTAL", "Nationality", "0", "145", "Q6.1_2s_2019", "a label UNODC never used",
    ])
    func unmapped(label: String) {
        #expect(GLOTIPCitizenshipLabels.code(for: label) == nil)
    }

    @Test("labels are raw text: no trimming, no case folding, U+FFFD is not an accent")
    func rawText() {
        #expect(GLOTIPCitizenshipLabels.code(for: " Romanian") == nil)
        #expect(GLOTIPCitizenshipLabels.code(for: "romanian") == nil)
        #expect(GLOTIPCitizenshipLabels.table.keys.contains("Panam\u{FFFD}"))
    }

    @Test("the compiled table holds every label of the shared table, byte for byte",
          .enabled(if: GLOTIPTestData.labelTable != nil, "\(GLOTIPTestData.missing): cannot compare the label table"))
    func matchesSharedTable() throws {
        let records = GLOTIPTestData.parseCSV(try String(contentsOf: GLOTIPTestData.labelTable!, encoding: .utf8))
        #expect(records.first == ["label", "code", "kind", "method", "glotip_rows", "reporters", "note"])
        let rows = records.dropFirst()
        #expect(rows.count == 697)
        #expect(GLOTIPCitizenshipLabels.table.count == rows.count)
        let compiled = Set(GLOTIPCitizenshipLabels.table.map { Array($0.key.utf8) + [0x09] + Array($0.value.utf8) })
        for row in rows {
            #expect(compiled.contains(Array(row[0].utf8) + [0x09] + Array(row[1].utf8)), "\(row[0]) → \(row[1])")
        }
        #expect(rows.filter { $0[1].isEmpty }.count == 67)
    }
}
