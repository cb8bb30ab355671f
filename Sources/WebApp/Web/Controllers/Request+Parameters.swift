import Foundation
import Vapor

extension Request {
    /// A UUID path parameter; a malformed one is simply a page that does not exist.
    func uuidParameter(_ name: String) throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw AppError.notFound }
        return id
    }

    /// A query value, with empty treated as absent.
    func queryValue(_ name: String) -> String? {
        guard let value = try? query.get(String.self, at: name), !value.isEmpty else { return nil }
        return value
    }

    /// A query value that must be one of a closed list; anything else is a 422 naming the parameter.
    func queryChoice<Choice: RawRepresentable>(_ name: String, as type: Choice.Type = Choice.self) throws -> Choice? where Choice.RawValue == String {
        guard let text = queryValue(name) else { return nil }
        guard let value = Choice(rawValue: text) else { throw AppError.invalid([FieldError(name, .validationChoice)]) }
        return value
    }
}
