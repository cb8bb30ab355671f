import CaseModel

/// SDG indicator 16.2.2, "Number of victims of human trafficking per 100,000 population, by sex,
/// age and form of exploitation", computed from detected-victim counts and a population table.
public enum SDG16_2_2 {
    /// The forms of exploitation the indicator is broken down by; `nil` stands for all victims.
    public static let forms: [GLOTIPExploitationGroup?] = [nil] + GLOTIPExploitationGroup.allCases.map { $0 }

    /// The rows of one country for the given years, in a fixed order: for all victims and then each
    /// form of exploitation, the total, females, males, children, adults, and sex by age.
    ///
    /// - Parameters:
    ///   - iso3: the reporting country (ISO 3166-1 alpha-3), whose population is the denominator.
    ///   - victims: detected victims by year, sex, age and GLOTIP group, each victim counted once
    ///     (`GLOTIPTallies.victimsByGroup`). Keys may use the categories `other` and `unknown`;
    ///     they count in the totals only. A key with `total` as its sex or age is treated the same way.
    ///   - years: the years to report; by default the years present in `victims`. A year without
    ///     victims gives zeros, which is a finding, not missing data.
    ///   - population: the denominators, normally `PopulationTable.wpp2024()`.
    ///   - rule: small counts it withholds withhold their rates too.
    /// - Throws: `PopulationError` when the population of a year or country is not available.
    public static func rows(
        iso3: String,
        victims: [VictimGroupKey: Int],
        years: [Int]? = nil,
        population: PopulationTable,
        rule: SuppressionRule
    ) throws -> [SDGIndicatorRow] {
        let reportedYears = years ?? Array(Set(victims.keys.map(\.year))).sorted()
        var rows: [SDGIndicatorRow] = []
        for year in reportedYears {
            for form in forms {
                for (sex, ageBand) in breakdowns {
                    let count = victims.reduce(0) { sum, entry in
                        entry.key.year == year && (form == nil || entry.key.group == form) && matches(entry.key, sex: sex, ageBand: ageBand) ? sum + entry.value : sum
                    }
                    let denominator = try population.population(iso3, year: year, sex: sex, ageBand: ageBand)
                    rows.append(row(year: year, sex: sex, ageBand: ageBand, form: form, count: count, population: denominator, rule: rule))
                }
            }
        }
        return rows
    }

    /// The sex and age combinations of each form, headline first.
    public static let breakdowns: [(PopulationSex, PopulationAgeBand)] = [
        (.total, .total), (.female, .total), (.male, .total), (.total, .children), (.total, .adults),
        (.female, .children), (.female, .adults), (.male, .children), (.male, .adults),
    ]

    /// One row: the count after suppression and its rate.
    static func row(year: Int, sex: PopulationSex, ageBand: PopulationAgeBand, form: GLOTIPExploitationGroup?, count: Int, population: PopulationEstimate, rule: SuppressionRule) -> SDGIndicatorRow {
        let reported: ReportedValue = rule.isSmall(count) ? .suppressed(.primary) : .count(count)
        let rate: SDGRate
        if reported.isSuppressed {
            rate = .withheld
        } else if population.persons > 0 {
            rate = .value(Double(count) / population.persons * 100_000)
        } else {
            rate = .noPopulation
        }
        return SDGIndicatorRow(year: year, sex: sex, ageBand: ageBand, form: form, count: reported, rate: rate, population: population)
    }

    /// Whether a victim cell counts towards a sex and age band. A victim of other or unknown sex,
    /// or of unknown age, has no matching population, so counts only where that margin is `total`.
    static func matches(_ key: VictimGroupKey, sex: PopulationSex, ageBand: PopulationAgeBand) -> Bool {
        (sex == .total || PopulationSex(key.sex) == sex) && (ageBand == .total || PopulationAgeBand(key.age) == ageBand)
    }
}
