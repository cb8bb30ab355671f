import Foundation
import CaseModel
import Localization
import Storage

/// The organisation list, detail and form.
enum OrganisationPages {
    static func index(_ context: PageContext, page: ListPage<OrganisationModel>, search: String, isFirstPage: Bool, mayCreate: Bool) -> String {
        let t = context.t
        return Layout.render(context, title: t(.organisationsTitle), section: .organisations) {
            div(.class("page-actions")) {
                h1 { t(.organisationsTitle) }
                if mayCreate { a(.class("button"), .href("/organisations/new")) { t(.organisationsNew) } }
            }
            form(.class("filters"), .method("get"), .action("/organisations"), Attribute("role", "search")) {
                Components.textField("q", label: t(.searchByName), value: search, type: "search", errors: .none)
                div { button(.type("submit"), .class("secondary")) { t(.searchSubmit) } }
            }
            div(.class("table-wrap")) {
                table {
                    caption(.class("visually-hidden")) { t(.organisationsTitle) }
                    thead { tr {
                        th(.scope("col")) { t(.fieldName) }
                        th(.scope("col")) { t(.fieldAcronym) }
                        th(.scope("col")) { t(.fieldOrganisationType) }
                        th(.scope("col")) { t(.fieldStatus) }
                    } }
                    tbody {
                        for organisation in page.items {
                            tr {
                                td { a(.href("/organisations/\(organisation.id?.uuidString ?? "")")) { organisation.name } }
                                td { organisation.acronym ?? "—" }
                                td { typeLabel(organisation.type, t: t) }
                                td { Components.activeBadge(organisation.active, t: t) }
                            }
                        }
                    }
                }
                if page.items.isEmpty {
                    p(.class("empty")) { search.isEmpty ? t(.organisationsEmpty) : t(.searchNoResults) }
                }
            }
            Components.pagination(nextCursor: page.nextCursor, baseQuery: [("q", search)], path: "/organisations", isFirstPage: isFirstPage, t: t)
        }
    }

    static func show(_ context: PageContext, _ organisation: OrganisationModel, mayEdit: Bool, mayListUsers: Bool) -> String {
        let t = context.t
        let id = organisation.id?.uuidString ?? ""
        return Layout.render(context, title: organisation.name, section: .organisations) {
            div(.class("page-actions")) {
                h1 { organisation.name }
                if mayEdit { a(.class("button"), .href("/organisations/\(id)/edit")) { t(.actionEdit) } }
            }
            section(.class("card")) {
                dl(.class("details")) {
                    dt { t(.fieldAcronym) }
                    dd { organisation.acronym ?? "—" }
                    dt { t(.fieldOrganisationType) }
                    dd { typeLabel(organisation.type, t: t) }
                    dt { t(.fieldPhone) }
                    dd { organisation.phone ?? "—" }
                    dt { t(.fieldStatus) }
                    dd { Components.activeBadge(organisation.active, t: t) }
                    dt { t(.fieldCreated) }
                    dd { Components.dateTime(organisation.createdAt, t: t) }
                }
            }
            if mayListUsers {
                p { a(.href("/users?organisation=\(id)")) { t(.organisationsUsersLink) } }
            }
        }
    }

    static func editor(_ context: PageContext, values: OrganisationRequest, id: UUID?, errors: FormErrors, mayAdminister: Bool = true) -> String {
        let t = context.t
        let title = id == nil ? t(.organisationsNew) : t(.organisationsEdit)
        let types = OrganisationType.allCases.map { ($0.rawValue, typeLabel($0.rawValue, t: t)) }
        return Layout.render(context, title: title, section: .organisations) {
            h1 { title }
            Components.errorSummary(errors, t: t)
            form(.class("stacked card"), .method("post"), .action(id.map { "/organisations/\($0)" } ?? "/organisations")) {
                Components.csrfField(context.csrfToken)
                Components.textField("name", label: t(.fieldName), value: values.name, errors: errors, required: true, maxLength: 200, autofocus: id == nil)
                Components.textField("acronym", label: t(.fieldAcronym), value: values.acronym, hint: t(.hintOptional), errors: errors, maxLength: 20)
                Components.selectField("type", label: t(.fieldOrganisationType), options: types, selected: values.type, hint: t(.hintOrganisationType), errors: errors, required: true, includeBlank: t(.selectChoose))
                Components.textField("phone", label: t(.fieldPhone), value: values.phone, type: "tel", hint: t(.hintPhone), errors: errors, autocomplete: "tel", maxLength: 32)
                if id != nil, mayAdminister {
                    Components.checkbox("active", label: t(.fieldActive), checked: values.active ?? true, hint: t(.hintOrganisationActive))
                }
                div {
                    button(.type("submit")) { t(.actionSave) }
                    " "
                    a(.class("button secondary"), .href(id.map { "/organisations/\($0)" } ?? "/organisations")) { t(.actionCancel) }
                }
            }
        }
    }

    static func typeLabel(_ raw: String, t: Localizer) -> String {
        t.text(forKey: "orgType.\(raw)")
    }
}
