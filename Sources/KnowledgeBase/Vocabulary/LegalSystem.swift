/// The legal tradition of the jurisdiction, which shapes how a decision reads.
public enum LegalSystem: String, KnowledgeVocabulary {
    case commonLaw = "CommonLaw"
    case civilLaw = "CivilLaw"
    case mixed = "Mixed"
    case customary = "Customary"
    case religious = "Religious"
    public static let labelPrefix = "knowledgeLegalSystem"
}
