import Vapor

/// Registers the JSON API's routes and, from the same declarations, builds its
/// OpenAPI 3.1 document.
final class APIRegistry {
    private let open: any RoutesBuilder
    private let authenticated: any RoutesBuilder
    private(set) var operations: [APIOperation] = []

    init(root: any RoutesBuilder, authenticated authenticator: any Middleware) {
        self.open = root
        self.authenticated = root.grouped(authenticator)
    }

    /// Adds an operation: one that needs a personal access token unless it is marked public.
    func add<Output: AsyncResponseEncodable>(
        _ operation: APIOperation,
        _ handler: @escaping @Sendable (Request) async throws -> Output
    ) {
        operations.append(operation)
        let routes = operation.isPublic ? open : authenticated
        if let size = operation.maxBodySize {
            routes.on(operation.method, operation.routeComponents, body: .collect(maxSize: size), use: handler)
        } else {
            routes.on(operation.method, operation.routeComponents, use: handler)
        }
    }

    func document() -> OpenAPIDocument {
        OpenAPIDocument(operations: operations)
    }
}

/// A JSON body with a status other than 200, e.g. 201 for a creation.
struct Created<Body: Content>: AsyncResponseEncodable {
    var body: Body
    var status: HTTPResponseStatus = .created

    func encodeResponse(for request: Request) async throws -> Response {
        let response = try await body.encodeResponse(for: request)
        response.status = status
        return response
    }
}
