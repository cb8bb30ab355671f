import FluentKit

/// Rows built (and encrypted) before they reach the write queue, which the
/// ``AuditLogWriter`` may merge with other values of the same type queued
/// alongside: a batch of them goes in as one multi-row statement per table
/// instead of one statement (and one savepoint) per change.
public protocol MergeableInsert: Sendable {
    /// Adds `other`'s rows to these.
    mutating func append(_ other: Self)
    /// Inserts every row, parents before children.
    func insert(on database: any Database) async throws
}

extension MergeableInsert {
    /// These rows followed by `others`, which are of the same type (the writer groups them by type).
    func merged(with others: [any MergeableInsert]) -> Self {
        var all = self
        for other in others {
            guard let same = other as? Self else { preconditionFailure("merged \(type(of: other)) into \(Self.self)") }
            all.append(same)
        }
        return all
    }
}
