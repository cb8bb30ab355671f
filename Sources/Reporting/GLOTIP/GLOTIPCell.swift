/// Where a count sits in the long layout: every column of a ``GLOTIPRow`` that names the cell,
/// without the country (one build is one country) and without the value.
struct GLOTIPCell: Hashable, Sendable {
    var indicator: GLOTIPIndicator
    var dimension: GLOTIPDimension
    var category: String
    var sex: GLOTIPSex
    var age: GLOTIPAge
    var year: Int

    init(
        _ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension = .total, _ category: String = "Total",
        sex: GLOTIPSex = .total, age: GLOTIPAge = .total, year: Int
    ) {
        self.indicator = indicator
        self.dimension = dimension
        self.category = category
        self.sex = sex
        self.age = age
        self.year = year
    }

    /// The same cell on another line of its grid.
    func at(sex: GLOTIPSex, age: GLOTIPAge) -> GLOTIPCell {
        GLOTIPCell(indicator, dimension, category, sex: sex, age: age, year: year)
    }
}
