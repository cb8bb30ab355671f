import FluentKit
import Foundation

/// A perpetrator reaching a criminal-justice stage: brought into formal contact with the police
/// (suspected, arrested, cautioned), prosecuted or convicted, on a date, under a criminal-code
/// article. GLOTIP counts persons at each stage by the year they reached it.
public final class JusticeStageModel: Model, @unchecked Sendable {
    public static let schema = "justice_stages"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "case_id") public var caseFile: CaseFileModel
    @Parent(key: "perpetrator_id") public var perpetrator: PerpetratorModel
    /// A `JusticeStage` value.
    @Field(key: "stage") public var stage: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    @Field(key: "reached_on") public var reachedOn: String
    /// The article of the national criminal code (e.g. "Art. 165"): not personal data.
    @OptionalField(key: "article") public var article: String?
    @OptionalField(key: "recorded_by") public var recordedBy: UUID?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(id: UUID = .timeOrdered(), caseID: UUID, perpetratorID: UUID, stage: String, reachedOn: String, article: String?, recordedBy: UUID?) {
        self.id = id
        self.$caseFile.id = caseID
        self.$perpetrator.id = perpetratorID
        self.stage = stage
        self.reachedOn = reachedOn
        self.article = article
        self.recordedBy = recordedBy
    }
}
