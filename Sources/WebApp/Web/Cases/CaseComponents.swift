import CaseModel
import Foundation
import Localization

/// Form parts for code lists and countries, labelled in the reader's language.
enum CaseComponents {
    static func options<L: CodeList>(_ list: L.Type, t: Localizer) -> [(value: String, label: String)] {
        L.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey)) }
    }

    static func codeSelect<L: CodeList>(_ name: String, label: String, _ list: L.Type, selected: String?, t: Localizer, errors: FormErrors, required: Bool = false, hint: String? = nil) -> HTMLNode {
        Components.selectField(name, label: label, options: options(list, t: t), selected: selected, hint: hint, errors: errors, required: required, includeBlank: required ? nil : t(.selectChoose))
    }

    static func codeCheckboxes<L: CodeList>(_ name: String, legend: String, _ list: L.Type, checked: [String]?, t: Localizer, errors: FormErrors) -> HTMLNode {
        Components.checkboxes(name, legend: legend, options: L.allCases.map { ($0.rawValue, t.text(forKey: $0.labelKey), nil) }, checked: Set(checked ?? []), errors: errors)
    }

    static func countrySelect(_ name: String, label: String, selected: String?, t: Localizer, errors: FormErrors, hint: String? = nil) -> HTMLNode {
        let countries = Country.all.map { ($0.iso3, t.countryName($0.iso3)) }
            .sorted { $0.1.localizedStandardCompare($1.1) == .orderedAscending }
        return Components.selectField(name, label: label, options: countries, selected: selected.flatMap { Country.find($0)?.iso3 }, hint: hint, errors: errors, includeBlank: t(.selectChoose))
    }

    static func textArea(_ name: String, label text: String, value: String?, hint: String? = nil, errors: FormErrors, rows: Int = 4) -> HTMLNode {
        let id = "field-\(name)"
        let error = errors.message(for: name)
        return div(.class("field")) {
            label(.for(id)) { text }
            if let hint { p(.class("hint"), .id("\(id)-hint")) { hint } }
            if let error { p(.class("field-error"), .id("\(id)-error")) { error } }
            element("textarea", [.id(id), .name(name), Attribute("rows", String(rows)),
                                 hint == nil ? nil : .aria("describedby", "\(id)-hint"), error == nil ? nil : .aria("invalid", "true")]) {
                value ?? ""
            }
        }
    }

    /// Labels of a set of codes, joined for display.
    static func labels<L: CodeList>(_ values: some Collection<L>, t: Localizer) -> String {
        let sorted = L.allCases.filter { values.contains($0) }
        return sorted.isEmpty ? "—" : sorted.map { t.text(forKey: $0.labelKey) }.joined(separator: ", ")
    }

    static func labelOf<L: CodeList>(_ value: L?, t: Localizer) -> String {
        value.map { t.text(forKey: $0.labelKey) } ?? "—"
    }
}

extension Localizer {
    /// A country's name in this language: ISO's English short name, or the
    /// platform's (ICU) translation; the code itself when neither is known.
    func countryName(_ code: String) -> String {
        guard let country = Country.find(code) else { return code }
        switch language {
        case .english: return country.name
        case .simplifiedChinese:
            return Locale(identifier: "zh-Hans").localizedString(forRegionCode: country.iso2) ?? country.name
        }
    }
}
