/// Builds the footer line of each page: document title on the left, "page N / M" on the right.
///
/// The footer is added after pagination because only then is M known.
struct FooterBuilder {
    var geometry: PageGeometry
    var title: String

    /// Gap kept between the title and the page number.
    private let gutter = 12.0

    func footer(page number: Int, of total: Int) -> [PageElement] {
        let style = TextStyle.footer
        let pageLabel = line(GlyphResolver.resolveSingleLine("page \(number) / \(total)"), style: style)
        let available = geometry.textWidth - pageLabel.width - gutter
        let titleLine = line(truncated(BlockLayouter.trimmed(GlyphResolver.resolveSingleLine(title)), to: available), style: style)
        var elements: [PageElement] = []
        if titleLine.width > 0 {
            elements.append(.text(titleLine, x: geometry.marginLeft, baseline: geometry.footerBaseline))
        }
        let right = geometry.marginLeft + geometry.textWidth - pageLabel.width
        elements.append(.text(pageLabel, x: right, baseline: geometry.footerBaseline))
        return elements
    }

    private func line(_ elements: [TextElement], style: TextStyle) -> LaidOutLine {
        let glyphs = elements.compactMap { element -> StyledGlyph? in
            switch element {
            case .glyph(let glyph): StyledGlyph(glyph: glyph, bold: style.bold)
            case .space: StyledGlyph(glyph: .space, bold: style.bold)
            default: nil
            }
        }
        return LaidOutLine(glyphs: glyphs, fontSize: style.fontSize, leading: style.leading, gray: style.gray)
    }

    /// Shortens a long title with "…" so it never runs into the page number.
    private func truncated(_ elements: [TextElement], to width: Double) -> [TextElement] {
        let style = TextStyle.footer
        if line(elements, style: style).width <= width { return elements }
        let ellipsis = TextElement.glyph(Glyph(family: .latin, code: 0x85, scalar: "…"))
        let ellipsisWidth = line([ellipsis], style: style).width
        var used = 0.0
        var kept: [TextElement] = []
        for element in elements {
            let advance = line([element], style: style).width
            if used + advance + ellipsisWidth > width { break }
            used += advance
            kept.append(element)
        }
        while kept.last == .space { kept.removeLast() }
        return kept + [ellipsis]
    }
}
