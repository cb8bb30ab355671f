import Vapor

/// `/inbox`: the signed-in user's in-app notifications. (`/notifications` in the
/// API is the anonymous notification of victims, a different thing.)
enum InboxPagesController {
    static func register(on routes: any RoutesBuilder) {
        let inbox = routes.grouped("inbox")
        inbox.get(use: index)
        inbox.post("read-all", use: readAll)
        inbox.post(":id", "read", use: read)
    }

    static func index(_ request: Request) async throws -> Response {
        let unreadOnly = request.queryValue("unread") == "true"
        let cursor = request.queryValue("cursor")
        let page = try await request.inboxService.list(try request.caller(), unreadOnly: unreadOnly, cursor: cursor, limit: nil)
        return request.page { InboxPages.index($0, page: page, unreadOnly: unreadOnly, isFirstPage: cursor == nil) }
    }

    static func read(_ request: Request) async throws -> Response {
        try await request.inboxService.markRead(try request.caller(), id: try request.uuidParameter("id"))
        return request.redirect(to: "/inbox", flash: .inboxMarkedRead)
    }

    static func readAll(_ request: Request) async throws -> Response {
        try await request.inboxService.markAllRead(try request.caller())
        return request.redirect(to: "/inbox", flash: .inboxMarkedRead)
    }
}
