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
}
