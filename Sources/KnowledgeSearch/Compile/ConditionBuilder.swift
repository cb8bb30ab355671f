/// Turns a `QueryNode` tree into a `PlanCondition`, merging as much as possible
/// into single full-text expressions so the database does one index lookup.
struct ConditionBuilder<Syntax: TextSyntax> {
    typealias Text = TextExpression
    typealias Part = ConditionPart

    static func condition(for node: QueryNode) -> PlanCondition {
        condition(of: build(node))
    }

    private static func condition(of part: Part) -> PlanCondition {
        switch part {
        case .text(let t): return .textMatch(t.text)
        case .negatedText(let t): return .not(.textMatch(t.text))
        case .other(let c): return c
        }
    }

    private static func build(_ node: QueryNode) -> Part {
        switch node {
        case .term(let text):
            return Syntax.leaf(normalised: TextNormaliser.normalise(text), isPhrase: false)
        case .phrase(let text):
            return Syntax.leaf(normalised: TextNormaliser.normalise(text), isPhrase: true)
        case .field(let query):
            return .other(.filter(FieldFilter(query)))
        case .not(let child):
            return negate(build(child))
        case .and(let children):
            return buildAnd(buildAll(children))
        case .or(let children):
            return buildOr(buildAll(children))
        }
    }

    // Loops rather than `map(build)`: passing a static method of the generic
    // `Syntax` as a closure would capture its metatype, which Swift 6 flags.
    private static func buildAll(_ nodes: [QueryNode]) -> [Part] {
        var parts: [Part] = []
        for node in nodes { parts.append(build(node)) }
        return parts
    }

    private static func conditions(of parts: [Part]) -> [PlanCondition] {
        var result: [PlanCondition] = []
        for part in parts { result.append(condition(of: part)) }
        return result
    }

    private static func negate(_ part: Part) -> Part {
        switch part {
        case .text(let t):
            if let negated = Syntax.negate(t) { return .text(Text(text: negated, atomic: true)) }
            return .negatedText(t)
        case .negatedText(let t):
            return .text(t)
        case .other(.filter(let f)):
            return .other(.filter(f.inverted))
        case .other(.not(let inner)):
            return .other(inner)
        case .other(let c):
            return .other(.not(c))
        }
    }

    private static func buildAnd(_ parts: [Part]) -> Part {
        var positives: [Text] = []
        var negatives: [Text] = []
        var others: [PlanCondition] = []
        for part in parts {
            switch part {
            case .text(let t): positives.append(t)
            case .negatedText(let t): negatives.append(t)
            case .other(.all(let inner)): others.append(contentsOf: inner)
            case .other(let c): others.append(c)
            }
        }
        var merged: [Part] = []
        // NOT a AND NOT b == NOT (a OR b): one exclusion instead of several.
        let negative: Text? = negatives.isEmpty ? nil
            : negatives.count == 1 ? negatives[0]
            : Text(text: Syntax.or(negatives), atomic: false)
        if !positives.isEmpty {
            var text = positives.count == 1 ? positives[0] : Text(text: Syntax.and(positives), atomic: false)
            if let negative {
                text = Text(text: Syntax.andNot(text, negative), atomic: false)
            }
            merged.append(.text(text))
        } else if let negative {
            merged.append(.negatedText(negative))
        }
        merged.append(contentsOf: others.map { .other($0) })
        if merged.count == 1, let only = merged.first { return only }
        return .other(.all(conditions(of: merged)))
    }

    private static func buildOr(_ parts: [Part]) -> Part {
        var texts: [Text] = []
        var others: [PlanCondition] = []
        for part in parts {
            switch part {
            case .text(let t): texts.append(t)
            case .negatedText(let t): others.append(.not(.textMatch(t.text)))
            case .other(.any(let inner)): others.append(contentsOf: inner)
            case .other(let c): others.append(c)
            }
        }
        others = mergeFilters(others)
        var merged: [Part] = []
        if !texts.isEmpty {
            merged.append(.text(texts.count == 1 ? texts[0] : Text(text: Syntax.or(texts), atomic: false)))
        }
        merged.append(contentsOf: others.map { .other($0) })
        if merged.count == 1, let only = merged.first { return only }
        return .other(.any(conditions(of: merged)))
    }

    /// `country:MEX OR country:GTM` → one filter with values [MEX, GTM].
    private static func mergeFilters(_ conditions: [PlanCondition]) -> [PlanCondition] {
        var result: [PlanCondition] = []
        var indexByField: [String: Int] = [:]
        for condition in conditions {
            guard case .filter(let f) = condition, f.range == nil, !f.negated else {
                result.append(condition)
                continue
            }
            if let index = indexByField[f.field], case .filter(let existing) = result[index] {
                let values = existing.values + f.values.filter { !existing.values.contains($0) }
                result[index] = .filter(FieldFilter(field: f.field, values: values))
            } else {
                indexByField[f.field] = result.count
                result.append(condition)
            }
        }
        return result
    }
}

/// A full-text expression and whether it needs parentheses when combined.
struct TextExpression: Equatable {
    let text: String
    let atomic: Bool

    /// The expression, parenthesised unless it is a single leaf.
    var grouped: String { atomic ? text : "(" + text + ")" }
}

/// An intermediate result of `ConditionBuilder`: full text (possibly negated,
/// for syntaxes without unary NOT) is kept apart so siblings can merge into it.
enum ConditionPart {
    case text(TextExpression)
    case negatedText(TextExpression)
    case other(PlanCondition)
}
