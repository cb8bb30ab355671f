import CaseModel
import KnowledgeBase
import KnowledgeSearch
import Storage

/// A portal search as a client writes it (`q`, `lang`, `sort`, `cursor`,
/// `limit`), checked and turned into a storage request.
struct KnowledgeQueryInput: Sendable {
    var q: String?
    var lang: String?
    var sort: String?
    var cursor: String?
    var limit: Int?

    static let defaultLimit = 20
    static let maximumLimit = 100

    /// The reader's language, if given and valid.
    func language() throws -> LanguageCode? {
        guard let lang, !lang.isEmpty else { return nil }
        guard let code = LanguageCode(lang) else { throw AppError.badRequest(.knowledgeLanguageInvalid, ["value": lang]) }
        return code
    }

    /// The parsed query, or nil for an empty search (everything published).
    func query() throws -> SearchQuery? {
        try Self.parse(q)
    }

    static func parse(_ text: String?) throws -> SearchQuery? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        do {
            return try SearchQuery.parse(text, fields: KnowledgeField.catalog).canonicalised()
        } catch let error as QueryError {
            throw AppError.badRequest(.knowledgeQueryInvalid, ["detail": error.message])
        } catch let error as UnknownFieldValue {
            let allowed = error.allowed.isEmpty ? "" : " (" + error.allowed.joined(separator: ", ") + ")"
            throw AppError.badRequest(.knowledgeFieldValueUnknown, ["field": error.field.rawValue, "value": error.value, "allowed": allowed])
        }
    }

    func request() throws -> KnowledgeSearchRequest {
        guard let sort = KnowledgeSearchRequest.Sort(rawValue: sort ?? "relevance") else {
            throw AppError.badRequest(.knowledgeSortInvalid, ["value": self.sort ?? ""])
        }
        var after: KnowledgeCursor?
        if let cursor, !cursor.isEmpty {
            guard let parsed = KnowledgeCursor(token: cursor, sort: sort) else { throw AppError.badRequest(.errorBadCursor) }
            after = parsed
        }
        let limit = limit ?? Self.defaultLimit
        guard (1...Self.maximumLimit).contains(limit) else {
            throw AppError.badRequest(.knowledgeLimitInvalid, ["max": String(Self.maximumLimit)])
        }
        return KnowledgeSearchRequest(query: try query(), sort: sort, after: after, limit: limit)
    }
}
