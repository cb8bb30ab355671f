import Foundation

/// A record cited by another: the law (and article) a case applies, or an
/// earlier case it relies on.
public struct Citation: Codable, Sendable, Equatable, Hashable {
    /// The cited record.
    public var record: UUID
    /// The cited article of a law, as the law numbers it; empty for the whole record.
    public var article: String

    /// Creates a citation.
    public init(record: UUID, article: String = "") {
        self.record = record
        self.article = article
    }
}
