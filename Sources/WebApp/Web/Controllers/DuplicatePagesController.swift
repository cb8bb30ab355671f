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
        let source: DuplicateFlagModel.Source? = try request.queryChoice("source")
        let cursor = request.queryValue("cursor")
        let page = try await request.duplicateFlagService.list(try request.caller(), status: status, source: source, cursor: cursor, limit: nil)
        return request.page { DuplicatePages.index($0, page: page, status: status, source: source, isFirstPage: cursor == nil) }
    }

    static func resolve(_ request: Request) async throws -> Response {
        struct Form: Content {
            var status: String
            /// The list's filters, to return to the same list: checked against the choices, never echoed.
            var listStatus: String?
            var listSource: String?
        }
        let form = try request.content.decode(Form.self)
        guard let status = DuplicateFlagModel.Status(rawValue: form.status) else {
            throw AppError.badRequest(.validationChoice)
        }
        try await request.duplicateFlagService.resolve(try request.caller(), id: try request.uuidParameter("id"), status: status)
        var query: [String] = []
        if let listStatus = form.listStatus, listStatus == "all" || DuplicateFlagModel.Status(rawValue: listStatus) != nil { query.append("status=\(listStatus)") }
        if let listSource = form.listSource.flatMap(DuplicateFlagModel.Source.init(rawValue:)) { query.append("source=\(listSource.rawValue)") }
        return request.redirect(to: "/duplicates" + (query.isEmpty ? "" : "?" + query.joined(separator: "&")), flash: .duplicatesSaved)
    }
}
