extension InvertedIndex {
    /// A query as this index runs it.
    public struct Plan: Sendable {
        indirect enum Node: Sendable {
            case term(Int32)
            /// A word whose stem no record has.
            case nothing
            case filter(FieldFilter)
            case all([Node])
            case any([Node])
            case not(Node)
        }

        /// SQLite's MATCH expression with its phrases as terms: what `bm25()` scores.
        indirect enum Ranked: Sendable {
            case term(Int32)
            case nothing
            case all([Ranked])
            case any([Ranked])
            /// `left NOT right`.
            case not(Ranked, Ranked)
        }

        let root: Node
        let ranked: Ranked?
    }

    /// The words of `query` that no record has, whose stems `plan(_:stems:)`
    /// needs from the database (`passport` when only `passports` is indexed).
    public func unknownTokens(_ query: SearchQuery) -> [String] {
        var tokens: [String] = []
        for text in Self.words(query.root) {
            let normalised = TextNormaliser.normalise(text)
            guard !IndexText.needsSubstringSearch(normalised) else { continue }
            let words = Tokenizer.tokens(normalised: IndexText.make(normalised))
            if words.count == 1, termOfToken[words[0]] == nil { tokens.append(words[0]) }
        }
        return tokens
    }

    /// The plan for `query`, or `nil` when the database must answer it.
    ///
    /// This index holds no positions, so it answers queries of single words,
    /// field filters and `AND`, `OR` and `NOT` among them: the shape of
    /// nearly every query typed into the portal. A phrase of several words, a
    /// term of Chinese (a phrase of bigrams), a lone Chinese character (a
    /// substring test), a word without a stem in `stems` that no record has,
    /// and an `OR` mixing words with filters are left to the database.
    ///
    /// - Parameter stems: the database's stems of `unknownTokens(query)`.
    public func plan(_ query: SearchQuery, stems: [String: String?] = [:]) -> Plan? {
        let compiled = FTS5Compiler.compile(query)
        // Words under an OR with a filter stay outside SQLite's ranked MATCH; the database ranks those.
        guard !compiled.residual.contains(where: \.usesText), compiled.shortTerms.isEmpty, let root = node(query.root, stems) else { return nil }
        guard let match = compiled.match else { return Plan(root: root, ranked: nil) }
        guard let expression = MatchExpression.parse(match), let ranked = ranked(expression, stems) else { return nil }
        return Plan(root: root, ranked: ranked)
    }

    private func ranked(_ expression: MatchExpression, _ stems: [String: String?]) -> Plan.Ranked? {
        func all(_ children: [MatchExpression]) -> [Plan.Ranked]? {
            var result: [Plan.Ranked] = []
            for child in children {
                guard let ranked = ranked(child, stems) else { return nil }
                result.append(ranked)
            }
            return result
        }
        switch expression {
        case .phrase(let text):
            switch term(ofIndexText: text, stems) {
            case .term(let term)?: return .term(term)
            case .nothing?: return .nothing
            default: return nil
            }
        case .and(let children): return all(children).map { .all($0) }
        case .or(let children): return all(children).map { .any($0) }
        case .not(let left, let right):
            guard let left = ranked(left, stems), let right = ranked(right, stems) else { return nil }
            return .not(left, right)
        }
    }

    private func node(_ query: QueryNode, _ stems: [String: String?]) -> Plan.Node? {
        switch query {
        case .term(let text), .phrase(let text):
            let normalised = TextNormaliser.normalise(text)
            guard !IndexText.needsSubstringSearch(normalised) else { return nil }
            return term(ofIndexText: IndexText.make(normalised), stems)
        case .field(let field):
            return .filter(FieldFilter(field))
        case .and(let children), .or(let children):
            var nodes: [Plan.Node] = []
            for child in children {
                guard let node = node(child, stems) else { return nil }
                nodes.append(node)
            }
            if case .and = query { return .all(nodes) }
            return .any(nodes)
        case .not(let child):
            return node(child, stems).map { .not($0) }
        }
    }

    /// The term of indexed text that is exactly one token, known or stemmed
    /// by `stems`; `.nothing` when its stem is in no record.
    private func term(ofIndexText text: String, _ stems: [String: String?]) -> Plan.Node? {
        let tokens = Tokenizer.tokens(normalised: text)
        guard tokens.count == 1 else { return nil }
        if let term = termOfToken[tokens[0]] { return .term(term) }
        guard let stem = stems[tokens[0]], let stem else { return nil }
        return termOfStem[stem].map { .term($0) } ?? .nothing
    }

    /// The text of the terms and phrases of a query, wherever they stand.
    static func words(_ node: QueryNode) -> [String] {
        switch node {
        case .term(let text), .phrase(let text): [text]
        case .field: []
        case .and(let children), .or(let children): children.flatMap(words)
        case .not(let child): words(child)
        }
    }
}
