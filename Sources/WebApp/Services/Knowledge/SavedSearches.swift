import Fluent
import Foundation
import KnowledgeBase
import Storage

/// A signed-in user's saved portal searches. Each belongs to its owner alone:
/// every read and delete is filtered on the caller's id.
struct SavedSearches {
    let database: any Database
    let context: LibertasContext

    static let maximumPerUser = 50
    static let maximumNameLength = 200

    func list(_ caller: Caller) async throws -> [KnowledgeSavedSearchModel] {
        try await KnowledgeSavedSearchModel.query(on: database).filter(\.$userID == caller.user.id).sort(\.$createdAt, .descending).all()
    }

    /// Saves a query after checking that it parses, so alerts never meet a broken one.
    func create(_ caller: Caller, name: String, query: String, language: String?) async throws -> KnowledgeSavedSearchModel {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        var validator = Validator()
        if name.isEmpty { validator.add("name", .knowledgeSavedSearchNameRequired) }
        if name.count > Self.maximumNameLength { validator.add("name", .validationTooLong, ["max": String(Self.maximumNameLength)]) }
        try validator.throwIfInvalid()
        _ = try KnowledgeQueryInput.parse(query)
        let code = try KnowledgeQueryInput(lang: language).language()
        let count = try await KnowledgeSavedSearchModel.query(on: database).filter(\.$userID == caller.user.id).count()
        if count >= Self.maximumPerUser { throw AppError.conflict(FieldError("name", .validationRange, ["min": "0", "max": String(Self.maximumPerUser)])) }
        let model = KnowledgeSavedSearchModel(userID: caller.user.id, name: name, query: query, language: code?.alpha3)
        try await model.create(on: database)
        return model
    }

    func delete(_ caller: Caller, id: UUID) async throws {
        guard let model = try await KnowledgeSavedSearchModel.query(on: database).filter(\.$id == id).filter(\.$userID == caller.user.id).first() else {
            throw AppError.notFound
        }
        try await model.delete(on: database)
    }
}
