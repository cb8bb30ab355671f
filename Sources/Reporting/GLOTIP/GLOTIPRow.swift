/// One line of the UNODC GLOTIP export's long layout.
///
/// The columns are UNODC's: `Iso3_code, Country, Region, Subregion, Indicator, Dimension, Category,
/// Sex, Age, Year, Unit of measurement, txtVALUE, Source`. `category` is `Total` on the total
/// dimension, a form of exploitation, a country name, or `Unknown`.
public struct GLOTIPRow: Hashable, Sendable {
    public var iso3: String
    public var country: String
    public var region: String
    public var subregion: String
    public var indicator: GLOTIPIndicator
    public var dimension: GLOTIPDimension
    public var category: String
    public var sex: GLOTIPSex
    public var age: GLOTIPAge
    public var year: Int
    public var value: ReportedValue
    /// `GLOTIP` for figures imported from UNODC, `Libertas` for figures computed from cases.
    public var source: String

    public init(
        iso3: String, country: String, region: String, subregion: String,
        indicator: GLOTIPIndicator, dimension: GLOTIPDimension, category: String,
        sex: GLOTIPSex, age: GLOTIPAge, year: Int, value: ReportedValue, source: String
    ) {
        self.iso3 = iso3
        self.country = country
        self.region = region
        self.subregion = subregion
        self.indicator = indicator
        self.dimension = dimension
        self.category = category
        self.sex = sex
        self.age = age
        self.year = year
        self.value = value
        self.source = source
    }
}
