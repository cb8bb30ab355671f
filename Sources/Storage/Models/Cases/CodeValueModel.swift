import FluentKit
import Foundation

/// One value of a multi-select field of a victim or perpetrator, e.g.
/// (`vic_TypeOfExploitation`, `ForcedLabour`).
///
/// One row per value, not a comma string, so statistics count by each value
/// in SQL with a plain `GROUP BY value`, indexed on (field, value).
public final class CodeValueModel: Model, @unchecked Sendable {
    public static let schema = "code_values"

    @ID(key: .id) public var id: UUID?
    /// The victim or perpetrator the value belongs to.
    @Field(key: "owner_id") public var ownerID: UUID
    /// The HTCDS field name.
    @Field(key: "field") public var field: String
    @Field(key: "value") public var value: String

    public init() {}

    public init(ownerID: UUID, field: String, value: String) {
        self.id = .timeOrdered()
        self.ownerID = ownerID
        self.field = field
        self.value = value
    }
}
