/// The outcome of a court case for its defendants taken together.
public enum Verdict: String, KnowledgeVocabulary {
    case convicted = "Convicted"
    case acquitted = "Acquitted"
    /// Some defendants or charges convicted, others not.
    case partlyConvicted = "PartlyConvicted"
    case dismissed = "Dismissed"
    case pending = "Pending"
    public static let labelPrefix = "knowledgeVerdict"
}
