import Foundation
import Vapor

/// The OpenAPI 3.1 description of `/api/v1`, served at `/api/v1/openapi.json`.
struct OpenAPIDocument: Sendable {
    let operations: [APIOperation]

    /// Named schemas referenced as `#/components/schemas/<name>`.
    static let components: [String: JSONSchema] = APISchemas.all

    var json: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for operation in operations {
            paths[operation.path, default: [:]][operation.method.rawValue.lowercased()] = describe(operation)
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Libertas API",
                "version": "1",
                "description": "The JSON API of Libertas, a national anti-trafficking information system. Authenticate with a personal access token (`Authorization: Bearer lbt_…`), created on the My tokens page. Lists are paginated by cursor: pass a page's `nextCursor` as `cursor` to get the next one.",
                "license": ["name": "Apache-2.0", "identifier": "Apache-2.0"],
            ],
            "servers": [["url": "/api/v1"]],
            "security": [["bearerAuth": [String]()]],
            "paths": paths,
            "components": [
                "securitySchemes": ["bearerAuth": ["type": "http", "scheme": "bearer", "description": "A personal access token."]],
                "schemas": Self.components.mapValues(\.json),
            ],
        ]
    }

    private func describe(_ operation: APIOperation) -> [String: Any] {
        var responses: [String: Any] = [:]
        responses[String(operation.success.status)] = outcome(operation.success)
        let errorDescriptions: [Int: String] = [
            400: "The request is malformed (a bad cursor, query value or JSON body).",
            401: "No valid personal access token.",
            403: "The token's user may not do this.",
            404: "No such record, or one the user may not see.",
            409: "The change conflicts with existing data.",
            422: "The input is not valid; `fields` says which and why.",
            429: "Too many attempts; see `Retry-After`.",
            500: "An internal error; quote `requestId` when reporting it.",
        ]
        for status in Set(operation.errors + [400, 500] + (operation.isPublic ? [] : [401])).sorted() {
            responses[String(status)] = outcome(APIOperation.Outcome(status: status, description: errorDescriptions[status] ?? "Error.", schema: .ref("Error")))
        }
        var object: [String: Any] = [
            "operationId": operation.operationID,
            "summary": operation.summary,
            "tags": [operation.tag],
            "responses": responses,
        ]
        if operation.isPublic { object["security"] = [[String: [String]]]() }
        if !operation.parameters.isEmpty {
            object["parameters"] = operation.parameters.map { parameter in
                [
                    "name": parameter.name,
                    "in": parameter.location.rawValue,
                    "description": parameter.description,
                    "required": parameter.required,
                    "schema": parameter.schema.json,
                ] as [String: Any]
            }
        }
        if let body = operation.requestBody {
            object["requestBody"] = ["required": true, "content": ["application/json": ["schema": body.json]]]
        }
        return object
    }

    private func outcome(_ outcome: APIOperation.Outcome) -> [String: Any] {
        var object: [String: Any] = ["description": outcome.description]
        if let schema = outcome.schema {
            object["content"] = ["application/json": ["schema": schema.json]]
        }
        return object
    }

    /// The document as a response, with stable key order so it diffs cleanly.
    func response() -> Response {
        let data = (try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    /// The success schema of the operation for `method` and `path`, for tests.
    func successSchema(method: HTTPMethod, path: String) -> JSONSchema? {
        operations.first { $0.method == method && $0.path == path }?.success.schema
    }
}
