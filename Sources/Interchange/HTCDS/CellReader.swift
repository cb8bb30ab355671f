import CaseModel

/// Reads typed values out of a row's cells and collects what is wrong.
struct CellReader {
    let cells: [String: String]
    private(set) var issues: [RowIssue] = []

    init(cells: [String: String]) {
        self.cells = cells
    }

    mutating func issue(_ column: String, _ value: String, _ message: String) {
        issues.append(RowIssue(column: column, value: value, message: message))
    }

    func text(_ column: String) -> String? {
        guard let value = cells[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    func list(_ column: String) -> [String] {
        (text(column) ?? "").split(separator: HTCDSLayout.separator).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    mutating func date(_ column: String) -> PartialDate? {
        guard let value = text(column) else { return nil }
        guard let date = PartialDate(parsing: value) else {
            issue(column, value, "is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func integer(_ column: String) -> Int? {
        guard let value = text(column) else { return nil }
        guard let number = Int(value) else {
            issue(column, value, "is not a whole number")
            return nil
        }
        return number
    }

    mutating func decimal(_ column: String) -> Double? {
        guard let value = text(column) else { return nil }
        guard let number = Double(value) else {
            issue(column, value, "is not a number")
            return nil
        }
        return number
    }

    mutating func flag(_ column: String) -> Bool? {
        guard let value = text(column) else { return nil }
        switch value.lowercased() {
        case "true", "1", "yes", "y": return true
        case "false", "0", "no", "n": return false
        default:
            issue(column, value, "must be true or false")
            return nil
        }
    }

    mutating func code<L: CodeList>(_ column: String, _ type: L.Type) -> L? {
        guard let value = text(column) else { return nil }
        guard let code = L.parse(value) else {
            issue(column, value, "is not one of the HTCDS values of \(L.field)")
            return nil
        }
        return code
    }

    mutating func codes<L: CodeList>(_ column: String, _ type: L.Type) -> Set<L> {
        var values: Set<L> = []
        for value in list(column) {
            if let code = L.parse(value) { values.insert(code) } else { issue(column, value, "is not one of the HTCDS values of \(L.field)") }
        }
        return values
    }

    mutating func country(_ column: String) -> String? {
        guard let value = text(column) else { return nil }
        guard let country = Country.find(value) else {
            issue(column, value, "is not an ISO 3166 country code")
            return nil
        }
        return country.iso3
    }

    mutating func countries(_ column: String) -> [String] {
        list(column).compactMap { value in
            guard let country = Country.find(value) else {
                issue(column, value, "is not an ISO 3166 country code")
                return nil
            }
            return country.iso3
        }
    }

    mutating func language(_ column: String) -> LanguageCode? {
        guard let value = text(column) else { return nil }
        guard let code = LanguageCode(value) else {
            issue(column, value, "is not an ISO 639 language code")
            return nil
        }
        return code
    }

    mutating func phone(_ column: String) -> PhoneNumber? {
        guard let value = text(column) else { return nil }
        guard let number = PhoneNumber(parsing: value) else {
            issue(column, value, "is not an international phone number (+ and country code)")
            return nil
        }
        return number
    }

    /// Names, birth date, gender and citizenship under a column prefix.
    mutating func person(prefix: String, familyColumn: String) -> PersonRecord {
        var person = PersonRecord()
        person.givenName = text(prefix + "FirstName")
        person.middleName = text(prefix + "MiddleName")
        person.familyName = text(familyColumn)
        person.aliases = prefix == "prs_" ? list("lbt_Aliases") : list(prefix + "Aliases")
        person.birthDate = date(prefix + "Birthdate")
        person.gender = code(prefix + "Gender", Gender.self)
        person.citizenships = countries(prefix + "Citizenship")
        return person
    }

    /// The numbers of the column groups with this prefix (`per1_`, `per2_` …), in order.
    func groupNumbers(prefix: String) -> [Int] {
        Set(cells.keys.compactMap { key -> Int? in
            guard key.hasPrefix(prefix), let underscore = key.firstIndex(of: "_") else { return nil }
            return Int(key[key.index(key.startIndex, offsetBy: prefix.count)..<underscore])
        }).sorted()
    }

    func groupHasValues(_ prefix: String) -> Bool {
        cells.contains { $0.key.hasPrefix(prefix) && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty && !$0.key.hasSuffix("_Scope") }
    }
}
