extension GLOTIPTables {
    /// Persons brought into formal contact or prosecuted in one year: the grid.
    static func stageTables(_ stage: JusticeStage, _ tallies: GLOTIPTallies, year: Int) -> AdditiveTable<GLOTIPCell> {
        var table = AdditiveTable<GLOTIPCell>()
        table.addGrid(at: GLOTIPCell(stage.indicator, year: year)) { sex, age in
            tallies.personsByStage[PersonStageKey(stage: stage, year: year, sex: sex, age: age)] ?? 0
        }
        return table
    }

    /// Persons convicted in one year: the grid, and by citizenship and by form of exploitation at
    /// Total/Total, both adding up to the grid's total.
    static func convictedTables(_ tallies: GLOTIPTallies, year: Int) -> AdditiveTable<GLOTIPCell> {
        var table = stageTables(.convicted, tallies, year: year)
        let total = GLOTIPCell(.convicted, year: year)

        let citizenships = addCountries(tallies.convictedByCitizenship, .convicted, .citizenship, year: year, to: &table)
        if !citizenships.isEmpty { table.require(total, isSumOf: citizenships) }

        let byGroup = tallies.convictedByGroup.filter { $0.key.year == year }
        let forms = formCategories(includingUnknown: (byGroup[YearGroupKey(year: year, group: nil)] ?? 0) > 0)
        let formCells = forms.map { category in
            let cell = GLOTIPCell(.convicted, .formOfExploitation, category.rawValue, year: year)
            table.add(cell, count: byGroup.filter { GLOTIPFormCategory(group: $0.key.group) == category }.values.reduce(0, +))
            return cell
        }
        table.require(total, isSumOf: formCells)
        return table
    }

    /// Offences recorded in one year: one cell, zeros included.
    static func offenceTables(_ tallies: GLOTIPTallies, year: Int) -> AdditiveTable<GLOTIPCell> {
        var table = AdditiveTable<GLOTIPCell>()
        table.add(GLOTIPCell(.offences, year: year), count: tallies.offencesByYear[year] ?? 0)
        return table
    }
}
