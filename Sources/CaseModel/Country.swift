import Foundation

/// A country or territory (ISO 3166-1), with its UN M49 region.
///
/// Libertas stores countries as ISO 3166-1 **alpha-3** codes (as CTDC 2024 and
/// GLOTIP do) and reads alpha-2 and M49 numeric codes too, since HTCDS allows
/// alpha-2 and older files use it.
public struct Country: Hashable, Sendable, Identifiable {
    public let iso2: String
    public let iso3: String
    public let m49: String
    /// The English short name (ISO 3166 common name).
    public let name: String
    /// M49 region (Africa, Americas, Asia, Europe, Oceania); empty for Antarctica.
    public let region: String
    public let subregion: String

    public var id: String { iso3 }

    /// Finds a country by alpha-3, alpha-2 or M49 code, or by its English name, ignoring case.
    public static func find(_ text: String) -> Country? {
        let key = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard !key.isEmpty else { return nil }
        return byCode[key] ?? byName[key]
    }

    private static let byCode: [String: Country] = {
        var table: [String: Country] = [:]
        for country in all {
            table[country.iso3] = country
            table[country.iso2] = country
            table[country.m49] = country
        }
        return table
    }()

    private static let byName: [String: Country] = Dictionary(all.map { ($0.name.uppercased(), $0) }, uniquingKeysWith: { first, _ in first })
}

