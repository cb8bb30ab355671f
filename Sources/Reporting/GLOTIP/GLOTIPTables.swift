import CaseModel

/// The GLOTIP questionnaire tables of one country, computed from case counts and made safe to publish.
///
/// What is published, per year of the range (every table of detected victims, and of persons at each
/// criminal-justice stage, is a sex × age grid with all its margins unless said otherwise):
/// - detected victims, dimension `Total`: the grid, zeros included;
/// - by form of exploitation: one grid per ``GLOTIPFormCategory``; `Unknown` only in a year where
///   some victim has no form recorded. The categories add up to the `Total` grid, cell by cell;
/// - by detailed form: one grid per HTCDS form with a victim that year; the category is the HTCDS
///   value name (`Servitude`), which stays stable across languages and is what the rest of Libertas
///   stores and translates. A victim counts once per form, so the forms do not add up to anything;
/// - by citizenship: Total/Total, one row per country (English name) and `Unknown`, non-zero only;
///   they add up to all victims;
/// - by country of repatriation: Total/Total, one row per country with a repatriated victim;
/// - persons brought into formal contact, prosecuted, convicted: the grid, zeros included;
/// - persons convicted by citizenship (non-zero only) and by form of exploitation (as for victims,
///   at Total/Total): each adds up to all persons convicted;
/// - offences: Total/Total/Total, zeros included.
///
/// Each indicator in each year is one ``AdditiveTable`` for suppression (see
/// ``AdditiveTable/suppression(_:)``): its grids, category tables and shared totals are linked by
/// every sum a reader could use. Rows come in ``GLOTIPRow/reportingOrder(_:_:)``.
public enum GLOTIPTables {
    /// The `Source` column of every row computed here.
    public static let source = "Libertas"

    /// All tables of `country` for `years`, suppressed by `rule`, in reporting order.
    ///
    /// - Parameters:
    ///   - tallies: The counts, as the database's `GROUP BY`s return them; assumed consistent (the
    ///     forms, citizenships and grid of a year count the same victims).
    ///   - country: The reporting country, for the first four columns.
    ///   - years: Every year to report, including years without a case.
    ///   - rule: The small-cell rule; ``SuppressionRule/none`` publishes every count.
    /// - Returns: One row per published cell.
    public static func rows(
        from tallies: GLOTIPTallies, country: Country, years: ClosedRange<Int>, rule: SuppressionRule
    ) -> [GLOTIPRow] {
        var rows: [GLOTIPRow] = []
        for year in years {
            for table in releaseUnits(tallies, year: year) {
                for (cell, value) in table.suppression(rule) {
                    rows.append(row(cell, value, country: country))
                }
            }
        }
        return rows.sorted(by: GLOTIPRow.reportingOrder)
    }

    /// Every indicator's linked tables for one year.
    static func releaseUnits(_ tallies: GLOTIPTallies, year: Int) -> [AdditiveTable<GLOTIPCell>] {
        [
            victimTables(tallies, year: year),
            stageTables(.formalContact, tallies, year: year),
            stageTables(.prosecuted, tallies, year: year),
            convictedTables(tallies, year: year),
            offenceTables(tallies, year: year),
        ]
    }

    private static func row(_ cell: GLOTIPCell, _ value: ReportedValue, country: Country) -> GLOTIPRow {
        GLOTIPRow(
            iso3: country.iso3, country: country.name, region: country.region, subregion: country.subregion,
            indicator: cell.indicator, dimension: cell.dimension, category: cell.category,
            sex: cell.sex, age: cell.age, year: cell.year, value: value, source: source
        )
    }
}
