/// The three databases of the portal.
public enum KnowledgeRecordType: String, KnowledgeVocabulary {
    /// A court decision.
    case courtCase = "case"
    /// A law, with its articles.
    case legislation = "legislation"
    /// A book, article, report or policy document.
    case bibliography = "bibliography"
    public static let labelPrefix = "knowledgeType"
}
