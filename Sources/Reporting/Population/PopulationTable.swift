/// Population by country, year, sex and five-year age group: the denominators of SDG 16.2.2.
///
/// The shipped table is UN DESA's World Population Prospects 2024 (`wpp2024()`); a country can
/// load its own statistics bureau's figures in the same format with `init(contentsOf:)`.
/// `population(_:year:sex:ageBand:)` turns the stored points into the figure a rate needs.
public struct PopulationTable: Sendable, Equatable {
    /// The first ages of the 21 groups every line holds: 0–4, 5–9, …, 95–99, and 100 and over.
    public static let ageGroupStarts: [Int] = Array(stride(from: 0, through: 100, by: 5))

    /// Persons per age group (in `ageGroupStarts` order) for each country, year and stored sex.
    var groups: [String: [Int: [PopulationSex: [Double]]]]

    /// A table from figures already in memory: `groups[iso3][year][sex]` holds the 21 age groups of
    /// `.female` or `.male`. Both sexes must be present for every year, and each list must have
    /// 21 values.
    public init(groups: [String: [Int: [PopulationSex: [Double]]]]) throws {
        for (iso3, years) in groups {
            for (year, sexes) in years {
                for sex in PopulationSex.stored {
                    guard let values = sexes[sex] else { throw PopulationError.missingSex(iso3: iso3, year: year, sex: sex) }
                    guard values.count == Self.ageGroupStarts.count else {
                        throw PopulationError.malformedLine(number: 0, reason: "\(iso3) \(year) \(sex.rawValue) has \(values.count) age groups, not \(Self.ageGroupStarts.count)")
                    }
                }
            }
        }
        self.groups = groups
    }

    /// The ISO 3166-1 alpha-3 codes the table covers, sorted.
    public var countries: [String] { groups.keys.sorted() }

    /// The years the table holds for a country, sorted; empty for an unknown country.
    public func years(of iso3: String) -> [Int] {
        (groups[iso3.uppercased()]?.keys).map { $0.sorted() } ?? []
    }

    /// The stored persons of one country, year and stored sex by age group, or `nil` if absent.
    public func ageGroups(_ iso3: String, year: Int, sex: PopulationSex) -> [Double]? {
        guard sex != .total else {
            guard let female = ageGroups(iso3, year: year, sex: .female), let male = ageGroups(iso3, year: year, sex: .male) else { return nil }
            return zip(female, male).map { $0 + $1 }
        }
        return groups[iso3.uppercased()]?[year]?[sex]
    }
}
