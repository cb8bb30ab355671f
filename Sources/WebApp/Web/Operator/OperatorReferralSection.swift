import CaseModel
import Foundation
import Localization

/// The "Referral" section of an alert or report page: the referrals made from the
/// item, and the form to make one, helped by the national service directory.
///
/// Without a script: the directory finder is a GET form that reloads the page with
/// `?service=…`; the providers offering that service (nearest first when the item has
/// a position) then head the list of organisations, under their own group.
enum OperatorReferralSection {
    struct Model {
        var lines: [OperatorReferralLine] = []
        var organisationNames: [UUID: String] = [:]
        /// Active organisations other than the operator's, by name.
        var targets: [(value: String, label: String)] = []
        /// The service chosen in the directory finder, or typed in a form sent back.
        var service: ServiceType?
        /// Directory providers of ``service``, at other active organisations.
        var providers: [ProviderListing] = []
        /// What was sent, when the form comes back with problems.
        var draft: OperatorReferralRequest?
        var userID: UUID?
        /// The item's case is no longer the caller's (another operator's, or assigned since).
        var caseHeldElsewhere = false
    }

    static func render(_ context: PageContext, path: String, _ model: Model, errors: FormErrors) -> HTMLNode {
        let t = context.t
        return section(.id("referral")) {
            h2 { t(.operatorReferTitle) }
            lines(t, model)
            if model.caseHeldElsewhere {
                p(.class("hint"), .id("refer-held-elsewhere")) { t(.operatorCaseHeldElsewhere) }
            } else {
                referForms(context, path: path, model, errors: errors)
            }
        }
    }

    /// The directory finder and the refer form.
    private static func referForms(_ context: PageContext, path: String, _ model: Model, errors: FormErrors) -> HTMLNode {
        let t = context.t
        return fragment {
            p(.class("hint")) { t(.operatorReferHint) }
            form(.class("stacked refer-finder"), .id("refer-directory-form"), .method("get"), .action(path + "#referral")) {
                CaseComponents.codeSelect("service", label: t(.operatorReferFindLabel), ServiceType.self, selected: model.service?.rawValue, t: t, errors: .none)
                button(.type("submit"), .class("secondary")) { t(.operatorReferFind) }
            }
            if let service = model.service, model.providers.isEmpty {
                p(.class("hint"), .id("refer-no-provider")) { t(.operatorReferNoProvider, ["service": t.text(forKey: service.labelKey)]) }
            }
            form(.class("stacked"), .id("refer-form"), .method("post"), .action(path + "/refer")) {
                Components.csrfField(context.csrfToken)
                Components.groupedSelectField("toOrganisationId", label: t(.operatorReferTo), groups: groups(t, model),
                                              selected: model.draft?.toOrganisationID, errors: errors, required: true, includeBlank: t(.selectChoose))
                CaseComponents.codeSelect("serviceType", label: t(.fieldServiceType), ServiceType.self,
                                          selected: model.draft?.serviceType ?? model.service?.rawValue, t: t, errors: errors, required: true)
                CaseComponents.textArea("note", label: t(.fieldReferralNote), value: model.draft?.note, hint: t(.operatorReferNoteHint), errors: errors, rows: 3)
                div { button(.type("submit")) { t(.operatorReferSubmit) } }
            }
        }
    }

    /// The referrals made from the item: where, for what, how they stand. The one who
    /// referred may open theirs; the others see only the line.
    private static func lines(_ t: Localizer, _ model: Model) -> HTMLNode {
        guard !model.lines.isEmpty else { return p(.class("empty")) { t(.operatorReferNone) } }
        return div(.class("table-wrap")) {
            table(.id("item-referrals")) {
                thead { tr {
                    th(.scope("col")) { t(.fieldReferredOn) }
                    th(.scope("col")) { t(.fieldReferredTo) }
                    th(.scope("col")) { t(.fieldServiceType) }
                    th(.scope("col")) { t(.fieldStatus) }
                } }
                tbody {
                    for line in model.lines {
                        tr {
                            td {
                                if line.referredBy == model.userID {
                                    a(.href("/referrals/\(line.id)")) { ReferralPages.day(line.referredAt) }
                                } else {
                                    ReferralPages.day(line.referredAt)
                                }
                            }
                            td { model.organisationNames[line.toOrganisationID] ?? "—" }
                            td { t.text(forKey: line.serviceType.labelKey) }
                            td { ReferralPages.statusBadge(line.status, t: t) }
                        }
                    }
                }
            }
        }
    }

    /// The directory's providers first (a provider is an organisation's service), then every organisation.
    private static func groups(_ t: Localizer, _ model: Model) -> [(label: String?, options: [(value: String, label: String)])] {
        var groups: [(label: String?, options: [(value: String, label: String)])] = []
        if let service = model.service, !model.providers.isEmpty {
            groups.append((t(.operatorReferProviders, ["service": t.text(forKey: service.labelKey)]), model.providers.map { listing in
                (listing.organisationID.uuidString, providerLabel(t, listing))
            }))
        }
        groups.append((model.providers.isEmpty ? nil : t(.operatorReferAllOrganisations), model.targets))
        return groups
    }

    /// "Provider — Organisation (City, 3 km, 2 free places)".
    static func providerLabel(_ t: Localizer, _ listing: ProviderListing) -> String {
        let details = [
            listing.provider.location.city,
            listing.distanceKm.map { t(.operatorReferProviderKm, ["km": String(Int($0.rounded()))]) },
            listing.provider.availablePlaces.map { t(.operatorReferProviderPlaces, ["places": String($0)]) },
        ].compactMap { $0 }
        let name = "\(listing.provider.name) — \(listing.organisationName)"
        return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
    }
}
