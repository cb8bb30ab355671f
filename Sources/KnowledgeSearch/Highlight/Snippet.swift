/// A short excerpt of a document with the query's terms marked.
public struct Snippet: Sendable, Equatable {
    /// A run of snippet text that either is or is not a match.
    public struct Segment: Sendable, Equatable {
        /// The text, taken from the original document (original case and accents).
        public let text: String
        /// Whether this run matched a query term.
        public let isMatch: Bool

        /// Creates a segment.
        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    /// The excerpt in order; `…` marks cut edges and sits in non-match segments.
    public let segments: [Segment]

    /// Creates a snippet from segments (for tests and custom renderers).
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The excerpt as plain text.
    public var text: String {
        segments.map(\.text).joined()
    }

    /// The excerpt as HTML: every segment escaped, matches wrapped in `<mark>`.
    public var html: String {
        segments.map { segment in
            let escaped = HTMLEscaping.escape(segment.text)
            return segment.isMatch ? "<mark>" + escaped + "</mark>" : escaped
        }.joined()
    }

    /// The ellipsis placed where the excerpt cuts the document.
    public static let ellipsis = "…"

    /// Builds a snippet for the positive terms and phrases of `query`.
    ///
    /// - Parameter maxLength: the most document `Character`s shown, not counting
    ///   the ellipses; at least 1.
    public static func make(text: String, query: SearchQuery, maxLength: Int = 200) -> Snippet {
        make(text: text, terms: query.positiveTexts, maxLength: maxLength)
    }

    /// Builds a snippet for explicit terms (each is normalised before matching).
    public static func make(text: String, terms: [String], maxLength: Int = 200) -> Snippet {
        let finder = MatchFinder(text: text)
        let matches = finder.matches(of: terms)
        let window = SnippetWindow.choose(count: finder.characterCount, matches: matches, maxLength: max(1, maxLength), characters: finder.characters(in:))
        // The window's characters, at offsets counted from its start.
        let shown = finder.characters(in: window)
        let first = window.lowerBound

        var builder = SegmentBuilder()
        if window.lowerBound > 0 { builder.append(ellipsis, isMatch: false) }
        var position = window.lowerBound
        for match in matches where match.start >= window.lowerBound && match.end <= window.upperBound {
            builder.append(shown[(position - first)..<(match.start - first)], isMatch: false)
            builder.append(shown[(match.start - first)..<(match.end - first)], isMatch: true)
            position = match.end
        }
        builder.append(shown[(position - first)..<(window.upperBound - first)], isMatch: false)
        if window.upperBound < finder.characterCount { builder.append(ellipsis, isMatch: false) }
        return Snippet(segments: builder.segments)
    }
}

/// Accumulates segments, merging neighbours of the same kind and collapsing
/// whitespace runs (PDF text is full of line breaks) to single spaces.
private struct SegmentBuilder {
    private(set) var segments: [Snippet.Segment] = []

    mutating func append(_ characters: ArraySlice<Character>, isMatch: Bool) {
        var text = ""
        var lastWasSpace = false
        for c in characters {
            // ASCII without a property lookup: a snippet is mostly ASCII.
            if c.asciiValue.map({ $0 == 0x20 || (0x09...0x0D).contains($0) }) ?? c.isWhitespace {
                if !lastWasSpace { text.append(" ") }
                lastWasSpace = true
            } else {
                text.append(c)
                lastWasSpace = false
            }
        }
        append(text, isMatch: isMatch)
    }

    mutating func append(_ text: String, isMatch: Bool) {
        guard !text.isEmpty else { return }
        if let last = segments.last, last.isMatch == isMatch {
            segments[segments.count - 1] = Snippet.Segment(text: last.text + text, isMatch: isMatch)
        } else {
            segments.append(Snippet.Segment(text: text, isMatch: isMatch))
        }
    }
}
