import Foundation
import Localization
import Storage

/// The system administrator's pages for the help directory: every contact with
/// its status, and the form that adds or edits one.
enum HelpContactAdminPages {
    static func index(_ context: PageContext, _ page: ListPage<HelpContactListing>, isFirstPage: Bool) -> String {
        let t = context.t
        return Layout.render(context, title: t(.helpAdminTitle), section: .helpContacts) {
            div(.class("page-actions")) {
                h1 { t(.helpAdminTitle) }
                div(.class("row-actions")) {
                    a(.class("button secondary"), .href("/learn/help")) { t(.helpAdminPublicLink) }
                    a(.class("button"), .href("/admin/help-contacts/new")) { t(.helpAdminNew) }
                }
            }
            p { t(.helpAdminIntro) }
            if page.items.isEmpty {
                p(.class("empty")) { t(.helpAdminEmpty) }
            } else {
                div(.class("table-wrap")) {
                    table {
                        caption { t(.helpAdminTitle) }
                        thead {
                            tr {
                                th(.scope("col")) { t(.fieldName) }
                                th(.scope("col")) { t(.helpFieldKind) }
                                th(.scope("col")) { t(.helpFieldCountry) }
                                th(.scope("col")) { t(.helpFieldReachedAt) }
                                th(.scope("col")) { t(.fieldStatus) }
                            }
                        }
                        tbody {
                            for listing in page.items {
                                let contact = listing.contact
                                tr(.id("contact-\(listing.id)")) {
                                    td { a(.href("/admin/help-contacts/\(listing.id)/edit")) { contact.name } }
                                    td {
                                        t(contact.kind.label)
                                        if let represents = contact.represents { " (" + t.countryName(represents) + ")" }
                                    }
                                    td { contact.country.map(t.countryName) ?? "—" }
                                    td { contact.phone ?? contact.email ?? contact.website ?? "—" }
                                    td { Components.activeBadge(contact.active, t: t) }
                                }
                            }
                        }
                    }
                }
            }
            Components.pagination(nextCursor: page.nextCursor, baseQuery: [], path: "/admin/help-contacts", isFirstPage: isFirstPage, t: t)
        }
    }

    struct EditorModel {
        var values: HelpContactForm
        /// `nil` for a new contact.
        var id: UUID?
        var errors: FormErrors
    }

    static func editor(_ context: PageContext, _ model: EditorModel) -> String {
        let t = context.t
        let values = model.values
        let errors = model.errors
        let title = model.id == nil ? t(.helpAdminNew) : t(.helpAdminEdit)
        let kinds = HelpContactKind.allCases.map { (value: $0.rawValue, label: t($0.label)) }
        return Layout.render(context, title: title, section: .helpContacts) {
            h1 { title }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .id("help-contact-form"), .method("post"), .action(model.id.map { "/admin/help-contacts/\($0)" } ?? "/admin/help-contacts")) {
                Components.csrfField(context.csrfToken)
                Components.textField("name", label: t(.fieldName), value: values.name, errors: errors, required: true,
                                     maxLength: HelpContactInput.Limits.name, autofocus: model.id == nil)
                Components.selectField("kind", label: t(.helpFieldKind), options: kinds, selected: values.kind, errors: errors, required: true, includeBlank: "—")
                h2 { t(.helpAdminWhere) }
                Components.textField("country", label: t(.helpFieldCountry), value: values.country, hint: t(.helpHintCountry), errors: errors, maxLength: 3)
                Components.textField("represents", label: t(.helpFieldRepresents), value: values.represents, hint: t(.helpHintRepresents), errors: errors, maxLength: 3)
                Components.textField("languages", label: t(.helpFieldLanguages), value: values.languages, hint: t(.directoryLanguagesHint), errors: errors, maxLength: 100)
                h2 { t(.helpAdminReach) }
                p(.class("hint")) { t(.helpHintReach) }
                Components.textField("phone", label: t(.helpFieldPhone), value: values.phone, type: "tel", hint: t(.hintPhone), errors: errors,
                                     maxLength: HelpContactInput.Limits.phone)
                Components.textField("email", label: t(.helpFieldEmail), value: values.email, type: "email", errors: errors, maxLength: HelpContactInput.Limits.email)
                Components.textField("website", label: t(.helpFieldWebsite), value: values.website, hint: t(.helpHintWebsite), errors: errors,
                                     maxLength: HelpContactInput.Limits.website)
                Components.textField("address", label: t(.helpFieldAddress), value: values.address, errors: errors, maxLength: HelpContactInput.Limits.address)
                Components.textField("hours", label: t(.helpFieldHours), value: values.hours, hint: t(.helpHintHours), errors: errors, maxLength: HelpContactInput.Limits.hours)
                ReportFormPage.textArea("note", label: t(.helpFieldNote), value: values.note ?? "", hint: t(.helpHintNote), errors: errors, rows: 3,
                                        required: false, maxLength: HelpContactInput.Limits.note)
                if model.id != nil {
                    Components.checkbox("active", label: t(.fieldActive), checked: values.active ?? true, hint: t(.helpActiveHint))
                }
                div {
                    button(.type("submit")) { t(.actionSave) }
                    " "
                    a(.class("button secondary"), .href("/admin/help-contacts")) { t(.actionCancel) }
                }
            }
        }
    }
}
