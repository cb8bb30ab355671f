/// What kind of publication a bibliography entry is.
public enum PublicationType: String, KnowledgeVocabulary {
    case book = "Book"
    case journalArticle = "JournalArticle"
    case report = "Report"
    case policyDocument = "PolicyDocument"
    case unDocument = "UNDocument"
    case thesis = "Thesis"
    case other = "Other"
    public static let labelPrefix = "knowledgePublication"
}

/// How the research behind a publication was done.
public enum ResearchMethod: String, KnowledgeVocabulary {
    case qualitative = "Qualitative"
    case quantitative = "Quantitative"
    case mixedMethods = "MixedMethods"
    case legalAnalysis = "LegalAnalysis"
    case literatureReview = "LiteratureReview"
    case other = "Other"
    public static let labelPrefix = "knowledgeMethod"
}
