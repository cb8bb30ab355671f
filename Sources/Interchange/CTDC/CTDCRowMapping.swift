import CaseModel

/// What one row says about one multi-select question so far.
struct CTDCGroupAnswer<Code: Hashable & Sendable> {
    /// Whether any cell of the group held information (a 1, or a 0).
    var isKnown = false
    var set = MappedSet<Code>()

    var result: MappedSet<Code>? { isKnown ? set : nil }

    mutating func insert(_ code: Code) {
        isKnown = true
        set.codes.insert(code)
    }

    mutating func insert(_ codes: Set<Code>) {
        isKnown = true
        set.codes.formUnion(codes)
    }

    mutating func merge(_ source: String, _ candidates: Set<Code>, alsoCovers: Set<String> = []) {
        isKnown = true
        set.merged.insert(MergedCodes(source: source, candidates: candidates, alsoCovers: alsoCovers))
    }

    mutating func unmapped(_ source: String) {
        isKnown = true
        set.unmapped.insert(source)
    }
}

/// The mapping of one row, column by column.
struct CTDCRowMapping {
    var record: CTDCRecord
    private var issues: [CTDCIssue] = []
    private let line: Int?
    var exploitation = CTDCGroupAnswer<ExploitationType>()
    var control = CTDCGroupAnswer<ControlMethod>()
    var industries = CTDCGroupAnswer<ForcedLabourIndustry>()
    var sex = CTDCGroupAnswer<SexualExploitationType>()
    var relationships = CTDCGroupAnswer<RelationshipToTrafficker>()
    var roles = CTDCGroupAnswer<PerpetratorRole>()
    private var majorityCell: (column: String, value: String, group: AgeGroup)?
    var perpetrators = CTDCPerpetrators()

    init(layout: CTDCLayout, row: Int, line: Int?) {
        record = CTDCRecord(layout: layout, row: row)
        self.line = line
    }

    mutating func issue(_ column: CTDCMapper.BoundColumn, _ value: String, _ kind: CTDCIssue.Kind, _ message: String) {
        issues.append(CTDCIssue(row: record.row, line: line, column: column.header, value: value, kind: kind, message: message))
    }

    /// Stores a parsed single value, or reports why it cannot be.
    private mutating func take<Value>(_ parsed: CTDCValue.Parsed<Value>, _ column: CTDCMapper.BoundColumn, _ value: String, expected: String, store: (inout CTDCRecord, Value) -> Void) {
        switch parsed {
        case .value(let parsedValue): store(&record, parsedValue)
        case .unknown: break
        case .invalid: issue(column, value, .invalidValue, "expected \(expected)")
        }
    }

    mutating func read(_ value: String, column: CTDCMapper.BoundColumn) {
        let text = CTDCValue.trimmed(value)
        switch column.spec.role {
        case .registrationYears:
            take(CTDCValue.years(text), column, value, expected: "a year (2017) or a range of years (2014-2018)") { $0.registrationYears = $1 }
        case .dataSource:
            take(CTDCValue.dataSource(text), column, value, expected: "Case Management or Hotline") { $0.dataSource = $1 }
        case .gender:
            take(CTDCValue.gender(text), column, value, expected: "Female, Male, Woman, Man, Trans/Transgender/NonConforming or blank") { record, gender in
                switch gender {
                case .exact(let exact): record.gender = exact
                case .merged(let merged): record.mergedGender = merged
                }
            }
        case .ageBand:
            take(CTDCValue.ageBand(text), column, value, expected: "an age band such as 18--20 or 48+") { $0.ageBand = $1 }
        case .majorityStatus:
            let parsed = CTDCValue.majority(text)
            take(parsed, column, value, expected: "Adult, Minor or Unknown") { $0.ageGroup = $1 }
            // Kept to compare with ageBroad once every column is read.
            if case .value(let group) = parsed { majorityCell = (column.header, value, group) }
        case .majorityStatusAtExploitation:
            take(CTDCValue.majority(text), column, value, expected: "Adult, Minor or Unknown") { $0.ageGroupAtExploitation = $1 }
        case .majorityEntry:
            take(CTDCValue.majority(text), column, value, expected: "Adult, Minor, Unknown or an age band") { $0.ageGroupAtEntry = $1 }
        case .citizenship:
            take(CTDCValue.country(text), column, value, expected: "an ISO 3166 country code") { $0.citizenship = $1 }
        case .countryOfExploitation:
            take(CTDCValue.country(text), column, value, expected: "an ISO 3166 country code") { $0.countryOfExploitation = $1 }
        case .originRegion:
            take(CTDCValue.region(text), column, value, expected: "Africa, Americas/Oceania, Asia or Europe") { $0.originRegion = $1 }
        case .exploitationRegion:
            take(CTDCValue.region(text), column, value, expected: "Africa, Americas/Oceania, Asia or Europe") { $0.exploitationRegion = $1 }
        case .traffickingMonths:
            take(CTDCValue.months(text), column, value, expected: "a band of months such as 0--12, 13--24 or 25+") { $0.traffickingMonths = $1 }
        case .abduction:
            take(CTDCValue.flag(text), column, value, expected: "1, 0, -99 or blank") { $0.abduction = $1 }
        case .flag(let group, let effect):
            readFlag(text, value, column: column, group: group, effect: effect)
        case .recruiterRelationshipText:
            readRecruiterRelationship(text, value, column: column)
        case .perpetratorGenders:
            readPerpetratorGenders(text, value, column: column)
        case .perpetratorAgeBands:
            readPerpetratorAgeBands(text, value, column: column)
        case .perpetratorRegions:
            readPerpetratorRegions(text, value, column: column)
        case .perpetratorRelationships:
            readPerpetratorRelationships(text, value, column: column)
        case .perpetratorPaidMoney:
            readPerpetratorPaidMoney(text, value, column: column)
        case .notRead:
            break
        }
    }

    /// Settles what needs several columns, and returns the result.
    mutating func finish() -> CTDCMappedRow {
        if let band = record.ageBand, band.ageGroup != .unknown {
            if let majorityCell, majorityCell.group != band.ageGroup {
                issues.append(CTDCIssue(
                    row: record.row, line: line, column: majorityCell.column, value: majorityCell.value, kind: .conflict,
                    message: "ageBroad \(band) disagrees; the majority status is kept"))
            } else if majorityCell == nil {
                record.ageGroup = band.ageGroup
            }
        }
        record.exploitationTypes = exploitation.result
        record.controlMethods = control.result
        record.forcedLabourIndustries = industries.result
        record.sexualExploitationTypes = sex.result
        record.recruiterRelationships = relationships.result
        if record.layout == .victimPerpetrator {
            perpetrators.roles = roles.result
            record.perpetrators = perpetrators
        }
        return CTDCMappedRow(record: record, issues: issues)
    }
}
