import Localization

/// `/learn` and `/learn/<topic>`: one awareness page, laid out from its
/// ``AwarenessTopic``. Public, in the reader's language, with what to do in
/// danger first, a listen button, every quotation cited, and the way on to
/// the report form, the panic button and the help directory.
enum AwarenessPage {
    static func render(_ context: PageContext, _ topic: AwarenessTopic) -> String {
        let t = context.t
        let isIndex = topic.slug.isEmpty
        return Layout.render(context, title: t(topic.title), section: .learn, description: t(topic.summary)) {
            article(.class("awareness"), .id("listen-text"), .aria("labelledby", "page-title")) {
                if !isIndex {
                    nav(.class("breadcrumbs"), .aria("label", t(.awarenessAllTopics)), Attribute("data-listen", "skip")) {
                        a(.href("/learn")) { t(.awarenessAllTopics) }
                    }
                }
                h1(.id("page-title")) { t(topic.title) }
                AwarenessComponents.languageSwitch(context)
                p(.class("lead")) { t(topic.summary) }
                AwarenessComponents.dangerBox(t)
                AwarenessComponents.listenButton(t)
                for (index, part) in topic.sections.enumerated() {
                    section(.aria("labelledby", "section-\(index)")) {
                        h2(.id("section-\(index)")) { t(part.heading) }
                        for block in part.blocks { render(t, block) }
                    }
                }
                nav(.class("next-steps"), .aria("label", t(.awarenessMoreTopics)), Attribute("data-listen", "skip")) {
                    a(.class("button"), .href("/report")) { t(.awarenessReportLink) }
                    a(.class("button secondary"), .href("/panic")) { t(.awarenessDangerPanic) }
                    a(.class("button secondary"), .href("/learn/help")) { t(.awarenessDangerHelp) }
                }
                section(.aria("labelledby", "topics-title"), Attribute("data-listen", "skip")) {
                    h2(.id("topics-title")) { t(isIndex ? .awarenessTopicsTitle : .awarenessMoreTopics) }
                    AwarenessComponents.topicList(t, except: topic.slug)
                }
                AwarenessComponents.sources(t, topic.documents)
            }
            AwarenessComponents.listenScript
        }
    }

    private static func render(_ t: Localizer, _ block: AwarenessBlock) -> HTMLNode {
        switch block {
        case .paragraph(let key): p { t(key) }
        case .points(let points): AwarenessComponents.points(t, points)
        case .quote(let key, let citation): AwarenessComponents.quote(t, key, citation)
        }
    }
}
