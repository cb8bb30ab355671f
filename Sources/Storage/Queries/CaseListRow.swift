import Foundation

/// A case as a list shows it: the few columns of `cases` a list needs, read as
/// a plain row.
///
/// A list page used to decode whole `CaseFileModel`s; Fluent's per-field
/// reflection took a sixth of the server's CPU under load, more than the
/// SQL itself.
public struct CaseListRow: Sendable, Decodable, Equatable {
    public var id: UUID
    public var reference: String
    public var organisationID: UUID
    public var createdBy: UUID?
    public var assignedTo: UUID?
    /// `YYYY-MM-DD`.
    public var openedOn: String
    /// A `CaseStatus` value.
    public var status: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, reference, status
        case organisationID = "organisation_id"
        case createdBy = "created_by"
        case assignedTo = "assigned_to"
        case openedOn = "opened_on"
    }

    static let columnList = CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
}
