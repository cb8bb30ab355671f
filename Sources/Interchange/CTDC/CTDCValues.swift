import CaseModel
import Foundation

/// Readers for single CTDC cells. Each returns `.unknown` for CTDC's
/// missing-value spellings and `.invalid` for anything it does not know,
/// never a guess.
enum CTDCValue {
    enum Parsed<Value> {
        case value(Value)
        case unknown
        case invalid
    }

    /// Blank, `-99` (the 2017 dictionary's "unknown") and `NULL` (the
    /// synthetic codebook's). `NA` is not among them: it is Namibia's code.
    static func isMissing(_ text: String) -> Bool {
        text.isEmpty || text == "-99" || (text.utf8.count == 4 && text.lowercased() == "null")
    }

    /// Lower-case letters and digits only: `Family/Relative` → `familyrelative`.
    /// Written out on bytes for ASCII text, which nearly every cell is.
    static func key(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            var result = String.UnicodeScalarView()
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            return String(result)
        }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                if byte >= 0x41 && byte <= 0x5A {
                    buffer[count] = byte | 0x20
                    count += 1
                } else if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The text without surrounding spaces, tabs and line breaks; untouched
    /// (and uncopied) in the usual case of none.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return text }
        let space: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard space(first) || space(last) || first >= 0x80 || last >= 0x80 else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `1`/`0` flags; `TRUE`/`FALSE` and `1.0`/`0.0` too, as spreadsheets export them.
    static func flag(_ text: String) -> Parsed<Bool> {
        if isMissing(text) { return .unknown }
        switch text.lowercased() {
        case "1", "1.0", "true": return .value(true)
        case "0", "0.0", "false": return .value(false)
        default: return .invalid
        }
    }

    /// A whole number written plainly or as a spreadsheet float (`2015.0`).
    static func integer(_ text: String) -> Int? {
        if let value = Int(text) { return value }
        guard let value = Double(text), value == value.rounded(), abs(value) < 1e9 else { return nil }
        return Int(value)
    }

    static func years(_ text: String) -> Parsed<NumberBand> {
        if isMissing(text) { return .unknown }
        let band = integer(text).flatMap { NumberBand(lowerBound: $0, upperBound: $0) } ?? NumberBand(parsing: text)
        guard let band, band.lowerBound >= 1900, (band.upperBound ?? 0) <= 2100 else { return .invalid }
        return .value(band)
    }

    static func ageBand(_ text: String) -> Parsed<NumberBand> {
        if isMissing(text) || key(text) == "unknown" { return .unknown }
        guard let band = NumberBand(parsing: text), band.lowerBound >= 0, (band.upperBound ?? 0) <= 130 else { return .invalid }
        return .value(band)
    }

    static func months(_ text: String) -> Parsed<NumberBand> {
        if isMissing(text) || key(text) == "unknown" { return .unknown }
        guard let band = NumberBand(parsing: text), band.lowerBound >= 0 else { return .invalid }
        return .value(band)
    }

    /// `Adult`/`Minor`, or an age band (the 2017 dictionary lists `majorityEntry` with bands).
    static func majority(_ text: String) -> Parsed<AgeGroup> {
        if isMissing(text) { return .unknown }
        switch key(text) {
        case "adult": return .value(.adult)
        case "minor": return .value(.child)
        case "unknown": return .unknown
        default:
            guard case .value(let band) = ageBand(text) else { return .invalid }
            return band.ageGroup == .unknown ? .unknown : .value(band.ageGroup)
        }
    }

    enum GenderValue {
        case exact(Gender)
        case merged(MergedCodes<Gender>)
    }

    /// CTDC's `Female`/`Woman` and `Male`/`Man` are the two HTCDS values
    /// nearest to them; the synthetic files' merged transgender/non-conforming
    /// category covers three HTCDS values and stays merged.
    static func gender(_ text: String) -> Parsed<GenderValue> {
        if isMissing(text) { return .unknown }
        switch key(text) {
        case "female", "woman", "feminine": return .value(.exact(.feminine))
        case "male", "man", "masculine": return .value(.exact(.masculine))
        case "unknown", "nonspecifiedunknown": return .unknown
        case "transtransgendernonconforming", "transgendernonconforming", "transnonconforming":
            return .value(.merged(MergedCodes(source: text, candidates: [.transgenderFeminine, .transgenderMasculine, .nonConforming])))
        case "trans", "transgender":
            return .value(.merged(MergedCodes(source: text, candidates: [.transgenderFeminine, .transgenderMasculine])))
        default:
            return Gender.parse(text).map { .value(.exact($0)) } ?? .invalid
        }
    }

    static func dataSource(_ text: String) -> Parsed<CTDCDataSource> {
        if isMissing(text) { return .unknown }
        switch key(text) {
        case "casemanagement": return .value(.caseManagement)
        case "hotline": return .value(.hotline)
        case "unknown": return .unknown
        default: return .invalid
        }
    }

    /// ISO 3166 exceptional reservations CTDC-era files use for two EU members.
    private static let countryAliases = ["UK": "GBR", "EL": "GRC"]

    /// ISO alpha-2 (2017) or alpha-3 (synthetic); `00` is the 2017 lookup's "Unknown Country".
    static func country(_ text: String) -> Parsed<Country> {
        if isMissing(text) || text == "00" || key(text) == "unknown" { return .unknown }
        let code = countryAliases[text.uppercased()] ?? text
        return Country.find(code).map { .value($0) } ?? .invalid
    }

    static func region(_ text: String) -> Parsed<CTDCRegion> {
        if isMissing(text) { return .unknown }
        let wanted = key(text)
        if wanted == "unknown" { return .unknown }
        return regionsByKey[wanted].map { .value($0) } ?? .invalid
    }

    private static let regionsByKey = Dictionary(uniqueKeysWithValues: CTDCRegion.allCases.map { (key($0.rawValue), $0) })

    static func yesNo(_ text: String) -> Parsed<Bool> {
        if isMissing(text) { return .unknown }
        switch key(text) {
        case "yes", "1", "true": return .value(true)
        case "no", "0", "false": return .value(false)
        default: return .invalid
        }
    }

    /// The parts of a `;`-joined multi-value cell, trimmed, blanks dropped.
    static func parts(_ text: String) -> [String] {
        text.split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }
}
