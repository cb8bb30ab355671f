import Vapor

/// One documented API operation: what `APIRegistry` registers as a route and
/// writes into the OpenAPI document, from the same value, so the two cannot differ.
struct APIOperation: Sendable {
    struct Parameter: Sendable {
        enum Location: String, Sendable { case path, query, header }
        var name: String
        var location: Location
        var description: String
        var schema: JSONSchema
        var required: Bool

        static func path(_ name: String, _ description: String) -> Parameter {
            Parameter(name: name, location: .path, description: description, schema: .uuid, required: true)
        }

        static func query(_ name: String, _ description: String, _ schema: JSONSchema = .string()) -> Parameter {
            Parameter(name: name, location: .query, description: description, schema: schema, required: false)
        }

        static func header(_ name: String, _ description: String) -> Parameter {
            Parameter(name: name, location: .header, description: description, schema: .string(), required: false)
        }

        /// `cursor` and `limit`, on every list.
        static let pagination: [Parameter] = [
            .query("cursor", "The `nextCursor` of the previous page. Omit for the first page."),
            .query("limit", "Items per page, 1 to \(200); default 50.", .integer(minimum: 1, maximum: 200)),
        ]
    }

    struct Outcome: Sendable {
        var status: Int
        var description: String
        var schema: JSONSchema?
    }

    var method: HTTPMethod
    /// The path below `/api/v1`, in OpenAPI form: `/users/{id}`.
    var path: String
    var operationID: String
    var summary: String
    var tag: String
    var parameters: [Parameter] = []
    var requestBody: JSONSchema?
    var success: Outcome
    /// Error statuses this operation can answer with, besides 401 and 500.
    var errors: [Int] = []
    /// A larger request body than the default 1 MB, for uploads.
    var maxBodySize: ByteCount? = nil
    /// Open to anyone, without a token (the published knowledge portal).
    var isPublic: Bool = false

    /// The path as Vapor route components: `{id}` becomes `:id`.
    var routeComponents: [PathComponent] {
        path.split(separator: "/").map { part in
            part.hasPrefix("{") && part.hasSuffix("}") ? .parameter(String(part.dropFirst().dropLast())) : .constant(String(part))
        }
    }
}
