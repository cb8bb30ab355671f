import Vapor

/// `/me/notifications`: the token user's in-app notifications. (`/notifications`
/// is the anonymous notification of victims, a different thing.)
enum InboxAPI {
    static let tag = "Notifications"

    static func register(on api: APIRegistry) {
        api.add(APIOperation(
            method: .GET, path: "/me/notifications", operationID: "listMyNotifications",
            summary: "The token user's in-app notifications, newest first: event kinds and ids, no personal data.", tag: tag,
            parameters: [.query("unread", "`true` for unread notifications only.", .string(values: ["true", "false"]))] + APIOperation.Parameter.pagination,
            success: .init(status: 200, description: "A page of notifications.", schema: PageDTO<NotificationDTO>.schema(of: "Notification")), errors: [400]
        )) { request in
            let page = try await request.inboxService.list(try request.caller(), unreadOnly: request.queryValue("unread") == "true",
                                                           cursor: request.queryValue("cursor"), limit: try request.limit())
            return PageDTO(page, NotificationDTO.init)
        }

        api.add(APIOperation(
            method: .GET, path: "/me/notifications/unread-count", operationID: "countMyUnreadNotifications",
            summary: "How many of the token user's notifications are unread.", tag: tag,
            success: .init(status: 200, description: "The count.", schema: .ref("UnreadCount"))
        )) { request in
            UnreadCountDTO(unread: try await request.inboxService.unreadCount(try request.caller()))
        }

        api.add(APIOperation(
            method: .POST, path: "/me/notifications/{id}/read", operationID: "markMyNotificationRead",
            summary: "Mark one of the token user's notifications read.", tag: tag,
            parameters: [.path("id", "The notification's id.")],
            success: .init(status: 204, description: "Marked."), errors: [404]
        )) { request -> HTTPStatus in
            try await request.inboxService.markRead(try request.caller(), id: try request.uuidParameter("id"))
            return .noContent
        }

        api.add(APIOperation(
            method: .POST, path: "/me/notifications/read-all", operationID: "markAllMyNotificationsRead",
            summary: "Mark all of the token user's notifications read.", tag: tag,
            success: .init(status: 204, description: "Marked.")
        )) { request -> HTTPStatus in
            try await request.inboxService.markAllRead(try request.caller())
            return .noContent
        }
    }
}

extension Request {
    var inboxService: InboxService { InboxService(database: db, context: libertas) }
    var webhookService: WebhookService { WebhookService(database: db, context: libertas) }
}
