import Foundation
import Testing
import Vapor
import VaporTesting
@testable import WebApp

/// Calls the JSON API with a bearer token and checks every JSON response it
/// gets against the schema the OpenAPI document promises for it.
struct APIClient {
    let app: Application
    let token: String?

    @discardableResult
    func call(_ method: HTTPMethod, _ path: String, json: String? = nil, documentedAs template: String? = nil) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if json != nil { headers.contentType = .json }
        let response = try await app.testing().sendRequest(method, "/api/v1" + path, headers: headers, body: json.map { ByteBuffer(string: $0) })
        try checkAgainstDocument(response, method: method, template: template ?? path.split(separator: "?").first.map(String.init) ?? path)
        return response
    }

    /// A 2xx body must match the operation's success schema; any other status
    /// must be the documented error body.
    private func checkAgainstDocument(_ response: TestingHTTPResponse, method: HTTPMethod, template: String) throws {
        guard !response.body.string.isEmpty else { return }
        let isJSON = response.headers.contentType?.subType == "json"
        if !isJSON, (200..<300).contains(response.status.code) {
            // Files (CSV, attachments) are documented without a JSON schema.
            let document = try #require(app.apiDocument)
            #expect(document.operations.contains { $0.method == method && $0.path == template && $0.success.schema == nil }, "\(method) \(template) answered a file but documents JSON")
            return
        }
        let value = try #require(JSONValue(parsing: response.body.string), "response is not JSON: \(response.body.string)")
        let schema: JSONSchema
        if (200..<300).contains(response.status.code) {
            let document = try #require(app.apiDocument)
            guard let documented = document.successSchema(method: method, path: template) else {
                Issue.record("\(method) \(template) is not in the OpenAPI document, or documents no body")
                return
            }
            schema = documented
        } else {
            schema = .ref("Error")
        }
        let problems = schema.violations(of: value, components: OpenAPIDocument.components)
        #expect(problems.isEmpty, "\(method) \(template) → \(response.status.code) does not match its schema: \(problems)")
    }
}

extension TestingHTTPResponse {
    /// The body parsed as JSON.
    func json() throws -> JSONValue {
        try #require(JSONValue(parsing: body.string))
    }
}
