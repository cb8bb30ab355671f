/// Something drawn on a page at its final position.
enum PageElement: Sendable, Hashable {
    /// A line of text whose first glyph starts at `x` on the baseline `baseline`.
    case text(LaidOutLine, x: Double, baseline: Double)
    /// A horizontal stroke at height `y`.
    case rule(y: Double, fromX: Double, toX: Double)
}

/// One page of the finished layout, footer included.
struct LaidOutPage: Sendable, Hashable {
    var elements: [PageElement] = []

    /// All text lines of the page in order, for tests.
    var lines: [LaidOutLine] {
        elements.compactMap { element in
            if case .text(let line, _, _) = element { line } else { nil }
        }
    }
}
