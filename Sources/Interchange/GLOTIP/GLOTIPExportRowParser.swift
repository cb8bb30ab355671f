import Foundation
import Reporting

/// Turns the cells of one export row into a ``GLOTIPRow``, or says what is wrong.
///
/// Vocabulary columns (indicator, dimension, sex, age) must be spelled as
/// UNODC spells them, apart from surrounding spaces; nothing is guessed, so a
/// file from another source cannot slip in a category the tables do not have.
/// Text columns (country, region, category, source) are kept byte for byte:
/// citizenship labels are joined on their raw text.
enum GLOTIPExportRowParser {
    /// Years accepted; UNODC's data start in 2003.
    static let years = 1900...2100

    static func parse(_ fields: [String], columns: GLOTIPExportColumns) -> Result<GLOTIPRow, GLOTIPImportProblem.Reason> {
        func cell(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
        func trimmed(_ index: Int) -> String { cell(index).trimmingCharacters(in: .whitespaces) }

        guard let indicator = GLOTIPIndicator(rawValue: trimmed(columns.indicator)) else {
            return .failure(.unknownIndicator(cell(columns.indicator)))
        }
        guard let dimension = GLOTIPDimension(rawValue: trimmed(columns.dimension)) else {
            return .failure(.unknownDimension(cell(columns.dimension)))
        }
        let category = cell(columns.category)
        guard categoryFits(category.trimmingCharacters(in: .whitespaces), dimension) else {
            return .failure(.unknownCategory(category, dimension: dimension))
        }
        guard let sex = GLOTIPSex(rawValue: trimmed(columns.sex)) else { return .failure(.unknownSex(cell(columns.sex))) }
        guard let age = GLOTIPAge(rawValue: trimmed(columns.age)) else { return .failure(.unknownAge(cell(columns.age))) }
        guard let year = wholeNumber(trimmed(columns.year)), years.contains(year) else {
            return .failure(.badYear(cell(columns.year)))
        }
        guard trimmed(columns.unit) == "Counts" else { return .failure(.unsupportedUnit(cell(columns.unit))) }
        guard let value = reportedValue(trimmed(columns.value)) else { return .failure(.badValue(cell(columns.value))) }
        return .success(GLOTIPRow(
            iso3: trimmed(columns.iso3), country: cell(columns.country), region: cell(columns.region),
            subregion: cell(columns.subregion), indicator: indicator, dimension: dimension,
            category: dimension == .citizenship || dimension == .repatriation ? category : category.trimmingCharacters(in: .whitespaces),
            sex: sex, age: age, year: year, value: value, source: cell(columns.source)
        ))
    }

    /// The total dimension has the one category `Total`; the form dimension has
    /// UNODC's three groups (and Libertas's `Unknown`); the others are free text.
    private static func categoryFits(_ category: String, _ dimension: GLOTIPDimension) -> Bool {
        switch dimension {
        case .total: category == "Total"
        case .formOfExploitation: GLOTIPFormCategory(rawValue: category) != nil
        case .detailedForm, .citizenship, .repatriation: true
        }
    }

    /// `<5` is UNODC's small-cell suppression; `x` is the secondary suppression
    /// Libertas writes (``SuppressionRule/text(_:)``), so its own exports read back.
    static func reportedValue(_ text: String) -> ReportedValue? {
        switch text {
        case "<5": return .suppressed(.primary)
        case "x", "X": return .suppressed(.secondary)
        default: return count(text).map(ReportedValue.count)
        }
    }

    /// A count: digits, optionally grouped by commas in threes (the export has
    /// `1,757` and `6,112,019` beside plain `1757`), or a number with a zero
    /// fraction (`12.0`, as a spreadsheet may save it).
    static func count(_ text: String) -> Int? {
        if let whole = wholeNumber(text) { return whole >= 0 ? whole : nil }
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        return Int(groups.joined())
    }

    /// `2017` or `2017.0`; not `2017.5`, not `-`, not empty.
    static func wholeNumber(_ text: String) -> Int? {
        if !text.isEmpty, text.allSatisfy(\.isASCIIDigit) { return Int(text) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit),
              !parts[1].isEmpty, parts[1].allSatisfy({ $0 == "0" })
        else { return nil }
        return Int(parts[0])
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
