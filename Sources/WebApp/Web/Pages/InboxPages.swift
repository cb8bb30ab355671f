import Foundation
import Localization
import Storage

/// `/inbox`: the signed-in user's notifications, newest first.
enum InboxPages {
    static func index(_ context: PageContext, page: ListPage<InboxService.Item>, unreadOnly: Bool, isFirstPage: Bool) -> String {
        let t = context.t
        return Layout.render(context, title: t(.inboxTitle), section: .inbox) {
            h1 { t(.inboxTitle) }
            p { t(.inboxIntro) }
            div(.class("actions")) {
                a(.href(unreadOnly ? "/inbox" : "/inbox?unread=true")) { t(unreadOnly ? .inboxShowAll : .inboxOnlyUnread) }
                if (context.unreadNotifications ?? 0) > 0 {
                    form(.class("inline-form"), .method("post"), .action("/inbox/read-all")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("secondary")) { t(.inboxMarkAllRead) }
                    }
                }
            }
            if page.items.isEmpty {
                p(.class("empty")) { t(.inboxEmpty) }
            } else {
                ul(.class("inbox")) {
                    for item in page.items { row(context, item) }
                }
            }
            Components.pagination(nextCursor: page.nextCursor, baseQuery: [("unread", unreadOnly ? "true" : "")], path: "/inbox", isFirstPage: isFirstPage, t: t)
        }
    }

    private static func row(_ context: PageContext, _ item: InboxService.Item) -> HTMLNode {
        let t = context.t
        return li(.class(item.readAt == nil ? "notification unread" : "notification")) {
            p {
                if item.readAt == nil { Components.badge(t(.inboxUnread), kind: "active") }
                " "
                t(item.kind?.sentence ?? .eventUnknown)
            }
            p(.class("hint")) { Components.dateTime(item.at, t: t) }
            div(.class("actions")) {
                if let link = item.link { a(.href(link)) { t(.inboxOpen) } }
                if item.readAt == nil {
                    form(.class("inline-form"), .method("post"), .action("/inbox/\(item.id.uuidString)/read")) {
                        Components.csrfField(context.csrfToken)
                        button(.type("submit"), .class("link")) { t(.inboxMarkRead) }
                    }
                }
            }
        }
    }
}
