import Foundation
@testable import Interchange

/// Small CTDC files written from the column lists in the 2017 data dictionary,
/// the 2024 codebook and the Victim–Perpetrator file (see
/// shared/reference/htcds_fields.md §2–3).
enum CTDCSamples {
    /// The 58 columns of the 2017 dictionary (as in the real 2018 file), without the `*Concatenated` ones.
    static let kAnonymised2017Header = [
        "yearOfRegistration", "Datasource", "gender", "ageBroad", "majorityStatus", "majorityStatusAtExploit", "majorityEntry", "citizenship",
        "meansOfControlDebtBondage", "meansOfControlTakesEarnings", "meansOfControlRestrictsFinancialAccess", "meansOfControlThreats",
        "meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse", "meansOfControlFalsePromises",
        "meansOfControlPsychoactiveSubstances", "meansOfControlRestrictsMovement", "meansOfControlRestrictsMedicalCare",
        "meansOfControlExcessiveWorkingHours", "meansOfControlUsesChildren", "meansOfControlThreatOfLawEnforcement",
        "meansOfControlWithholdsNecessities", "meansOfControlWithholdsDocuments", "meansOfControlOther", "meansOfControlNotSpecified",
        "isForcedLabour", "isSexualExploit", "isOtherExploit", "isSexAndLabour", "isForcedMarriage", "isForcedMilitary", "isOrganRemoval",
        "typeOfLabourAgriculture", "typeOfLabourAquafarming", "typeOfLabourBegging", "typeOfLabourConstruction", "typeOfLabourDomesticWork",
        "typeOfLabourHospitality", "typeOfLabourIllicitActivities", "typeOfLabourManufacturing", "typeOfLabourMiningOrDrilling",
        "typeOfLabourPeddling", "typeOfLabourTransportation", "typeOfLabourOther", "typeOfLabourNotSpecified",
        "typeOfSexProstitution", "typeOfSexPornography", "typeOfSexRemoteInteractiveServices", "typeOfSexPrivateSexualServices",
        "isAbduction", "RecruiterRelationship", "CountryOfExploitation",
        "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther", "recruiterRelationUnknown",
    ]

    /// The 27 variables of codebook v2 (2024).
    static let synthetic2024Header = [
        "yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation", "traffickMonths",
        "meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises", "meansDrugsAlcohol",
        "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs", "isForcedLabour", "isSexualExploit", "isOtherExploit",
        "typeOfLabourAgriculture", "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality",
        "typeOfSexProstitution", "typeOfSexPornography",
        "recruiterRelationIntimatePartner", "recruiterRelationFriend", "recruiterRelationFamily", "recruiterRelationOther",
    ]

    /// The 2025/2026 spelling: `sectorOf*` for `typeOf*`.
    static let synthetic2025Header = synthetic2024Header.map {
        $0.replacingOccurrences(of: "typeOfLabour", with: "sectorOfLabour").replacingOccurrences(of: "typeOfSex", with: "sectorOfSex")
    }

    /// The Victim–Perpetrator file's header, in its own order.
    static let victimPerpetratorHeader = [
        "yearRegister", "gender", "majorityStatus", "isForcedLabour", "isSexualExploit", "UN_COO_Region", "UN_COE_Region",
        "IP_Exploiter", "IP_Gender", "IP_ageBroad", "IP_citizen_UNRegion", "IP_Relation", "IP_PayMoney",
        "IP_RecruiterBroker", "IP_TransactionProcess", "IP_ControlAbuseKidnap",
    ]

    /// CSV text with the given header; each row names only the cells it sets,
    /// the rest take `fill` (`-99` suits the 2017 layout, blank the synthetic ones).
    static func csv(header: [String], rows: [[String: String]], fill: String) -> String {
        CSVWriter.string([header] + rows.map { row in header.map { row[$0] ?? fill } }, lineEnding: .lf)
    }

    /// Maps a CSV text through ``CTDCImport/readCSV(at:delimiter:layout:_:)``.
    static func importCSV(_ text: String) throws -> (summary: CTDCImportSummary, rows: [CTDCMappedRow]) {
        let file = try TestSupport.temporaryFile(text: text)
        defer { TestSupport.remove(file) }
        var rows: [CTDCMappedRow] = []
        let summary = try CTDCImport.readCSV(at: file) { rows.append($0) }
        return (summary, rows)
    }
}
