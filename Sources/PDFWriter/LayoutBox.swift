/// A block after line breaking, before it is placed on pages.
struct LayoutBox: Sendable, Hashable {
    enum Content: Sendable, Hashable {
        case lines([LaidOutLine])
        case rule
        case pageBreak
    }

    var content: Content
    var spaceBefore: Double = 0
    var spaceAfter: Double = 0
    /// Headings: must share a page with the first line of what follows.
    var keepWithNext = false

    /// Height of the rule box; the stroke is drawn through its middle.
    static let ruleHeight = 1.0

    /// Height of everything in the box.
    var fullHeight: Double {
        switch content {
        case .lines(let lines): lines.reduce(0) { $0 + $1.height }
        case .rule: Self.ruleHeight
        case .pageBreak: 0
        }
    }

    /// Height of the part that must stay with a preceding heading.
    var firstLineHeight: Double {
        switch content {
        case .lines(let lines): lines.first?.height ?? 0
        case .rule: Self.ruleHeight
        case .pageBreak: 0
        }
    }
}
