import Charts
import Foundation
import Localization
import PublicReporting

/// `/report`: the public report form. Every field says why it is asked and how
/// it is used; contact details stay hidden (pure CSS) until the person chooses
/// to leave them; the spam trap is invisible; `report.js` adds "use my
/// location" and the proof of work, and the form still works without it.
enum ReportFormPage {
    /// What the person typed, kept across a refusal so nothing is lost.
    struct Values {
        var description = ""
        var latitude = ""
        var longitude = ""
        var accuracy = ""
        var occurredAt = ""
        var leaveContact = false
        var name = ""
        var phone = ""
        var email = ""
        var preferred = ""
    }

    struct Model {
        var values = Values()
        var errors = FormErrors.none
        /// A headline for refusals that are not about one field (too many reports).
        var message: String?
        /// The challenge rendered into the form, for the no-script fallback.
        var challenge: String
        var policy: ReportPrivacyPolicy
    }

    static func render(_ context: PageContext, _ model: Model) -> String {
        let t = context.t
        let v = model.values
        let errors = model.errors
        return Layout.render(context, title: t(.reportTitle), section: .report, description: t(.reportIntro)) {
            section(.class("card report-form")) {
                h1 { t(.reportTitle) }
                languageSwitch(context)
                p { t(.reportIntro) }
                Components.notice(t(.reportEmergency), kind: "warning")
                if let message = model.message { Components.notice(message, kind: "error") }
                Components.errorSummary(errors, t: t)
                form(.class("stacked"), .id("report-form"), .method("post"), .action("/report"), Attribute("enctype", "multipart/form-data")) {
                    Components.csrfField(context.csrfToken)
                    input(.type("hidden"), .name("language"), .value(t.language.tag))
                    textArea("description", label: t(.reportDescriptionLabel), value: v.description,
                                                  hint: t(.reportDescriptionHint, ["max": String(ReportInput.Limits.descriptionCharacters)]),
                                                  errors: errors, rows: 8, required: true,
                                                  maxLength: ReportInput.Limits.descriptionCharacters)
                    dataUse(t, why: t(.reportDescriptionWhy), use: t(.reportDescriptionUse))
                    locationSection(t, model)
                    Components.textField("occurred_at", label: t(.reportDateLabel), value: v.occurredAt, type: "date", errors: errors)
                    dataUse(t, why: t(.reportDateWhy),
                            use: t(.reportDateUse, ["precision": t(model.policy.dateOnly ? .reportTimeKeptDate : .reportTimeKeptExact)]))
                    contactSection(t, model)
                    div(.class("field"), .id("field-file")) {
                        label(.for("file-input")) { t(.reportFileLabel) }
                        if let error = errors.message(for: "file") { p(.class("field-error")) { error } }
                        input(.type("file"), .id("file-input"), .name("file"),
                              Attribute("accept", ".pdf,.jpg,.jpeg,.png,.txt,.docx,.odt,.mp3,.m4a,.ogg"))
                    }
                    dataUse(t, why: t(.reportFileWhy), use: t(.reportFileUse))
                    // The spam trap: people never see it, form-filling robots do.
                    div(.class("trap"), .aria("hidden", "true")) {
                        label(.for("field-website")) { t(.reportTrapLabel) }
                        input(.type("text"), .id("field-website"), .name("website"), .value(""), Attribute("tabindex", "-1"), .autocomplete("off"))
                    }
                    input(.type("hidden"), .name("proof_challenge"), .value(model.challenge))
                    input(.type("hidden"), .name("proof_nonce"), .value(""))
                    div(.class("field"), .id("field-proof")) {
                        if let error = errors.message(for: "proof") { p(.class("field-error")) { error } }
                        element("noscript", []) {
                            p(.class("hint")) { t(.reportNoScript, ["seconds": String(Int(SpamCheck.minimumFillSeconds))]) }
                        }
                        p(.class("hint"), .id("proof-status"), Attribute("role", "status"), Attribute("data-working", t(.reportWorking))) { "" }
                        button(.type("submit")) { t(.reportSubmit) }
                    }
                }
                p(.class("hint")) { t(.reportNotStored) }
                p { a(.href("/report/status")) { t(.reportCheckLink) } }
            }
            element("script", [Attribute("src", "/static/report.js"), Attribute(flag: "defer", true)]) { "" }
            element("script", [Attribute("src", "/static/report-map.js"), Attribute(flag: "defer", true)]) { "" }
        }
    }

    private static func locationSection(_ t: Localizer, _ model: Model) -> HTMLNode {
        let v = model.values
        let errors = model.errors
        return fieldset(.class("field"), .id("field-location")) {
            legend { t(.reportLocationLegend) }
            dataUse(t, why: t(.reportLocationWhy), use: locationUse(t, model.policy))
            button(.type("button"), .id("use-location"), .class("secondary"), Attribute(flag: "hidden", true),
                   Attribute("data-locating", t(.reportLocating)), Attribute("data-found", t(.reportLocationFound)),
                   Attribute("data-failed", t(.reportLocationFailed))) { t(.reportUseMyLocation) }
            p(.class("hint"), .id("location-status"), Attribute("role", "status")) { "" }
            mapPicker(t)
            p(.class("hint")) { t(.reportLocationManual) }
            div(.class("inline-fields")) {
                Components.textField("latitude", label: t(.reportLatitude), value: v.latitude, errors: errors, maxLength: 20)
                Components.textField("longitude", label: t(.reportLongitude), value: v.longitude, errors: errors, maxLength: 20)
            }
            input(.type("hidden"), .name("accuracy_m"), .value(v.accuracy))
        }
    }

