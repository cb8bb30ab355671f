import Storage
import Vapor

/// `/duplicates`: the coordinator's list of likely duplicates across organisations.
enum DuplicatePagesController {
    static func register(on routes: any RoutesBuilder) {
        routes.get("duplicates", use: index)
        routes.post("duplicates", ":id", use: resolve)
    }

    static func index(_ request: Request) async throws -> Response {
        let status = try request.duplicateStatusFilter()
        let cursor = request.queryValue("cursor")
        let page = try await request.duplicateFlagService.list(try request.caller(), status: status, cursor: cursor, limit: nil)
        return request.page { DuplicatePages.index($0, page: page, status: status, isFirstPage: cursor == nil) }
    }

    static func resolve(_ request: Request) async throws -> Response {
        struct Form: Content { var status: String }
        guard let status = DuplicateFlagModel.Status(rawValue: try request.content.decode(Form.self).status) else {
            throw AppError.badRequest(.validationChoice)
        }
        try await request.duplicateFlagService.resolve(try request.caller(), id: try request.uuidParameter("id"), status: status)
        return request.redirect(to: "/duplicates", flash: .duplicatesSaved)
    }
}
