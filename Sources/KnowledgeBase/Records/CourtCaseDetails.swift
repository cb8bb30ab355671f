/// What only a court case has (SHERLOC's case-law fields).
public struct CourtCaseDetails: Codable, Sendable, Equatable {
    /// The court's name, e.g. "Supreme Court of Justice".
    public var court: String
    public var stage: CourtStage?
    public var legalSystem: LegalSystem?
    public var crimes: [CrimeType]
    public var defendants: [PartyGroup]
    public var victims: [PartyGroup]
    /// The charges, as the decision states them.
    public var charges: String
    public var verdict: Verdict?
    /// The sentence, as the decision states it.
    public var sentence: String

    /// Creates case details.
    public init(court: String = "", stage: CourtStage? = nil, legalSystem: LegalSystem? = nil, crimes: [CrimeType] = [],
                defendants: [PartyGroup] = [], victims: [PartyGroup] = [], charges: String = "", verdict: Verdict? = nil, sentence: String = "") {
        self.court = court
        self.stage = stage
        self.legalSystem = legalSystem
        self.crimes = crimes
        self.defendants = defendants
        self.victims = victims
        self.charges = charges
        self.verdict = verdict
        self.sentence = sentence
    }
}

/// What only a law has; its provisions are in each `KnowledgeText`.
public struct LegislationDetails: Codable, Sendable, Equatable {
    public var status: LegislationStatus?

    /// Creates legislation details.
    public init(status: LegislationStatus? = nil) {
        self.status = status
    }
}

/// What only a bibliography entry has.
public struct BibliographyDetails: Codable, Sendable, Equatable {
    public var authors: [String]
    public var publisher: String
    public var publicationType: PublicationType?
    public var researchMethod: ResearchMethod?
    /// Where to read it (http or https).
    public var link: String

    /// Creates bibliography details.
    public init(authors: [String] = [], publisher: String = "", publicationType: PublicationType? = nil, researchMethod: ResearchMethod? = nil, link: String = "") {
        self.authors = authors
        self.publisher = publisher
        self.publicationType = publicationType
        self.researchMethod = researchMethod
        self.link = link
    }
}
