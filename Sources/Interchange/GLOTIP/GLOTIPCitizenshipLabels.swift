/// Codes for the citizenship labels of the UNODC GLOTIP export.
///
/// UNODC publishes the `Category` of its "by citizenship" rows as the free
/// text each country reported: "Romania", "Romanian", "RUMANIA", "Roumanie",
/// "Nationals", "own country", an empty cell. This table, compiled from the
/// project's reviewed mapping (`Labels/README.md`), gives each raw label a code:
/// an ISO 3166-1 alpha-3 code, `NATIONALS`, `UNKNOWN`, `OTHER` or `REGION:<name>`.
public enum GLOTIPCitizenshipLabels {
    /// The reporting country's own citizens.
    public static let nationals = "NATIONALS"
    /// Citizenship not known.
    public static let unknown = "UNKNOWN"
    /// Foreigners, stateless persons or several countries: no single country.
    public static let other = "OTHER"
    /// Prefix of the codes of regions named by the label itself.
    public static let regionPrefix = "REGION:"

    /// Raw label → code; an empty code marks a label that was reviewed and
    /// cannot be mapped (`TOTAL`, `0`, questionnaire cell ids).
    public static let table: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(entries.count)
        for entry in entries {
            let parts = entry.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            table[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return table
    }()

    /// The code of a raw label, or `nil` when it is unmapped or not in the table.
    ///
    /// Pass the label exactly as the export has it, spaces and U+FFFD included:
    /// the table joins on the raw text, because cleaning labels up would merge
    /// some that the reviewed mapping keeps apart.
    public static func code(for label: String) -> String? {
        guard let code = table[aliases[label] ?? label], !code.isEmpty else { return nil }
        return code
    }

    /// Labels of the XLSX download that its CSV conversion wrote differently.
    /// The table was built from the CSV, where pandas read Tonga's `N/A` (7 rows,
    /// 2017–2020) as a missing value and wrote an empty cell; the table's review
    /// of the empty label (→ `UNKNOWN`, Tonga among its reporters) covers them.
    static let aliases: [String: String] = ["N/A": ""]
}
