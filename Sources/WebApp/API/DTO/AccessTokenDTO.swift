import Foundation
import Storage
import Vapor

struct AccessTokenDTO: Content {
    var id: UUID
    var name: String
    var prefix: String
    var createdAt: Date?
    var expiresAt: Date?
    var lastUsedAt: Date?
    var revokedAt: Date?

    init(_ model: AccessTokenModel) throws {
        id = try model.requireID()
        name = model.name
        prefix = model.displayPrefix
        createdAt = model.createdAt
        expiresAt = model.expiresAt
        lastUsedAt = model.lastUsedAt
        revokedAt = model.revokedAt
    }

    static let schema = JSONSchema.object([
        ("id", .uuid),
        ("name", .string()),
        ("prefix", .string(description: "The first characters of the token, to tell tokens apart.")),
        ("createdAt", .nullable(.dateTime)),
        ("expiresAt", .nullable(.dateTime)),
        ("lastUsedAt", .nullable(.dateTime)),
        ("revokedAt", .nullable(.dateTime)),
    ], required: ["id", "name", "prefix"])
}

struct AccessTokenRequest: Content {
    var name: String?
    var lifetimeDays: Int?

    static let schema = JSONSchema.object([
        ("name", .string()),
        ("lifetimeDays", .integer(minimum: 1, maximum: 365)),
    ], required: ["name"])
}

struct CreatedAccessTokenDTO: Content {
    var token: AccessTokenDTO
    var secret: String

    static let schema = JSONSchema.object([
        ("token", .ref("AccessToken")),
        ("secret", .string(description: "The token itself. Shown once; store it now.")),
    ], required: ["token", "secret"])
}
