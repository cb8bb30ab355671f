import Foundation
import Localization

/// Building blocks shared by the pages. Every input has a visible label, its
/// hint and error are tied to it with `aria-describedby`, and an invalid input
/// is marked `aria-invalid`, so screen readers announce what is wrong where.
enum Components {
    static func csrfField(_ token: String) -> HTMLNode {
        input(.type("hidden"), .name(CSRFTokens.fieldName), .value(token))
    }

    /// A labelled text-like input (`text`, `email`, `password`, `tel`, `search`, `date`).
    static func textField(
        _ name: String,
        label text: String,
        value: String? = nil,
        type: String = "text",
        hint: String? = nil,
        errors: FormErrors,
        required: Bool = false,
        autocomplete: String? = nil,
        maxLength: Int? = nil,
        autofocus: Bool = false
    ) -> HTMLNode {
        labelled(name, label: text, hint: hint, errors: errors) { id, accessibility in
            input(
                [.type(type), .id(id), .name(name), type == "password" ? nil : .value(value),
                 .required(required),
                 autocomplete.map { .autocomplete($0) },
                 maxLength.map { .maxlength($0) },
                 .autofocus(autofocus || (errors.message(for: name) != nil && errors.first == name))] + accessibility
            )
        }
    }

    /// A labelled drop-down list.
    static func selectField(
        _ name: String,
        label text: String,
        options: [(value: String, label: String)],
        selected: String?,
        hint: String? = nil,
        errors: FormErrors,
        required: Bool = false,
        includeBlank: String? = nil
    ) -> HTMLNode {
        groupedSelectField(name, label: text, groups: [(nil, options)], selected: selected, hint: hint, errors: errors, required: required, includeBlank: includeBlank)
    }

    /// A labelled drop-down list in groups (`optgroup`; a group without a label stands
    /// alone). A value may appear in several groups; only its first option is selected.
    static func groupedSelectField(
        _ name: String,
        label text: String,
        groups: [(label: String?, options: [(value: String, label: String)])],
        selected: String?,
        hint: String? = nil,
        errors: FormErrors,
        required: Bool = false,
        includeBlank: String? = nil
    ) -> HTMLNode {
        var selectedOnce = false
        func options(_ items: [(value: String, label: String)]) -> [HTMLNode] {
            items.map { item in
                let isSelected = !selectedOnce && item.value == selected
                if isSelected { selectedOnce = true }
                return option(.value(item.value), .selected(isSelected)) { item.label }
            }
        }
        return labelled(name, label: text, hint: hint, errors: errors) { id, accessibility in
            element("select", [.id(id), .name(name), .required(required)] + accessibility) {
                if let includeBlank { option(.value("")) { includeBlank } }
                for group in groups {
                    if let label = group.label {
                        element("optgroup", [Attribute("label", label)]) { options(group.options) }
                    } else {
                        options(group.options)
                    }
                }
            }
        }
    }

    /// A field's label, hint and error around its control. The control gets the
    /// `aria-describedby` and `aria-invalid` attributes that tie them together.
    private static func labelled(
        _ name: String,
        label text: String,
        hint: String?,
        errors: FormErrors,
        control: (_ id: String, _ accessibility: [Attribute?]) -> HTMLNode
    ) -> HTMLNode {
        let id = "field-\(name)"
        let error = errors.message(for: name)
        let describedBy = [hint.map { _ in "\(id)-hint" }, error.map { _ in "\(id)-error" }].compactMap { $0 }
        let accessibility: [Attribute?] = [
            describedBy.isEmpty ? nil : .aria("describedby", describedBy.joined(separator: " ")),
            error == nil ? nil : .aria("invalid", "true"),
        ]
        return div(.class("field")) {
            label(.for(id)) { text }
            if let hint { p(.class("hint"), .id("\(id)-hint")) { hint } }
            if let error { p(.class("field-error"), .id("\(id)-error")) { error } }
            control(id, accessibility)
        }
    }

