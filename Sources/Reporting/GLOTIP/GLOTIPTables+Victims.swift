import CaseModel

extension GLOTIPTables {
    /// Detected victims in one year: the grid, forms, detailed forms, citizenship and repatriation.
    static func victimTables(_ tallies: GLOTIPTallies, year: Int) -> AdditiveTable<GLOTIPCell> {
        var table = AdditiveTable<GLOTIPCell>()
        let byGroup = tallies.victimsByGroup.filter { $0.key.year == year }
        let total = GLOTIPCell(.detectedVictims, year: year)
        table.addGrid(at: total) { sex, age in
            byGroup.filter { $0.key.sex == sex && $0.key.age == age }.values.reduce(0, +)
        }

        let withoutForm = byGroup.filter { $0.key.group == nil }.values.reduce(0, +)
        let forms = formCategories(includingUnknown: withoutForm > 0).map { category in
            GLOTIPCell(.detectedVictims, .formOfExploitation, category.rawValue, year: year)
        }
        for corner in forms {
            table.addGrid(at: corner) { sex, age in
                byGroup.filter {
                    $0.key.sex == sex && $0.key.age == age && GLOTIPFormCategory(group: $0.key.group).rawValue == corner.category
                }.values.reduce(0, +)
            }
        }
        table.requireGrids(forms, addUpTo: total)

        // Each detailed form's own margins add up, so its grid is linked within itself; the forms
        // are not linked to each other or to the total (a victim counts once per form).
        let byForm = tallies.victimsByForm.filter { $0.key.year == year && $0.value != 0 }
        for form in ExploitationType.allCases where byForm.keys.contains(where: { $0.form == form }) {
            table.addGrid(at: GLOTIPCell(.detectedVictims, .detailedForm, form.rawValue, year: year)) { sex, age in
                byForm[VictimFormKey(year: year, sex: sex, age: age, form: form)] ?? 0
            }
        }

        let citizenships = addCountries(tallies.victimsByCitizenship, .detectedVictims, .citizenship, year: year, to: &table)
        if !citizenships.isEmpty { table.require(total, isSumOf: citizenships) }
        // Not repatriated is not published, so repatriation does not add up to anything.
        let repatriated = tallies.victimsByRepatriation.filter { $0.key.country != nil }
        _ = addCountries(repatriated, .detectedVictims, .repatriation, year: year, to: &table)
        return table
    }

    /// The form categories published: UNODC's three always, `Unknown` only when someone is in it,
    /// so that a year where every form is known reads exactly like the UNODC export.
    static func formCategories(includingUnknown: Bool) -> [GLOTIPFormCategory] {
        GLOTIPFormCategory.allCases.filter { $0 != .unknown || includingUnknown }
    }

    /// Adds one Total/Total cell per country with a non-zero count in `year` and returns them.
    ///
    /// Countries are named in English (`Mexico`); a code ``Country/find(_:)`` does not know is
    /// published as written, and no code as `Unknown`. Codes that name the same country (`MX`,
    /// `MEX`) are counted together.
    static func addCountries(
        _ counts: [YearCountryKey: Int], _ indicator: GLOTIPIndicator, _ dimension: GLOTIPDimension,
        year: Int, to table: inout AdditiveTable<GLOTIPCell>
    ) -> [GLOTIPCell] {
        var byName: [String: Int] = [:]
        for (key, count) in counts where key.year == year {
            byName[countryCategory(key.country), default: 0] += count
        }
        let cells = byName.filter { $0.value != 0 }.keys.sorted(by: countryCategoryPrecedes).map { name in
            GLOTIPCell(indicator, dimension, name, year: year)
        }
        for cell in cells { table.add(cell, count: byName[cell.category]!) }
        return cells
    }

    /// The category under which a country code is published.
    static func countryCategory(_ code: String?) -> String {
        guard let code else { return "Unknown" }
        return Country.find(code)?.name ?? code
    }
}
