import CaseModel

/// A court case, a law or a publication in the knowledge portal.
///
/// The fields every database shares (countries, date, the Protocol articles,
/// forms of exploitation, issues, keywords, sources) sit here; what only one
/// kind has sits in `courtCase`, `legislation` or `bibliography`, of which
/// exactly the one matching `type` is set (see `validate`).
public struct KnowledgeRecord: Codable, Sendable, Equatable, MultilingualRecord {
    public var type: KnowledgeRecordType
    /// Jurisdictions (cases, laws) or countries studied (publications), ISO 3166 alpha-3.
    public var countries: [String]
    /// Decision date, date of the law, or publication date; a year alone is enough.
    public var date: PartialDate?
    /// Protocol and Convention articles concerned (cases) or implemented (laws).
    public var articles: [ProtocolArticle]
    public var exploitation: [ExploitationType]
    public var issues: [KnowledgeIssue]
    public var keywords: [String]
    /// References and addresses the record was taken from.
    public var sources: [String]
    /// The same record in each language it exists in; the first is the original.
    public var texts: [KnowledgeText]
    /// Laws and earlier cases this record cites.
    public var citations: [Citation]
    public var courtCase: CourtCaseDetails?
    public var legislation: LegislationDetails?
    public var bibliography: BibliographyDetails?

    /// Creates a record; the details for `type` start empty when not given.
    public init(type: KnowledgeRecordType, countries: [String] = [], date: PartialDate? = nil, articles: [ProtocolArticle] = [],
                exploitation: [ExploitationType] = [], issues: [KnowledgeIssue] = [], keywords: [String] = [], sources: [String] = [],
                texts: [KnowledgeText], citations: [Citation] = [], courtCase: CourtCaseDetails? = nil,
                legislation: LegislationDetails? = nil, bibliography: BibliographyDetails? = nil) {
        self.type = type
        self.countries = countries
        self.date = date
        self.articles = articles
        self.exploitation = exploitation
        self.issues = issues
        self.keywords = keywords
        self.sources = sources
        self.texts = texts
        self.citations = citations
        self.courtCase = courtCase ?? (type == .courtCase ? CourtCaseDetails() : nil)
        self.legislation = legislation ?? (type == .legislation ? LegislationDetails() : nil)
        self.bibliography = bibliography ?? (type == .bibliography ? BibliographyDetails() : nil)
    }
}