    /// The map to point at (`report.js` loads its views from `/report/map`); hidden until the
    /// script shows it, so a page without scripts offers only what works there.
    private static func mapPicker(_ t: Localizer) -> HTMLNode {
        div(.class("map-picker"), .id("map-picker"), Attribute(flag: "hidden", true),
            Attribute("data-chosen", t(.reportMapChosen)), Attribute("data-cleared", t(.reportMapCleared)),
            Attribute("data-failed", t(.reportMapFailed)), Attribute("data-language", t.language.tag),
            Attribute("data-spans", PickerMap.spans.map { String($0) }.joined(separator: ","))) {
            p(.class("hint")) { t(.reportMapHint) }
            div(.class("map-view"), .id("map-view")) { "" }
            div(.class("map-controls")) {
                button(.type("button"), .id("map-zoom-out"), .class("secondary")) { t(.reportMapZoomOut) }
                " "
                button(.type("button"), .id("map-clear"), .class("secondary")) { t(.reportMapClear) }
            }
            p(.class("hint"), .id("map-status"), Attribute("role", "status")) { "" }
        }
    }

    private static func contactSection(_ t: Localizer, _ model: Model) -> HTMLNode {
        let v = model.values
        let errors = model.errors
        let ways: [(ReporterContact.Way, TextKey)] = [(.phone, .reportWayPhone), (.sms, .reportWaySMS), (.email, .reportWayEmail)]
        return fieldset(.class("field anonymity"), .id("field-contact")) {
            legend { t(.reportAnonymousLegend) }
            dataUse(t, why: t(.reportAnonymousWhy), use: t(model.policy.hideReporterFromOperators ? .reportContactUseHidden : .reportContactUseShown))
            if let error = errors.message(for: "contact") { p(.class("field-error")) { error } }
            // Radios and the contact fields are siblings, so `:checked ~` shows the fields without a script.
            input(.type("radio"), .id("anonymous-yes"), .name("anonymous"), .value("true"), .checked(!v.leaveContact))
            label(.for("anonymous-yes")) { t(.reportStayAnonymous) }
            input(.type("radio"), .id("anonymous-no"), .name("anonymous"), .value("false"), .checked(v.leaveContact))
            label(.for("anonymous-no")) { t(.reportLeaveContact) }
            div(.class("contact-fields")) {
                Components.notice(t(.reportContactSafety), kind: "warning")
                Components.textField("contact_name", label: t(.reportContactName), value: v.name, errors: errors, autocomplete: "off", maxLength: ReportInput.Limits.nameCharacters)
                Components.textField("contact_phone", label: t(.reportContactPhone), value: v.phone, type: "tel", errors: errors, autocomplete: "off", maxLength: ReportInput.Limits.phoneCharacters)
                Components.textField("contact_email", label: t(.reportContactEmail), value: v.email, type: "email", errors: errors, autocomplete: "off", maxLength: ReportInput.Limits.emailCharacters)
                Components.selectField("contact_preferred", label: t(.reportContactPreferred), options: ways.map { ($0.0.rawValue, t($0.1)) },
                                       selected: v.preferred, errors: errors, includeBlank: "—")
            }
        }
    }

    /// A labelled text area with its hint and error tied to it.
    static func textArea(_ name: String, label text: String, value: String, hint: String, errors: FormErrors, rows: Int, required: Bool, maxLength: Int) -> HTMLNode {
        let id = "field-\(name)"
        let error = errors.message(for: name)
        let describedBy = ["\(id)-hint", error == nil ? nil : "\(id)-error"].compactMap { $0 }.joined(separator: " ")
        return div(.class("field")) {
            label(.for(id)) { text }
            p(.class("hint"), .id("\(id)-hint")) { hint }
            if let error { p(.class("field-error"), .id("\(id)-error")) { error } }
            element("textarea", [.id(id), .name(name), Attribute("rows", String(rows)), .required(required), .maxlength(maxLength),
                                 .aria("describedby", describedBy), error == nil ? nil : .aria("invalid", "true")]) { value }
        }
    }

    /// "Why we ask: … How it is used: …" under a field.
    static func dataUse(_ t: Localizer, why: String, use: String) -> HTMLNode {
        p(.class("data-use")) {
            strong { t(.reportWhy) }
            " " + why + " "
            strong { t(.reportHowUsed) }
            " " + use
        }
    }

    static func locationUse(_ t: Localizer, _ policy: ReportPrivacyPolicy) -> String {
        guard let decimals = policy.coordinateDecimals else { return t(.reportLocationUseExact) }
        let metres = 111_320 / pow(10, Double(decimals))
        let precision = metres >= 1000 ? "\(Int((metres / 1000).rounded())) km" : "\(max(1, Int(metres.rounded()))) m"
        return t(.reportLocationUseRounded, ["precision": precision])
    }

    /// Links that reload this form in another language (the site's switcher, shown where a reporter looks).
    static func languageSwitch(_ context: PageContext) -> HTMLNode {
        let t = context.t
        return nav(.class("report-languages"), .aria("label", t(.reportLanguageLabel))) {
            span { t(.reportLanguageLabel) }
            for language in Language.allCases {
                " "
                a(.href("/language?set=\(language.tag)&next=\(Components.percentEncoded(context.currentURL))"), .lang(language.tag),
                  Attribute("hreflang", language.tag), language == t.language ? .aria("current", "true") : nil) { language.nativeName }
            }
        }
    }
}
