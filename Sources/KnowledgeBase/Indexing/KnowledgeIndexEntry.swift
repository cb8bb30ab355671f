import CaseModel
import KnowledgeSearch

/// What the search index holds for one published record: its normalised text,
/// its facet values and its sort keys. Storage writes these rows; it never
/// decides what is searchable.
public struct KnowledgeIndexEntry: Sendable, Equatable {
    /// One row of the facet table: a field and one of the record's values.
    public struct FacetValue: Sendable, Equatable, Hashable {
        public let field: KnowledgeField
        public let value: String
        /// The value as a number, for range filters (`year:2015..2020`).
        public let number: Int?
    }

    /// `TextNormaliser.normalise` of every text of the record, in every language.
    public let text: String
    public let facets: [FacetValue]
    /// Year of the record's date, if any.
    public let year: Int?
    /// `YYYY-MM-DD` with unknown parts as `00`, so string order is date order;
    /// empty when the record has no date (such records sort last).
    public let sortDate: String

    /// The entry for `record`.
    public init(_ record: KnowledgeRecord) {
        self.text = TextNormaliser.normalise(Self.searchableText(of: record))
        self.year = record.date?.year
        if let date = record.date {
            func pad(_ value: Int?, _ width: Int) -> String {
                let digits = String(value ?? 0)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            self.sortDate = "\(pad(date.year, 4))-\(pad(date.month, 2))-\(pad(date.day, 2))"
        } else {
            self.sortDate = ""
        }
        self.facets = Self.facetValues(of: record)
    }

    /// Every text a reader could search for, one paragraph per part.
    static func searchableText(of record: KnowledgeRecord) -> String {
        var parts: [String] = []
        for text in record.texts {
            parts += [text.title, text.summary, text.commentary]
            for provision in text.provisions { parts += [provision.article, provision.heading, provision.text] }
            parts.append(text.body)
        }
        parts += record.keywords
        if let details = record.courtCase { parts += [details.court, details.charges, details.sentence] }
        if let details = record.bibliography { parts += details.authors + [details.publisher] }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    static func facetValues(of record: KnowledgeRecord) -> [FacetValue] {
        var values: [FacetValue] = []
        func add(_ field: KnowledgeField, _ value: String, number: Int? = nil) {
            let entry = FacetValue(field: field, value: value, number: number)
            if !values.contains(entry) { values.append(entry) }
        }
        add(.type, record.type.rawValue)
        for country in record.countries { add(.country, country) }
        if let year = record.date?.year { add(.year, String(year), number: year) }
        for article in record.articles { add(.article, article.rawValue) }
        for form in record.exploitation { add(.exploitation, form.rawValue) }
        for issue in record.issues { add(.issue, issue.rawValue) }
        for language in record.languages { add(.language, language.alpha3) }
        if let details = record.courtCase {
            for crime in details.crimes { add(.crime, crime.rawValue) }
            if let stage = details.stage { add(.stage, stage.rawValue) }
            if let verdict = details.verdict { add(.verdict, verdict.rawValue) }
            if !details.court.isEmpty { add(.court, details.court) }
        }
        return values
    }
}

extension KnowledgeRecord {
    /// The record as `SimilarityIndex` compares it: what the case is about
    /// (titles, facts, commentary, keywords in every language) and its facets.
    /// Full texts are left out: their procedural boilerplate makes every
    /// decision look like every other.
    public func similarityDocument(id: String) -> SimilarityDocument {
        var parts: [String] = []
        for text in texts { parts += [text.title, text.summary, text.commentary] }
        parts += keywords
        var facets: [String: Set<String>] = [
            "country": Set(countries),
            "article": Set(articles.map(\.rawValue)),
            "exploitation": Set(exploitation.map(\.rawValue)),
            "issue": Set(issues.map(\.rawValue)),
        ]
        if let details = courtCase {
            facets["crime"] = Set(details.crimes.map(\.rawValue))
            facets["verdict"] = details.verdict.map { [$0.rawValue] } ?? []
        }
        return SimilarityDocument(id: id, text: parts.joined(separator: "\n"), facets: facets)
    }
}
