import FluentKit
import Foundation

/// One figure of the UNODC GLOTIP export, imported so national figures can be shown beside the
/// published ones. Columns follow the export; `citizenship_code` is the ISO code (or NATIONALS,
/// UNKNOWN, OTHER, REGION:…) that the export's free-text citizenship label maps to.
public final class GLOTIPFigureModel: Model, @unchecked Sendable {
    public static let schema = "glotip_figures"

    @ID(key: .id) public var id: UUID?
    @Field(key: "iso3") public var iso3: String
    @Field(key: "country") public var country: String
    @Field(key: "region") public var region: String
    @Field(key: "subregion") public var subregion: String
    @Field(key: "indicator") public var indicator: String
    @Field(key: "dimension") public var dimension: String
    @Field(key: "category") public var category: String
    @OptionalField(key: "citizenship_code") public var citizenshipCode: String?
    @Field(key: "sex") public var sex: String
    @Field(key: "age") public var age: String
    @Field(key: "year") public var year: Int
    /// The count; `nil` when UNODC withheld it (`<5`).
    @OptionalField(key: "value") public var value: Int?
    @Field(key: "source") public var source: String
    /// The row number in the imported file, so a figure can be traced back.
    @Field(key: "source_row") public var sourceRow: Int
    @Timestamp(key: "imported_at", on: .create) public var importedAt: Date?

    public init() {}
}
