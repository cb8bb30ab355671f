import CaseModel

/// The words of a record in one language. A record holds one of these per
/// language it is available in; the first is the original.
public struct KnowledgeText: Codable, Sendable, Equatable {
    /// The language of this version.
    public var language: LanguageCode
    /// The case name, the law's title or the publication's title.
    public var title: String
    /// The facts of a case, a law's scope or a publication's synopsis.
    public var summary: String
    /// Commentary and significant features (cases); notes (others).
    public var commentary: String
    /// The full text: a decision, a law or a publication, typed in or
    /// extracted from an attached file.
    public var body: String
    /// Article-level provisions of a law.
    public var provisions: [Provision]

    /// Creates a version.
    public init(language: LanguageCode, title: String, summary: String = "", commentary: String = "", body: String = "", provisions: [Provision] = []) {
        self.language = language
        self.title = title
        self.summary = summary
        self.commentary = commentary
        self.body = body
        self.provisions = provisions
    }
}

/// One article of a law, so cases can cite it and the portal can link to it.
public struct Provision: Codable, Sendable, Equatable {
    /// The article's number as the law writes it, e.g. `5` or `188-A`.
    public var article: String
    /// Its heading, if the law gives one.
    public var heading: String
    /// Its text.
    public var text: String

    /// Creates a provision.
    public init(article: String, heading: String = "", text: String = "") {
        self.article = article
        self.heading = heading
        self.text = text
    }
}
