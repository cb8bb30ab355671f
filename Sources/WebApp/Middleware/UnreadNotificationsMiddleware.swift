import Vapor

/// Counts the signed-in user's unread notifications for the page header.
///
/// Pages are built synchronously from a ``PageContext``, so the count is read
/// before the controller runs: one indexed count per page, on (user, read_at).
/// A failure to count shows no count rather than failing the page.
struct UnreadNotificationsMiddleware: AsyncMiddleware {
    struct Key: StorageKey { typealias Value = Int }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .GET, let caller = try? request.caller() {
            request.storage[Key.self] = try? await request.inboxService.unreadCount(caller)
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The count ``UnreadNotificationsMiddleware`` read, if it ran.
    var unreadNotifications: Int? { storage[Key.self] }
    private typealias Key = UnreadNotificationsMiddleware.Key
}
