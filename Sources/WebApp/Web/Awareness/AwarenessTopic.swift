import Localization

/// One awareness page as data: its address, title, summary and sections. The
/// words are text keys (the catalogues hold both languages); the pages only
/// lay this out, so the content can be read, reviewed and tested without HTML.
struct AwarenessTopic: Sendable {
    /// The last part of the address: `/learn/<slug>`; empty for `/learn` itself.
    let slug: String
    let title: TextKey
    /// One or two plain sentences under the title (also the page's description).
    let summary: TextKey
    let sections: [AwarenessSection]

    var path: String { slug.isEmpty ? "/learn" : "/learn/\(slug)" }

    /// Every quotation on the page, in order.
    var quotes: [(text: TextKey, citation: AwarenessCitation)] {
        sections.flatMap(\.blocks).compactMap { block in
            if case .quote(let text, let citation) = block { return (text: text, citation: citation) }
            return nil
        }
    }

    /// The documents the page cites, in the order of `AwarenessDocument`.
    var documents: [AwarenessDocument] {
        var cited = Set(quotes.map { $0.citation.document })
        for case .points(let points) in sections.flatMap(\.blocks) { cited.formUnion(points.compactMap(\.source?.document)) }
        return AwarenessDocument.allCases.filter(cited.contains)
    }
}

struct AwarenessSection: Sendable {
    let heading: TextKey
    let blocks: [AwarenessBlock]
}

enum AwarenessBlock: Sendable {
    /// Our own plain words.
    case paragraph(TextKey)
    /// A list of short signs or tips, each with the passage it rests on, if any.
    case points([AwarenessPoint])
    /// A passage of a UN document: official Chinese wording, our English rendering.
    case quote(TextKey, AwarenessCitation)
}

struct AwarenessPoint: Sendable {
    let text: TextKey
    let source: AwarenessCitation?

    init(_ text: TextKey, _ source: AwarenessCitation? = nil) {
        self.text = text
        self.source = source
    }
}
