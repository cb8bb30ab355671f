import CaseModel

/// What a list of search results shows of a record: its type, countries, date
/// and texts (the titles, and the words snippets are cut from).
///
/// Decoded from a stored `KnowledgeRecord`'s JSON, whose other fields it
/// skips: vocabularies, citations and the details of a case, law or
/// publication. That halves the decoding, the largest cost of a page of
/// twenty results nobody had asked for before.
public struct KnowledgeListing: Decodable, Sendable, Equatable, MultilingualRecord {
    public var type: KnowledgeRecordType
    /// Jurisdictions or countries studied, ISO 3166 alpha-3.
    public var countries: [String]
    public var date: PartialDate?
    public var texts: [KnowledgeText]

    /// The listing of a whole record.
    public init(_ record: KnowledgeRecord) {
        type = record.type
        countries = record.countries
        date = record.date
        texts = record.texts
    }
}
