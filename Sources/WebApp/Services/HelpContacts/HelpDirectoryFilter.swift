import CaseModel
import Foundation
import Storage

/// The help directory's filters as the query string carries them (`kind`,
/// `country`, `language`), for the public page, the administrator's list and
/// the API alike. Texts are kept as typed, so a page can show them again with
/// their errors.
struct HelpDirectoryFilter: Sendable {
    static let names = ["kind", "country", "language"]

    var values: [String: String] = [:]

    init(values: [String: String] = [:]) {
        self.values = values.filter { Self.names.contains($0.key) }
    }

    /// Reads the known parameters with `lookup` (a request's query).
    init(_ lookup: (String) -> String?) {
        for name in Self.names { if let value = lookup(name) { values[name] = value } }
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    var isEmpty: Bool { values.values.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }

    /// The checked filter: a known kind, an ISO 3166 country code, an ISO 639 language code.
    /// - Throws: `AppError.invalid` naming every wrong parameter.
    func checked() throws -> HelpContactQueries.Filter {
        var validator = Validator()
        var filter = HelpContactQueries.Filter()
        if let text = trimmed("kind") {
            if let kind = HelpContactKind(rawValue: text) { filter.kind = kind.rawValue } else { validator.add("kind", .validationChoice) }
        }
        filter.country = HelpContactInput.countryCode(trimmed("country"), field: "country", validator: &validator)
        if let text = trimmed("language") {
            if let code = LanguageCode(text) { filter.language = code.alpha3 } else { validator.add("language", .directoryLanguageInvalid, ["code": text]) }
        }
        try validator.throwIfInvalid()
        return filter
    }

    private func trimmed(_ name: String) -> String? {
        guard let text = values[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}
