/// A population denominator, with how it was obtained, so that a published rate can say so.
public struct PopulationEstimate: Hashable, Sendable {
    /// ISO 3166-1 alpha-3.
    public var iso3: String
    public var year: Int
    public var sex: PopulationSex
    public var ageBand: PopulationAgeBand
    /// Persons. Fractional because of interpolation and the split of the 15–19 group.
    public var persons: Double
    /// The two table years the figure was interpolated between, or `nil` when the table has `year` itself.
    public var interpolatedBetween: (Int, Int)? {
        guard let lower = lowerYear, let upper = upperYear else { return nil }
        return (lower, upper)
    }

    private var lowerYear: Int?
    private var upperYear: Int?

    /// Whether the figure lies between two table years rather than on one.
    public var isInterpolated: Bool { lowerYear != nil }

    public init(iso3: String, year: Int, sex: PopulationSex, ageBand: PopulationAgeBand, persons: Double, interpolatedBetween: (Int, Int)? = nil) {
        self.iso3 = iso3
        self.year = year
        self.sex = sex
        self.ageBand = ageBand
        self.persons = persons
        self.lowerYear = interpolatedBetween?.0
        self.upperYear = interpolatedBetween?.1
    }
}
