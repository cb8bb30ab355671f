import Foundation
import Testing
import Vapor
import VaporTesting
@testable import WebApp

@Suite("OpenAPI document")
struct OpenAPIDocumentTests {
    @Test("Every /api/v1 route is in the document, and every documented operation is a route")
    func routesMatchDocument() async throws {
        try await TestApp.run { world in
            let served = try await world.app.testing().sendRequest(.GET, "/api/v1/openapi.json")
            #expect(served.status == .ok)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(served.body.string.utf8)) as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })

            let routes = Set(world.app.routes.all.compactMap { route -> String? in
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                guard path.hasPrefix("/api/v1/"), path != "/api/v1/openapi.json" else { return nil }
                return "\(route.method.rawValue) \(path.dropFirst("/api/v1".count))"
            })
            #expect(!routes.isEmpty)
            #expect(routes.subtracting(documented).isEmpty, "undocumented routes: \(routes.subtracting(documented).sorted())")
            #expect(documented.subtracting(routes).isEmpty, "documented but not served: \(documented.subtracting(routes).sorted())")
        }
    }

    @Test("Every operation has an id, a summary, responses, and only known schema references")
    func wellFormed() async throws {
        try await TestApp.run { world in
            let document = try #require(world.app.apiDocument)
            let json = document.json
            let text = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
            let references = Set(text.matches(of: /#\/components\/schemas\/(\w+)/).map { String($0.1) })
            #expect(references.isSubset(of: Set(OpenAPIDocument.components.keys)), "dangling: \(references.subtracting(OpenAPIDocument.components.keys))")
            let ids = document.operations.map(\.operationID)
            #expect(Set(ids).count == ids.count, "operation ids are unique")
            for operation in document.operations {
                #expect(!operation.summary.isEmpty)
                let parameters = Set(operation.parameters.filter { $0.location == .path }.map(\.name))
                let inPath = Set(operation.path.matches(of: /\{(\w+)\}/).map { String($0.1) })
                #expect(parameters == inPath, "\(operation.operationID) documents path parameters \(parameters), path has \(inPath)")
            }
        }
    }
}

@Suite("JSON schema checker")
struct JSONSchemaTests {
    let components: [String: JSONSchema] = ["Thing": .object([("id", .uuid), ("n", .integer(minimum: 0))], required: ["id"])]

    @Test("Conforming values pass")
    func passes() {
        let value = JSONValue(parsing: #"{"items":[{"id":"x","n":3}],"next":null}"#)!
        let schema = JSONSchema.object([("items", .array(.ref("Thing"))), ("next", .nullable(.string()))], required: ["items", "next"])
        #expect(schema.violations(of: value, components: components).isEmpty)
    }

    @Test("Missing, extra, mistyped and out-of-range fields are all caught")
    func catches() {
        let schema = JSONSchema.ref("Thing")
        #expect(schema.violations(of: JSONValue(parsing: #"{"n":1}"#)!, components: components).count == 1)
        #expect(schema.violations(of: JSONValue(parsing: #"{"id":"x","extra":1}"#)!, components: components).count == 1)
        #expect(schema.violations(of: JSONValue(parsing: #"{"id":7}"#)!, components: components).count == 1)
        #expect(schema.violations(of: JSONValue(parsing: #"{"id":"x","n":-1}"#)!, components: components).count == 1)
        #expect(JSONSchema.boolean.violations(of: .number(1), components: [:]).count == 1)
        #expect(JSONSchema.string(values: ["a"]).violations(of: .string("b"), components: [:]).count == 1)
    }
}
