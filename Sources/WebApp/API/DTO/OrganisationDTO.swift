import CaseModel
import Foundation
import Storage
import Vapor

struct OrganisationDTO: Content {
    var id: UUID
    var name: String
    var acronym: String?
    var type: String
    var phone: String?
    var active: Bool
    var createdAt: Date?
    var updatedAt: Date?

    init(_ model: OrganisationModel) throws {
        id = try model.requireID()
        name = model.name
        acronym = model.acronym
        type = model.type
        phone = model.phone
        active = model.active
        createdAt = model.createdAt
        updatedAt = model.updatedAt
    }

    static let schema = JSONSchema.object([
        ("id", .uuid),
        ("name", .string()),
        ("acronym", .nullable(.string())),
        ("type", .string(values: OrganisationType.allCases.map(\.rawValue), description: "HTCDS org_Type")),
        ("phone", .nullable(.string(description: "E.164"))),
        ("active", .boolean),
        ("createdAt", .nullable(.dateTime)),
        ("updatedAt", .nullable(.dateTime)),
    ], required: ["id", "name", "type", "active"])
}

/// The body of `POST /organisations` and `PATCH /organisations/{id}`. On a
/// patch, absent fields stay as they are and an empty string clears an optional one.
struct OrganisationRequest: Content {
    var name: String?
    var acronym: String?
    var type: String?
    var phone: String?
    var active: Bool?

    var input: OrganisationInput {
        OrganisationInput(name: name, acronym: acronym, type: type, phone: phone, active: active)
    }

    static func schema(creating: Bool) -> JSONSchema {
        .object([
            ("name", .string()),
            ("acronym", .string()),
            ("type", .string(values: OrganisationType.allCases.map(\.rawValue))),
            ("phone", .string(description: "E.164, e.g. +41223456789")),
        ] + (creating ? [] : [("active", .boolean)]), required: creating ? ["name", "type"] : [])
    }
}
