/// How far up the court system a decision was taken (SHERLOC's "court level").
public enum CourtStage: String, KnowledgeVocabulary {
    case firstInstance = "FirstInstance"
    case appeal = "Appeal"
    /// A supreme or cassation court, the last word.
    case finalAppeal = "FinalAppeal"
    case other = "Other"
    public static let labelPrefix = "knowledgeStage"
}
