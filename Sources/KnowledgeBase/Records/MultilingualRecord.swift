import CaseModel
import KnowledgeSearch

/// A record held in several languages: what a whole `KnowledgeRecord` and the
/// `KnowledgeListing` of a search result share, so both pick a reader's text,
/// title and snippet the same way.
public protocol MultilingualRecord {
    /// The same record in each language it exists in; the first is the original.
    var texts: [KnowledgeText] { get }
}

extension MultilingualRecord {
    /// The languages the record is available in, original first.
    public var languages: [LanguageCode] { texts.map(\.language) }

    /// The version to show a reader of `language`: that language if the record
    /// has it, otherwise the original.
    public func text(for language: LanguageCode?) -> KnowledgeText? {
        if let language, let match = texts.first(where: { $0.language == language }) { return match }
        return texts.first
    }

    /// The record's title for a reader of `language`.
    public func title(for language: LanguageCode?) -> String {
        text(for: language)?.title ?? ""
    }

    /// A snippet for a reader of `language`: from the first text (theirs first,
    /// then the others) where the query matches, else the start of theirs.
    public func snippet(for query: SearchQuery, language: LanguageCode?, maxLength: Int = 240) -> Snippet {
        var ordered = texts
        if let preferred = text(for: language), let index = ordered.firstIndex(of: preferred) {
            ordered.insert(ordered.remove(at: index), at: 0)
        }
        func source(_ text: KnowledgeText) -> String {
            ([text.summary, text.commentary] + text.provisions.map(\.text) + [text.body]).filter { !$0.isEmpty }.joined(separator: "\n")
        }
        var first: Snippet?
        for text in ordered {
            let snippet = Snippet.make(text: source(text), query: query, maxLength: maxLength)
            if snippet.segments.contains(where: \.isMatch) { return snippet }
            if first == nil { first = snippet }
        }
        return first ?? Snippet(segments: [])
    }
}