    /// A group of checkboxes sharing one name, in a fieldset with a legend (the target of the error
    /// summary's link). A `wide` group spans a filter form and flows in columns.
    static func checkboxes(
        _ name: String,
        legend text: String,
        hint: String? = nil,
        options: [(value: String, label: String, hint: String?)],
        checked: Set<String>,
        errors: FormErrors,
        wide: Bool = false
    ) -> HTMLNode {
        let error = errors.message(for: name)
        let described = [hint.map { _ in "field-\(name)-hint" }, error.map { _ in "field-\(name)-error" }].compactMap { $0 }
        return fieldset(.class(wide ? "field options" : "field"), .id("field-\(name)"),
                        described.isEmpty ? nil : .aria("describedby", described.joined(separator: " "))) {
            legend { text }
            if let hint { p(.class("hint"), .id("field-\(name)-hint")) { hint } }
            if let error { p(.class("field-error"), .id("field-\(name)-error")) { error } }
            for (index, item) in options.enumerated() {
                let id = "field-\(name)-\(index)"
                div(.class("checkbox")) {
                    input(.type("checkbox"), .id(id), .name("\(name)[]"), .value(item.value), .checked(checked.contains(item.value)),
                          item.hint == nil ? nil : .aria("describedby", "\(id)-hint"))
                    div {
                        label(.for(id)) { item.label }
                        if let hint = item.hint { p(.class("hint"), .id("\(id)-hint")) { hint } }
                    }
                }
            }
        }
    }

    /// A single checkbox, e.g. "Active".
    static func checkbox(_ name: String, label text: String, checked: Bool, hint: String? = nil) -> HTMLNode {
        let id = "field-\(name)"
        return div(.class("checkbox")) {
            input(.type("hidden"), .name(name), .value("false"))
            input(.type("checkbox"), .id(id), .name(name), .value("true"), .checked(checked), hint == nil ? nil : .aria("describedby", "\(id)-hint"))
            div {
                label(.for(id)) { text }
                if let hint { p(.class("hint"), .id("\(id)-hint")) { hint } }
            }
        }
    }

    /// A box at the top of a form listing every problem, each linking to its field.
    static func errorSummary(_ errors: FormErrors, t: Localizer) -> HTMLNode {
        guard !errors.isEmpty else { return .empty }
        return div(.class("notice error"), Attribute("role", "alert"), Attribute("tabindex", "-1")) {
            h2 { t(.formErrorSummaryTitle) }
            ul {
                for (field, message) in errors.all {
                    li { a(.href("#field-\(field)")) { message } }
                }
            }
        }
    }

    static func notice(_ text: String, kind: String = "") -> HTMLNode {
        div(.class("notice \(kind)"), Attribute("role", kind == "error" ? "alert" : "status")) { text }
    }

    /// "Next page" for cursor-paginated lists; the query keeps the current filters.
    static func pagination(nextCursor: String?, baseQuery: [(String, String)], path: String, isFirstPage: Bool, t: Localizer) -> HTMLNode {
        guard nextCursor != nil || !isFirstPage else { return .empty }
        return nav(.class("pagination"), .aria("label", t(.paginationLabel))) {
            if !isFirstPage {
                a(.href(path + queryString(baseQuery))) { t(.paginationFirst) }
            }
            if let nextCursor {
                a(.href(path + queryString(baseQuery + [("cursor", nextCursor)])), .rel("next")) { t(.paginationNext) }
            }
        }
    }

    static func badge(_ text: String, kind: String = "") -> HTMLNode {
        span(.class("badge \(kind)")) { text }
    }

    static func activeBadge(_ active: Bool, t: Localizer) -> HTMLNode {
        active ? badge(t(.statusActive), kind: "active") : badge(t(.statusInactive), kind: "inactive")
    }

    static func dateTime(_ date: Date?, t: Localizer) -> HTMLNode {
        guard let date else { return .text("—") }
        return time(.datetime(ISO8601DateFormatter().string(from: date))) { t.dateTime(date) }
    }

    static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func queryString(_ items: [(String, String)]) -> String {
        let pairs = items.filter { !$0.1.isEmpty }.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }
        return pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&")
    }
}
