import CaseModel
import Foundation
import Localization

/// The victim as a referral shows them: the minimal profile, then each part
/// the consent covers at this moment, and a plain sentence about what is not shown and why.
enum ReferralVictimSections {
    static func render(_ context: PageContext, _ referral: ReferralView, isSender: Bool) -> HTMLNode {
        let t = context.t
        return section(.id("referral-victim"), .aria("labelledby", "referral-victim-heading")) {
            h2(.id("referral-victim-heading")) { t(.referralVictimHeading) }
            p(.class("notice"), .id("sharing-state")) { sharingSentence(t, referral, isSender: isSender) }
            if let profile = referral.profile {
                dl(.class("details"), .id("shared-profile")) {
                    dt { t(.fieldGender) }
                    dd { CaseComponents.labelOf(profile.gender, t: t) }
                    dt { t(.fieldAgeGroup) }
                    dd { ageGroupLabel(profile.ageGroup, t: t) }
                    dt { t(.fieldCitizenship) }
                    dd { profile.citizenships.isEmpty ? "—" : profile.citizenships.map { t.countryName($0) }.joined(separator: ", ") }
                    dt { t(.fieldExploitationTypes) }
                    dd { profile.exploitationTypes.isEmpty ? "—" : CaseComponents.labels(profile.exploitationTypes, t: t) }
                }
            }
            if let identity = referral.identity {
                h2 { t(.disclosureIdentityShort) }
                dl(.class("details"), .id("shared-identity")) {
                    row(t(.fieldGivenName), identity.givenName)
                    row(t(.fieldMiddleName), identity.middleName)
                    row(t(.fieldFamilyName), identity.familyName)
                    row(t(.fieldAliases), list(identity.aliases))
                    row(t(.fieldBirthDate), identity.birthDate?.description)
                    row(t(.fieldLanguages), list([identity.primaryLanguage, identity.secondaryLanguage].compactMap { $0?.alpha3 }))
                    row(t(.fieldIdentityNumber), identity.identityNumber)
                }
            }
            if let contact = referral.contact {
                h2 { t(.disclosureContactShort) }
                dl(.class("details"), .id("shared-contact")) {
                    row(t(.fieldPhone), contact.phone?.e164)
                    row(t(.fieldEmail), contact.email)
                    row(t(.fieldAddress), contact.address.map { address in
                        [address.street, address.postalCode, address.city, address.state, address.country.map { t.countryName($0) }]
                            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                    })
                }
            }
            if let details = referral.caseDetails {
                h2 { t(.disclosureCaseDetailsShort) }
                dl(.class("details"), .id("shared-case-details")) {
                    row(t(.fieldTraffickingStatus), t.text(forKey: details.context.traffickingStatus.labelKey))
                    row(t(.fieldControlMethods), details.context.controlMethods.isEmpty ? nil : CaseComponents.labels(details.context.controlMethods, t: t))
                    row(t(.fieldRecruitmentMethods), details.context.recruitmentMethods.isEmpty ? nil : CaseComponents.labels(details.context.recruitmentMethods, t: t))
                    row(t(.fieldExploitationCountry), details.context.exploitationCountry.map { t.countryName($0) })
                    row(t(.fieldExploitationPlace), details.context.exploitationPlace)
                }
                if !details.route.isEmpty {
                    element("ol", [.class("timeline"), .id("shared-route")]) {
                        for event in details.route {
                            li {
                                strong { t.text(forKey: event.type.labelKey) }
                                " "
                                [event.dateFrom?.description, event.city, event.country.map { t.countryName($0) }].compactMap { $0 }.joined(separator: ", ")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Why the reader sees what they see.
    static func sharingSentence(_ t: Localizer, _ referral: ReferralView, isSender: Bool) -> String {
        if !referral.status.sharesData {
            return t(isSender ? .referralSharingEndedSender : .referralSharingEnded, ["status": t.text(forKey: referral.status.labelKey)])
        }
        if referral.requested.isEmpty { return t(.referralSharingMinimal) }
        let missing = referral.requested.subtracting(referral.shared)
        if missing.isEmpty { return t(.referralSharingAll, ["groups": CaseSections.groupNames(referral.shared, t: t)]) }
        return t(.referralSharingWithheld, ["groups": CaseSections.groupNames(missing, t: t)])
    }

    static func ageGroupLabel(_ group: AgeGroup, t: Localizer) -> String {
        switch group {
        case .child: t(.ageGroupChild)
        case .adult: t(.ageGroupAdult)
        case .unknown: t(.ageGroupUnknown)
        }
    }

    private static func list(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: ", ")
    }

    private static func row(_ label: String, _ value: String?) -> HTMLNode {
        .group([dt { label }, dd { value ?? "—" }])
    }
}
