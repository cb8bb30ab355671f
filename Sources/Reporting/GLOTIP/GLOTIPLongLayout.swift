/// The UNODC export's columns, in its order, so a file written here reads like the export.
public enum GLOTIPLongLayout {
    public static let header = [
        "Iso3_code", "Country", "Region", "Subregion", "Indicator", "Dimension", "Category",
        "Sex", "Age", "Year", "Unit of measurement", "txtVALUE", "Source",
    ]

    /// The row's cells under `header`; suppressed values are written as `rule` says (`<5`, `x`).
    public static func fields(of row: GLOTIPRow, rule: SuppressionRule) -> [String] {
        [
            row.iso3, row.country, row.region, row.subregion, row.indicator.rawValue, row.dimension.rawValue,
            row.category, row.sex.rawValue, row.age.rawValue, String(row.year), "Counts", rule.text(row.value), row.source,
        ]
    }
}
