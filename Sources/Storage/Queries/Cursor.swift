import Foundation

/// An opaque position in a list sorted by (key, id): keyset pagination, which
/// stays correct and fast while rows are added, unlike page numbers and offsets.
public struct Cursor: Hashable, Sendable {
    public var key: String
    public var id: String

    public init(key: String, id: String) {
        self.key = key
        self.id = id
    }

    /// The cursor as a URL-safe token.
    public var token: String {
        Data("\(key)\u{1F}\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Reads a token made by ``token``.
    /// - Throws: ``CursorError/invalid`` when the token was not made by Libertas.
    public init(token: String) throws {
        var base64 = token.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard token.count <= 1_024,
              let data = Data(base64Encoded: base64),
              let text = String(data: data, encoding: .utf8)
        else { throw CursorError.invalid }
        let parts = text.split(separator: "\u{1F}", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].isEmpty else { throw CursorError.invalid }
        key = String(parts[0])
        id = String(parts[1])
    }

    /// Reads an optional token; an absent or empty one means the first page.
    public static func parse(_ token: String?) throws -> Cursor? {
        guard let token, !token.isEmpty else { return nil }
        return try Cursor(token: token)
    }
}

public enum CursorError: Error, Equatable {
    case invalid
}
