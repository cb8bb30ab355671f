extension SDG16_2_2 {
    /// The metadata every export of the indicator carries: method, population source, which years'
    /// populations were interpolated, the 15–19 split, and the suppression rule.
    ///
    /// - Parameters:
    ///   - rows: the rows being exported, to name the interpolated years.
    ///   - rule: the suppression rule the rows were built with.
    ///   - populationSource: the attribution of the denominators; the WPP 2024 one by default.
    public static func metadata(for rows: [SDGIndicatorRow], rule: SuppressionRule, populationSource: String = PopulationMethod.wpp2024Source) -> [SDGMetadataItem] {
        let interpolated = Set(rows.filter(\.population.isInterpolated).map(\.year)).sorted()
        let interpolatedYears = interpolated.isEmpty
            ? "None: every year reported is a year of the population table."
            : "Population interpolated for " + interpolated.map(String.init).joined(separator: ", ") + "."
        return [
            SDGMetadataItem(key: "Indicator", value: "16.2.2 Number of victims of human trafficking per 100,000 population, by sex, age and form of exploitation"),
            SDGMetadataItem(key: "Method", value: methodText),
            SDGMetadataItem(key: "Population source", value: populationSource),
            SDGMetadataItem(key: "Interpolation", value: PopulationMethod.interpolationNote + " " + interpolatedYears),
            SDGMetadataItem(key: "Age groups", value: PopulationMethod.ageSplitNote),
            SDGMetadataItem(key: "Suppression", value: rule.description),
        ]
    }
}
