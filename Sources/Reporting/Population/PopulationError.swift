/// Why a population figure cannot be given or a population file cannot be read.
public enum PopulationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The table has no figures for this country.
    case unknownCountry(String)
    /// The year lies outside the years the table covers for the country. Libertas does not carry
    /// the nearest year forward: a silently stale denominator would bias every rate.
    case yearOutOfRange(iso3: String, year: Int, available: ClosedRange<Int>)
    /// A line of a population file does not have the expected shape.
    case malformedLine(number: Int, reason: String)
    /// A country and year has figures for one sex but not the other.
    case missingSex(iso3: String, year: Int, sex: PopulationSex)
    /// The file could not be read at all (missing, unreadable or not UTF-8).
    case unreadable(String)

    public var description: String {
        switch self {
        case .unknownCountry(let iso3):
            "No population figures for \(iso3)."
        case .yearOutOfRange(let iso3, let year, let available):
            "No population figures for \(iso3) in \(year): the table covers \(available.lowerBound)–\(available.upperBound), and Libertas does not extrapolate."
        case .malformedLine(let number, let reason):
            "Population file, line \(number): \(reason)"
        case .missingSex(let iso3, let year, let sex):
            "Population file has no \(sex.rawValue) figures for \(iso3) in \(year)."
        case .unreadable(let reason):
            "Cannot read the population file: \(reason)"
        }
    }
}
