import CaseModel
import Foundation
import Testing
@testable import Interchange

/// Reads the real Victim–Perpetrator file (when the shared data folder is
/// beside the repository) and checks its totals against Python's csv module.
@Suite("CTDC Victim–Perpetrator file")
struct CTDCVictimPerpetratorFileTests {
    static let file = TestSupport.sharedData("ctdc_vp_synthetic/CTDC_VPsynthetic_condensed.csv")

    // Produced by `python3 Tests/InterchangeTests/Fixtures/ctdc_vp_counts.py`
    // (Python 3.11 csv.DictReader) on the file with sha256 1ce1c5a7…4fb8f:
    //   rows 21195; gender "" 3611, Female 9589, Male 7995;
    //   majorityStatus "" 3604, Adult 16379, Minor 1212;
    //   isForcedLabour 12248; isSexualExploit 2775; IP_Exploiter 9458;
    //   IP_RecruiterBroker 11865; IP_TransactionProcess 7344; IP_ControlAbuseKidnap 2078.
    // The file's README says 21,194 rows: its last row has no line break, so
    // `wc -l` counts one line fewer; Python and this reader both find 21,195.
    static let rows = 21_195

    @Test("every row maps, and the totals match Python's")
    func totals() throws {
        guard let file = Self.file else {
            print("Skipping the CTDC Victim–Perpetrator file test: ../shared/data/ctdc_vp_synthetic/CTDC_VPsynthetic_condensed.csv is absent.")
            return
        }
        var genders: [Gender?: Int] = [:]
        var ageGroups: [AgeGroup: Int] = [:]
        var forcedLabour = 0, sexualExploitation = 0, exploiter = 0, recruiterBroker = 0, transaction = 0, control = 0
        var numbers: [Int] = []
        let summary = try CTDCImport.readCSV(at: file) { mapped in
            let record = mapped.record
            numbers.append(record.row)
            genders[record.gender, default: 0] += 1
            ageGroups[record.ageGroup, default: 0] += 1
            if record.exploitationTypes?.codes.contains(.forcedLabour) == true { forcedLabour += 1 }
            if record.exploitationTypes?.codes.contains(.sexualExploitation) == true { sexualExploitation += 1 }
            let roles = record.perpetrators?.roles
            if roles?.codes.contains(.exploiter) == true { exploiter += 1 }
            let merged = Set(roles?.merged.map(\.source) ?? [])
            if merged.contains("IP_RecruiterBroker") { recruiterBroker += 1 }
            if merged.contains("IP_TransactionProcess") { transaction += 1 }
            if merged.contains("IP_ControlAbuseKidnap") { control += 1 }
        }
        #expect(summary.layout == .victimPerpetrator)
        #expect(summary.notes.isEmpty)
        #expect(summary.unreadableRows.isEmpty)
        #expect(summary.records == Self.rows)
        #expect(numbers == Array(1...Self.rows))
        #expect(genders == [nil: 3611, .feminine: 9589, .masculine: 7995])
        #expect(ageGroups == [.unknown: 3604, .adult: 16379, .child: 1212])
        #expect(forcedLabour == 12248)
        #expect(sexualExploitation == 2775)
        #expect([exploiter, recruiterBroker, transaction, control] as [Int] == [9458, 11865, 7344, 2078])
        // Every value of the file is one the layout defines.
        #expect(summary.issueCounts.isEmpty)
    }
}
