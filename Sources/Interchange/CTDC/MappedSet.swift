/// A multi-select answer translated from another data set's categories into
/// HTCDS codes, keeping apart what the source states exactly from what it
/// only states in merged or foreign categories.
///
/// `nil` in place of a `MappedSet` means the source holds no information on
/// the question; an empty set means it says "none of these".
public struct MappedSet<Code: Hashable & Sendable>: Hashable, Sendable {
    /// Codes the source states one by one.
    public var codes: Set<Code>
    /// Source categories that merge several codes: each one means at least one
    /// of its candidates applies, without saying which.
    public var merged: Set<MergedCodes<Code>>
    /// Source categories with no HTCDS equivalent, by source name (for
    /// example `meansOfControlRestrictsMovement`).
    public var unmapped: Set<String>

    /// A set from its parts; the default is "none of these".
    public init(codes: Set<Code> = [], merged: Set<MergedCodes<Code>> = [], unmapped: Set<String> = []) {
        self.codes = codes
        self.merged = merged
        self.unmapped = unmapped
    }

    /// Every code that may apply: the stated codes and all merged candidates.
    /// Use it for "mentions" filters; count ``codes`` for exact statistics.
    public var possibleCodes: Set<Code> {
        merged.reduce(into: codes) { $0.formUnion($1.candidates) }
    }

    /// Whether the source said nothing applies.
    public var isEmpty: Bool { codes.isEmpty && merged.isEmpty && unmapped.isEmpty }
}

/// A source category that covers several HTCDS codes.
public struct MergedCodes<Code: Hashable & Sendable>: Hashable, Sendable {
    /// The source's name for the category (a column or a value).
    public let source: String
    /// The HTCDS codes it covers.
    public let candidates: Set<Code>
    /// What else it covers that HTCDS cannot express (CTDC's
    /// `meansDenyBasicNeeds` also covers restricted movement); when not empty,
    /// the category may hold none of ``candidates``.
    public let alsoCovers: Set<String>

    /// A merged category and what it covers.
    public init(source: String, candidates: Set<Code>, alsoCovers: Set<String> = []) {
        self.source = source
        self.candidates = candidates
        self.alsoCovers = alsoCovers
    }
}
