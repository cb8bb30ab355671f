/// Whether a law is the law today.
public enum LegislationStatus: String, KnowledgeVocabulary {
    case inForce = "InForce"
    case amended = "Amended"
    case repealed = "Repealed"
    case draft = "Draft"
    public static let labelPrefix = "knowledgeLawStatus"
}
