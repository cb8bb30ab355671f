/// The sentences that state where the denominators come from and what was assumed, for pages,
/// exports and metadata. They are English; the web layer translates them.
public enum PopulationMethod {
    /// The attribution the CC BY 3.0 IGO licence of the shipped table requires.
    public static let wpp2024Source =
        "United Nations, Department of Economic and Social Affairs, Population Division (2024). World Population Prospects 2024, Online Edition (Medium variant). Licensed under CC BY 3.0 IGO (https://creativecommons.org/licenses/by/3.0/igo/). Population on 1 July, by sex and five-year age group."

    /// How a year between two table years gets its population.
    public static let interpolationNote =
        "The population table holds every fifth year (1990, 1995, …, 2050). For the years in between, the population of each sex and five-year age group is interpolated linearly between the two nearest table years. Years outside the table are not estimated."

    /// How the 15–19 age group is divided between children and adults.
    public static let ageSplitNote =
        "Children are aged 0–17 and adults 18 or over. The five-year age group 15–19 is split at age 18 on the assumption that its members are spread evenly over the five years of age: 3/5 count as children and 2/5 as adults."

    /// All three, as one paragraph.
    public static let text = [wpp2024Source, interpolationNote, ageSplitNote].joined(separator: " ")
}
