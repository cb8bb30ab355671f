/// Typography of one kind of block.
struct TextStyle: Sendable, Hashable {
    var fontSize: Double
    var bold: Bool
    /// Line pitch as a multiple of the font size. Chinese needs more air than Latin; 1.45
    /// suits both in one paragraph.
    var leading: Double
    /// Space above the block, merged with the previous block's `spaceAfter` (the larger wins).
    var spaceBefore: Double
    var spaceAfter: Double
    /// Fill gray, 0 = black.
    var gray: Double = 0

    static let title = TextStyle(fontSize: 20, bold: true, leading: 1.25, spaceBefore: 0, spaceAfter: 12)
    static let heading = TextStyle(fontSize: 14, bold: true, leading: 1.3, spaceBefore: 16, spaceAfter: 6)
    static let subheading = TextStyle(fontSize: 12, bold: true, leading: 1.3, spaceBefore: 10, spaceAfter: 4)
    static let body = TextStyle(fontSize: 10.5, bold: false, leading: 1.45, spaceBefore: 0, spaceAfter: 7)
    static let field = TextStyle(fontSize: 10.5, bold: false, leading: 1.45, spaceBefore: 0, spaceAfter: 3)
    static let footer = TextStyle(fontSize: 8, bold: false, leading: 1.2, spaceBefore: 0, spaceAfter: 0, gray: 0.35)
}
