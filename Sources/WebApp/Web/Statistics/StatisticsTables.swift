import Foundation
import Reporting

/// Looks cells up in a set of GLOTIP rows, for pages and exports.
struct StatisticsTables {
    struct Key: Hashable {
        let indicator: GLOTIPIndicator
        let dimension: GLOTIPDimension
        let category: String
        let sex: GLOTIPSex
        let age: GLOTIPAge
        let year: Int
    }

    let rows: [GLOTIPRow]
    let rule: SuppressionRule
    private let index: [Key: ReportedValue]

    init(rows: [GLOTIPRow], rule: SuppressionRule) {
        self.rows = rows
        self.rule = rule
        var index: [Key: ReportedValue] = [:]
        for row in rows { index[Key(indicator: row.indicator, dimension: row.dimension, category: row.category, sex: row.sex, age: row.age, year: row.year)] = row.value }
        self.index = index
    }

    func value(_ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension = .total, category: String = "Total",
               sex: GLOTIPSex = .total, age: GLOTIPAge = .total, year: Int) -> ReportedValue? {
        index[Key(indicator: indicator, dimension: dimension, category: category, sex: sex, age: age, year: year)]
    }

    /// The categories of a dimension in a year, in reporting order, with their Total/Total value.
    func categories(_ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension, year: Int) -> [(category: String, value: ReportedValue)] {
        rows.filter { $0.indicator == indicator && $0.dimension == dimension && $0.year == year && $0.sex == .total && $0.age == .total }
            .map { ($0.category, $0.value) }
    }

    /// How a cell is shown: the count in the reader's digits, `<5`, `x`, or a dash when there is no such cell.
    func text(_ value: ReportedValue?, number: (Int) -> String) -> String {
        guard let value else { return "—" }
        if let count = value.count { return number(count) }
        return rule.text(value)
    }
}
