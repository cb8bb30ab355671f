import CaseModel

/// One cell of SDG indicator 16.2.2 for a country and year: a count of detected victims and
/// their rate per 100,000 population of the same sex and age.
public struct SDGIndicatorRow: Hashable, Sendable {
    public var year: Int
    /// `total`, `female` or `male`.
    public var sex: PopulationSex
    /// `total`, `children` or `adults`.
    public var ageBand: PopulationAgeBand
    /// The GLOTIP form of exploitation, or `nil` for victims of every form (and none recorded).
    public var form: GLOTIPExploitationGroup?
    /// The count, or why it is withheld.
    public var count: ReportedValue
    /// Detected victims per 100,000 persons of `population`.
    public var rate: SDGRate
    /// The denominator, which is the whole population of the sex and age even for a form of exploitation.
    public var population: PopulationEstimate

    public init(year: Int, sex: PopulationSex, ageBand: PopulationAgeBand, form: GLOTIPExploitationGroup?, count: ReportedValue, rate: SDGRate, population: PopulationEstimate) {
        self.year = year
        self.sex = sex
        self.ageBand = ageBand
        self.form = form
        self.count = count
        self.rate = rate
        self.population = population
    }

    /// The headline figure: all victims, both sexes, all ages.
    public var isHeadline: Bool { sex == .total && ageBand == .total && form == nil }
}
