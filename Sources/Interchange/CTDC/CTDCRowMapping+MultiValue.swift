import CaseModel

/// The `;`-joined text columns: the 2017 `RecruiterRelationship` and the
/// Victim–Perpetrator file's `IP_*` attributes.
extension CTDCRowMapping {
    /// `Family/Relative`, `Friend`, `Intimate Partner`, `Other`, `Unknown`, combined with `;`.
    mutating func readRecruiterRelationship(_ text: String, _ value: String, column: CTDCMapper.BoundColumn) {
        guard !CTDCValue.isMissing(text) else { return }
        for part in CTDCValue.parts(text) {
            switch CTDCValue.key(part) {
            case "familyrelative", "family", "relative": relationships.insert(.familial)
            case "friend": relationships.insert(.acquainted)
            case "intimatepartner": relationships.merge("recruiterRelationIntimatePartner", [.familial, .acquainted])
            case "other":
                relationships.unmapped("recruiterRelationOther")
                issue(column, value, .noEquivalent, "no HTCDS code for \(part): \(CTDCColumns.recruiterOther)")
            case "unknown": continue
            default: issue(column, value, .invalidValue, "\(part) is not Family/Relative, Friend, Intimate Partner, Other or Unknown")
            }
        }
    }

    mutating func readPerpetratorGenders(_ text: String, _ value: String, column: CTDCMapper.BoundColumn) {
        guard !CTDCValue.isMissing(text) else { return }
        var genders: Set<Gender> = []
        for part in CTDCValue.parts(text) {
            switch CTDCValue.gender(part) {
            case .value(.exact(let gender)): genders.insert(gender)
            case .value(.merged(let merged)): genders.formUnion(merged.candidates)
            case .unknown: continue
            case .invalid: issue(column, value, .invalidValue, "\(part) is not Female or Male")
            }
        }
        if !genders.isEmpty { perpetrators.genders = genders }
    }

    mutating func readPerpetratorAgeBands(_ text: String, _ value: String, column: CTDCMapper.BoundColumn) {
        guard !CTDCValue.isMissing(text) else { return }
        var bands: Set<NumberBand> = []
        for part in CTDCValue.parts(text) {
            switch CTDCValue.ageBand(part) {
            case .value(let band): bands.insert(band)
            case .unknown: continue
            case .invalid: issue(column, value, .invalidValue, "\(part) is not an age band such as 30--38 or 48+")
            }
        }
        if !bands.isEmpty { perpetrators.ageBands = bands.sorted() }
    }

    mutating func readPerpetratorRegions(_ text: String, _ value: String, column: CTDCMapper.BoundColumn) {
        guard !CTDCValue.isMissing(text) else { return }
        var regions: Set<CTDCRegion> = []
        for part in CTDCValue.parts(text) {
            switch CTDCValue.region(part) {
            case .value(let region): regions.insert(region)
            case .unknown: continue
            case .invalid: issue(column, value, .invalidValue, "\(part) is not Africa, Americas/Oceania, Asia or Europe")
            }
        }
        if !regions.isEmpty { perpetrators.citizenshipRegions = regions }
    }

    /// `FriendAcquaintance` is HTCDS's Acquainted. `FamilyIntimatePartner` is
    /// Familial or Acquainted (a partner need not be family).
    /// `StrangerUnknownOther` covers Unaquainted but also "unknown" and
    /// "other", so it stays merged with those noted.
    mutating func readPerpetratorRelationships(_ text: String, _ value: String, column: CTDCMapper.BoundColumn) {
        guard !CTDCValue.isMissing(text) else { return }
        var answer = CTDCGroupAnswer<RelationshipToTrafficker>()
        for part in CTDCValue.parts(text) {
            switch CTDCValue.key(part) {
            case "friendacquaintance": answer.insert(.acquainted)
            case "familyintimatepartner": answer.merge(part, [.familial, .acquainted])
            case "strangerunknownother": answer.merge(part, [.unaquainted], alsoCovers: ["Unknown", "Other"])
            default: issue(column, value, .invalidValue, "\(part) is not FamilyIntimatePartner, FriendAcquaintance or StrangerUnknownOther")
            }
        }
        perpetrators.relationships = answer.result
    }

    mutating func readPerpetratorPaidMoney(_ text: String, _ value: String, column: CTDCMapper.BoundColumn) {
        guard !CTDCValue.isMissing(text) else { return }
        var answers: Set<Bool> = []
        for part in CTDCValue.parts(text) {
            switch CTDCValue.yesNo(part) {
            case .value(let answer): answers.insert(answer)
            case .unknown: continue
            case .invalid: issue(column, value, .invalidValue, "\(part) is not Yes or No")
            }
        }
        if !answers.isEmpty { perpetrators.paidMoney = answers }
    }
}
