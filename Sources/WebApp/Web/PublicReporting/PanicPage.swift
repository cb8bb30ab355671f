import Foundation
import Localization
import PublicReporting

/// `/panic`: one large button that sends an alert with the position, queued on
/// the device when there is no connection. Installable (manifest and service
/// worker); everything that acts is `/static/panic.js`. The texts the script
/// shows travel in `data-` attributes, so the page stays in the reader's language
/// when it is opened from the service worker's cache without a connection.
enum PanicPage {
    static let states: [(String, TextKey)] = [
        ("ready", .panicStateReady), ("locating", .panicStateLocating), ("sending", .panicStateSending),
        ("queued", .panicStateQueued), ("sent", .panicStateSent),
    ]

    static func render(_ context: PageContext) -> String {
        let t = context.t
        return Layout.render(context, title: t(.panicTitle), section: .panic, description: t(.panicIntro), manifest: "/panic/manifest.webmanifest") {
            section(.class("card panic")) {
                h1 { t(.panicTitle) }
                ReportFormPage.languageSwitch(context)
                p { t(.panicIntro) }
                Components.notice(t(.reportEmergency), kind: "warning")
                element("noscript", []) { Components.notice(t(.panicNoScript), kind: "error") }
                button(.type("button"), .id("panic-button"), .class("panic-button"), Attribute(flag: "hidden", true)) { t(.panicButton) }
                element("p", [.id("panic-state"), .class("panic-state"), Attribute("role", "status"), .aria("live", "assertive"), Attribute("data-state", "ready"),
                   Attribute("data-no-location", t(.panicNoLocation))] + states.map { Attribute("data-\($0.0)", t($0.1)) }) { t(.panicStateReady) }
                p(.class("data-use"), .id("panic-what")) { t(.panicWhatIsSent) }
                // Not a <form>: nothing here must ever reach the server except inside an alert.
                div(.class("panic-details"), .id("panic-details"), Attribute(flag: "hidden", true)) {
                    h2 { t(.panicBasicTitle) }
                    p(.class("hint")) { t(.panicBasicHint) }
                    field("panic-name", t(.panicNameLabel), maxLength: PanicBasicData.Limits.name, type: "text")
                    field("panic-phone", t(.panicPhoneLabel), maxLength: PanicBasicData.Limits.phone, type: "tel")
                    div(.class("field")) {
                        label(.for("panic-note")) { t(.panicNoteLabel) }
                        element("textarea", [.id("panic-note"), Attribute("rows", "3"), .maxlength(PanicBasicData.Limits.note)]) { "" }
                    }
                    div(.class("actions")) {
                        button(.type("button"), .id("panic-save"), Attribute("data-done", t(.panicDetailsSaved))) { t(.panicSaveDetails) }
                        button(.type("button"), .id("panic-clear"), .class("secondary"), Attribute("data-done", t(.panicDetailsCleared))) { t(.panicClearDetails) }
                    }
                    p(.class("hint"), .id("panic-details-status"), Attribute("role", "status")) { "" }
                }
                p(.class("hint")) { t(.panicInstallHint) }
                p { a(.href("/learn/help")) { t(.awarenessDangerHelp) } }
                p { a(.href("/learn")) { t(.awarenessLearnLink) } }
            }
            element("script", [Attribute("src", "/static/panic.js"), Attribute(flag: "defer", true)]) { "" }
        }
    }

    private static func field(_ id: String, _ text: String, maxLength: Int, type: String) -> HTMLNode {
        div(.class("field")) {
            label(.for(id)) { text }
            input(.type(type), .id(id), .maxlength(maxLength), .autocomplete("off"))
        }
    }

    /// The web app manifest, in the reader's language; same origin only.
    static func manifest(_ t: Localizer) -> String {
        let object: [String: Any] = [
            "name": t(.panicAppName), "short_name": t(.panicTitle), "lang": t.language.tag,
            "start_url": "/panic", "scope": "/panic", "display": "standalone",
            "background_color": "#ffffff", "theme_color": "#0b5563",
            "icons": [["src": "/static/icon.svg", "sizes": "any", "type": "image/svg+xml", "purpose": "any"]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
