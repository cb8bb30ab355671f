import CaseModel

/// One CTDC record in HTCDS terms, whatever the layout it came from.
///
/// Optional fields are `nil` when the file holds no information (a blank,
/// `-99`, `Unknown`, `00`, or a column the layout lacks). Multi-select
/// fields are ``MappedSet``s, which keep merged CTDC categories apart from
/// exact codes. docs/ctdc-crosswalk.md gives every column's mapping.
public struct CTDCRecord: Sendable, Hashable {
    /// The layout of the file the record came from.
    public var layout: CTDCLayout
    /// The data row (``CSVRow/number``) it was read from.
    public var row: Int

    /// Year of registration; a range in the Victim–Perpetrator file (`2014-2018`).
    public var registrationYears: NumberBand?
    /// `Datasource` (2017 layout only).
    public var dataSource: CTDCDataSource?

    /// `nil` when unknown, and for CTDC's merged transgender/non-conforming
    /// category, which ``mergedGender`` then holds.
    public var gender: Gender?
    /// CTDC 2024's "Trans/Transgender/NonConforming": one of three HTCDS values, not said which.
    public var mergedGender: MergedCodes<Gender>?

    /// `ageBroad`: age at registration or identification.
    public var ageBand: NumberBand?
    /// From `majorityStatus`, or from ``ageBand`` when the file has no majority status.
    public var ageGroup: AgeGroup = .unknown
    /// `majorityStatusAtExploit`: age group when the exploitation began.
    public var ageGroupAtExploitation: AgeGroup = .unknown
    /// `majorityEntry` (2017 dictionary, not defined further there).
    public var ageGroupAtEntry: AgeGroup = .unknown

    /// `citizenship`. For RecollectiV records CTDC puts the country of origin here.
    public var citizenship: Country?
    /// `UN_COO_Region` (Victim–Perpetrator file): region of the country of origin.
    public var originRegion: CTDCRegion?
    /// `CountryOfExploitation`; for IOM records in the synthetic files a proxy
    /// (last country of exploitation, or where the person was interviewed or registered).
    public var countryOfExploitation: Country?
    /// `UN_COE_Region` (Victim–Perpetrator file).
    public var exploitationRegion: CTDCRegion?

    /// `is*` flags (`vic_TypeOfExploitation`).
    public var exploitationTypes: MappedSet<ExploitationType>?
    /// `meansOfControl*` / `means*` flags (`vic_MethodsOfControl`).
    public var controlMethods: MappedSet<ControlMethod>?
    /// `typeOfLabour*` / `sectorOfLabour*` as ISIC Rev.4 sections.
    public var forcedLabourIndustries: MappedSet<ForcedLabourIndustry>?
    /// `typeOfSex*` / `sectorOfSex*` flags (`vic_TypeOfSexExploitation`).
    public var sexualExploitationTypes: MappedSet<SexualExploitationType>?
    /// `RecruiterRelationship` and `recruiterRelation*` flags (`vic_RelationshipToTrafficker`).
    public var recruiterRelationships: MappedSet<RelationshipToTrafficker>?
    /// `isAbduction`.
    public var abduction: Bool?
    /// `traffickMonths`: `0--12`, `13--24`, `25+`.
    public var traffickingMonths: NumberBand?

    /// The Victim–Perpetrator file's perpetrator columns; `nil` for other layouts.
    public var perpetrators: CTDCPerpetrators?

    /// An empty record: every field unknown.
    public init(layout: CTDCLayout, row: Int) {
        self.layout = layout
        self.row = row
    }
}

/// A mapped record with the issues met while mapping it.
public struct CTDCMappedRow: Sendable, Hashable {
    /// The record; always present, however many issues.
    public let record: CTDCRecord
    /// What could not be carried over, in column order.
    public let issues: [CTDCIssue]
}
