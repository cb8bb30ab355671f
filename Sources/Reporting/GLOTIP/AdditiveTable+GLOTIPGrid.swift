extension AdditiveTable where Cell == GLOTIPCell {
    /// Adds one sex × age grid with its margins (zeros included, so a zero is a real zero) and the
    /// nine sums of its lines: each age column over the sexes, each sex row over the ages.
    ///
    /// - Parameters:
    ///   - corner: The grid's Total/Total cell; its sex and age are ignored.
    ///   - count: The count of one inner cell (sex and age both categories, never `total`).
    mutating func addGrid(at corner: GLOTIPCell, count: (GLOTIPSex, GLOTIPAge) -> Int) {
        var inner: [GLOTIPSex: [GLOTIPAge: Int]] = [:]
        for sex in GLOTIPSex.categories {
            for age in GLOTIPAge.categories { inner[sex, default: [:]][age] = count(sex, age) }
        }
        func value(_ sex: GLOTIPSex, _ age: GLOTIPAge) -> Int {
            let sexes = sex == .total ? GLOTIPSex.categories : [sex]
            let ages = age == .total ? GLOTIPAge.categories : [age]
            return sexes.reduce(0) { sum, s in ages.reduce(sum) { $0 + inner[s]![$1]! } }
        }
        for sex in GLOTIPSex.allCases {
            for age in GLOTIPAge.allCases { add(corner.at(sex: sex, age: age), count: value(sex, age)) }
        }
        for age in GLOTIPAge.allCases {
            require(corner.at(sex: .total, age: age), isSumOf: GLOTIPSex.categories.map { corner.at(sex: $0, age: age) })
        }
        for sex in GLOTIPSex.allCases {
            require(corner.at(sex: sex, age: .total), isSumOf: GLOTIPAge.categories.map { corner.at(sex: sex, age: $0) })
        }
    }

    /// Records that grids of the same shape add up, cell by cell, to the grid at `total`: the
    /// forms of exploitation of every sex × age cell (margins included) add up to that cell.
    mutating func requireGrids(_ parts: [GLOTIPCell], addUpTo total: GLOTIPCell) {
        for sex in GLOTIPSex.allCases {
            for age in GLOTIPAge.allCases {
                require(total.at(sex: sex, age: age), isSumOf: parts.map { $0.at(sex: sex, age: age) })
            }
        }
    }
}
