import CaseModel

extension SDG16_2_2 {
    /// The columns of the open-sdg tidy CSV, as the national platforms (UK ONS, Moldova NBS) use
    /// them: the year, the disaggregations (empty for the headline), then the value's attributes.
    public static let openSDGHeader = [
        "Year", "Series", "Units", "Sex", "Age", "Type of exploitation", "Unit multiplier", "Observation status", "Value",
    ]

    /// The `Series` column: one series for counts and rates alike; `Units` tells them apart.
    public static let openSDGSeries = "Detected victims of human trafficking"

    /// The `Units` column of the rate rows.
    public static let rateUnits = "Rate per 100,000 population"
    /// The `Units` column of the count rows.
    public static let countUnits = "Number"

    /// The rows as an open-sdg tidy table, header first, ready for any CSV writer.
    ///
    /// Each indicator row gives a count line (`Units` = "Number") and a rate line. Disaggregations
    /// that are totals are left empty, as open-sdg expects, so the headline lines have every
    /// disaggregation but `Units` empty. Sex is `Female`/`Male`, Age `0 to 17 years`/
    /// `18 years or over`, and Type of exploitation the GLOTIP group's English name.
    ///
    /// Observation status: a withheld value is left empty and marked "Confidential statistical
    /// information" (open-sdg charts need a number or nothing in `Value`); a rate whose population
    /// was interpolated is an "Estimated value"; everything else is a "Normal value".
    public static func openSDGTable(_ rows: [SDGIndicatorRow]) -> [[String]] {
        var table = [openSDGHeader]
        for units in [countUnits, rateUnits] {
            for row in rows {
                let sex = row.sex == .total ? "" : row.sex.glotipSex.rawValue
                let age = row.ageBand == .total ? "" : row.ageBand.glotipAge.rawValue
                let form = row.form.map { formName($0) } ?? ""
                let (status, value) = units == countUnits ? countCell(row) : rateCell(row)
                table.append([String(row.year), openSDGSeries, units, sex, age, form, "Units", status, value])
            }
        }
        return table
    }

    static let normalStatus = "Normal value"
    static let estimatedStatus = "Estimated value"
    static let confidentialStatus = "Confidential statistical information"

    static func countCell(_ row: SDGIndicatorRow) -> (String, String) {
        row.count.count.map { (normalStatus, String($0)) } ?? (confidentialStatus, "")
    }

    static func rateCell(_ row: SDGIndicatorRow) -> (String, String) {
        switch row.rate {
        case .value: (row.population.isInterpolated ? estimatedStatus : normalStatus, row.rate.text)
        case .withheld: (confidentialStatus, "")
        case .noPopulation: ("Missing value", "")
        }
    }

    /// The English name of a GLOTIP group, as the UNODC export spells it.
    static func formName(_ group: GLOTIPExploitationGroup) -> String {
        switch group {
        case .sexualExploitation: GLOTIPFormCategory.sexualExploitation.rawValue
        case .forcedLabour: GLOTIPFormCategory.forcedLabour.rawValue
        case .otherForms: GLOTIPFormCategory.otherForms.rawValue
        }
    }
}
