extension PopulationTable {
    /// The population of a country in a year, for one sex and age band.
    ///
    /// Two assumptions turn the stored five-year points and five-year age groups into this figure
    /// (`PopulationMethod.text` says the same for readers):
    ///
    /// - **Years between two table years** are interpolated linearly, separately for each sex and
    ///   age group, between the nearest table years below and above. Years before the first or
    ///   after the last table year are refused (`PopulationError.yearOutOfRange`): carrying the
    ///   nearest year forward would make a stale denominator look current.
    /// - **The 15–19 group straddles age 18.** Its members are taken to be spread evenly over the
    ///   five years of age, so 3/5 of it counts as children (15–17) and 2/5 as adults (18–19).
    ///   Where cohorts differ in size this is slightly off; no single-year ages are available.
    ///
    /// - Parameters:
    ///   - iso3: ISO 3166-1 alpha-3 code, any case.
    ///   - year: the reporting year; figures are for 1 July.
    /// - Returns: the persons, and whether they were interpolated.
    public func population(_ iso3: String, year: Int, sex: PopulationSex, ageBand: PopulationAgeBand) throws -> PopulationEstimate {
        let code = iso3.uppercased()
        let years = self.years(of: code)
        guard let first = years.first, let last = years.last else { throw PopulationError.unknownCountry(code) }
        guard (first...last).contains(year) else {
            throw PopulationError.yearOutOfRange(iso3: code, year: year, available: first...last)
        }
        // The band sums are linear in the age groups, so interpolating the sums equals summing
        // interpolated groups; the sums are taken first because they are fewer numbers.
        if let exact = ageGroups(code, year: year, sex: sex) {
            return PopulationEstimate(iso3: code, year: year, sex: sex, ageBand: ageBand, persons: Self.sum(exact, over: ageBand))
        }
        let lower = years.last { $0 < year }!
        let upper = years.first { $0 > year }!
        let atLower = Self.sum(ageGroups(code, year: lower, sex: sex)!, over: ageBand)
        let atUpper = Self.sum(ageGroups(code, year: upper, sex: sex)!, over: ageBand)
        let fraction = Double(year - lower) / Double(upper - lower)
        return PopulationEstimate(
            iso3: code, year: year, sex: sex, ageBand: ageBand,
            persons: atLower + (atUpper - atLower) * fraction,
            interpolatedBetween: (lower, upper)
        )
    }

    /// The share of the 15–19 group counted as children (ages 15, 16 and 17 of five).
    public static let childShareOf15To19 = 3.0 / 5.0

    /// Persons in an age band, from the 21 five-year groups.
    static func sum(_ groups: [Double], over band: PopulationAgeBand) -> Double {
        let index15 = ageGroupStarts.firstIndex(of: 15)!
        let under15 = groups[..<index15].reduce(0, +)
        let from20 = groups[(index15 + 1)...].reduce(0, +)
        let group15 = groups[index15]
        switch band {
        case .total: return under15 + group15 + from20
        case .children: return under15 + group15 * childShareOf15To19
        case .adults: return group15 * (1 - childShareOf15To19) + from20
        }
    }
}
