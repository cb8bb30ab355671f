import Localization

/// The parts every awareness page shares: what to do in danger, the listen
/// button, a quotation with its source, the list of sources.
enum AwarenessComponents {
    /// "In danger now?": the emergency number, the panic button, the directory. First on every page.
    static func dangerBox(_ t: Localizer) -> HTMLNode {
        element("aside", [.class("danger-box"), .aria("labelledby", "danger-title")]) {
            h2(.id("danger-title")) { t(.awarenessDangerTitle) }
            p { t(.awarenessDangerText) }
            ul {
                li { a(.href("/panic")) { t(.awarenessDangerPanic) } }
                li { a(.href("/learn/help")) { t(.awarenessDangerHelp) } }
                li { a(.href("/report")) { t(.awarenessReportLink) } }
            }
        }
    }

    /// Links that show this page in another language (the site's switcher, repeated where a reader looks).
    static func languageSwitch(_ context: PageContext) -> HTMLNode {
        let t = context.t
        return nav(.class("report-languages"), .aria("label", t(.awarenessLanguageLabel)), Attribute("data-listen", "skip")) {
            span { t(.awarenessLanguageLabel) }
            for language in Language.allCases {
                " "
                a(.href("/language?set=\(language.tag)&next=\(Components.percentEncoded(context.currentURL))"), .lang(language.tag),
                  Attribute("hreflang", language.tag), language == t.language ? .aria("current", "true") : nil) { language.nativeName }
            }
        }
    }

    /// The "listen" button, hidden until `/static/listen.js` finds `speechSynthesis`
    /// (without a script, or without speech, nothing is shown). It reads the
    /// element `#listen-text` aloud in the page's language.
    static func listenButton(_ t: Localizer) -> HTMLNode {
        div(.class("listen"), .id("listen"), Attribute(flag: "hidden", true), Attribute("data-listen", "skip")) {
            button(.type("button"), .id("listen-button"), .class("secondary listen-button"), .aria("pressed", "false"),
                   .aria("describedby", "listen-hint"), Attribute("data-lang", speechLanguage(t.language)),
                   Attribute("data-play", t(.awarenessListen)), Attribute("data-stop", t(.awarenessListenStop))) { t(.awarenessListen) }
            p(.class("hint"), .id("listen-hint")) { t(.awarenessListenHint) }
        }
    }

    /// The script that drives the listen button; once per page, at the end.
    static let listenScript = element("script", [Attribute("src", "/static/listen.js"), Attribute(flag: "defer", true)]) { "" }

    /// The BCP 47 tag speech engines know voices by (`zh-CN` rather than `zh-Hans`).
    static func speechLanguage(_ language: Language) -> String {
        switch language {
        case .english: "en"
        case .simplifiedChinese: "zh-CN"
        }
    }

    /// A passage of a UN document, with its source under it.
    static func quote(_ t: Localizer, _ text: TextKey, _ citation: AwarenessCitation) -> HTMLNode {
        element("figure", [.class("quote")]) {
            element("blockquote", [Attribute("cite", "#source-\(citation.document.rawValue)")]) {
                p { t(text) }
            }
            element("figcaption", [Attribute("data-listen", "skip")]) {
                t(.awarenessSourceLabel) + " "
                element("cite", []) { a(.href("#source-\(citation.document.rawValue)")) { citation.label(t) } }
            }
        }
    }

    /// Short signs or tips, each with the passage it rests on.
    static func points(_ t: Localizer, _ points: [AwarenessPoint]) -> HTMLNode {
        ul(.class("points")) {
            for point in points {
                li {
                    t(point.text)
                    if let source = point.source {
                        " "
                        span(.class("source"), Attribute("data-listen", "skip")) { "(" + source.label(t) + ")" }
                    }
                }
            }
        }
    }

    /// The documents a page cites, in full, each an anchor the citations link to.
    static func sources(_ t: Localizer, _ documents: [AwarenessDocument]) -> HTMLNode {
        guard !documents.isEmpty else { return .empty }
        return section(.class("sources"), .aria("labelledby", "sources-title"), Attribute("data-listen", "skip")) {
            h2(.id("sources-title")) { t(.awarenessSourcesTitle) }
            ul {
                for document in documents {
                    li(.id("source-\(document.rawValue)")) {
                        strong { document.symbol }
                        " — " + t(document.title)
                    }
                }
            }
            p(.class("hint")) { t(.awarenessSourcesNote) }
        }
    }

    /// Links to the other topics, each with its summary.
    static func topicList(_ t: Localizer, except current: String? = nil) -> HTMLNode {
        ul(.class("topics")) {
            for topic in AwarenessContent.topics where topic.slug != current {
                li {
                    a(.href(topic.path)) { t(topic.title) }
                    p { t(topic.summary) }
                }
            }
            if current != "help" {
                li {
                    a(.href("/learn/help")) { t(.helpTitle) }
                    p { t(.helpIntro) }
                }
            }
        }
    }
}
