/// A group of defendants or victims in a case described without names: how
/// many, their sex and age band, and their citizenship. Published decisions
/// are anonymised; the portal keeps only what SHERLOC counts.
public struct PartyGroup: Codable, Sendable, Equatable {
    /// Sex of the people in the group.
    public enum Sex: String, KnowledgeVocabulary {
        case female = "Female", male = "Male", mixed = "Mixed", unknown = "Unknown"
        public static let labelPrefix = "knowledgeSex"
    }

    /// Age band of the people in the group.
    public enum AgeBand: String, KnowledgeVocabulary {
        case adult = "Adult", child = "Child", mixed = "Mixed", unknown = "Unknown"
        public static let labelPrefix = "knowledgeAge"
    }

    public var count: Int
    public var sex: Sex
    public var ageBand: AgeBand
    /// ISO 3166 alpha-3 codes.
    public var citizenship: [String]

    /// Creates a group.
    public init(count: Int, sex: Sex = .unknown, ageBand: AgeBand = .unknown, citizenship: [String] = []) {
        self.count = count
        self.sex = sex
        self.ageBand = ageBand
        self.citizenship = citizenship
    }
}
