import Foundation
import Reporting

/// Where each UNODC column is in a file, found from its header row.
///
/// The XLSX download starts with banner rows ("UNODC", the export date) and
/// the CSV conversions do not, so the header is the first row that names the
/// columns, wherever it is. Columns are found by name, not position, so a file
/// with its columns reordered still reads.
struct GLOTIPExportColumns {
    /// Banner rows are few; a header further down means this is another kind of file.
    static let rowsSearchedForHeader = 20
    static let names = GLOTIPLongLayout.header

    let iso3: Int, country: Int, region: Int, subregion: Int
    let indicator: Int, dimension: Int, category: Int, sex: Int, age: Int
    let year: Int, unit: Int, value: Int, source: Int
    /// How many cells the header has.
    let width: Int

    /// The columns, if `fields` is the header; otherwise `nil` and the names it lacks.
    static func find(in fields: [String]) -> Result<GLOTIPExportColumns, Missing> {
        var positions: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            let key = field.trimmingCharacters(in: .whitespaces).lowercased()
            if positions[key] == nil { positions[key] = index }
        }
        let missing = names.filter { positions[$0.lowercased()] == nil }
        guard missing.isEmpty else { return .failure(Missing(names: missing)) }
        let at = { (name: String) in positions[name.lowercased()]! }
        return .success(GLOTIPExportColumns(
            iso3: at("Iso3_code"), country: at("Country"), region: at("Region"), subregion: at("Subregion"),
            indicator: at("Indicator"), dimension: at("Dimension"), category: at("Category"), sex: at("Sex"), age: at("Age"),
            year: at("Year"), unit: at("Unit of measurement"), value: at("txtVALUE"), source: at("Source"),
            width: fields.count
        ))
    }

    struct Missing: Error {
        let names: [String]
    }
}
