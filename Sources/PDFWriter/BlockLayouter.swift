/// Turns each ``PDFBlock`` into line-broken ``LayoutBox``es.
struct BlockLayouter {
    var textWidth: Double

    func boxes(for block: PDFBlock) -> [LayoutBox] {
        switch block {
        case .title(let text):
            return textBox(text, style: .title, keepWithNext: false)
        case .heading(let text):
            return textBox(text, style: .heading, keepWithNext: true)
        case .subheading(let text):
            return textBox(text, style: .subheading, keepWithNext: true)
        case .paragraph(let text):
            return Self.paragraphs(in: text).flatMap { textBox($0, style: .body, keepWithNext: false) }
        case .field(let label, let value):
            return fieldBox(label: label, value: value)
        case .rule:
            return [LayoutBox(content: .rule, spaceBefore: 6, spaceAfter: 8)]
        case .pageBreak:
            return [LayoutBox(content: .pageBreak)]
        }
    }

    /// Splits text at blank lines (lines holding only spaces or tabs count as blank).
    static func paragraphs(in text: String) -> [String] {
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs
    }

    private func textBox(_ text: String, style: TextStyle, keepWithNext: Bool) -> [LayoutBox] {
        let elements = Self.trimmed(GlyphResolver.resolve(text)).map { StyledElement(element: $0, bold: style.bold) }
        guard !elements.isEmpty else { return [] }
        return [box(elements, style: style, keepWithNext: keepWithNext)]
    }

    private func fieldBox(label: String, value: String) -> [LayoutBox] {
        let style = TextStyle.field
        var elements = Self.trimmed(GlyphResolver.resolveSingleLine(label)).map { StyledElement(element: $0, bold: true) }
        if !elements.isEmpty {
            // A full-width colon after a Chinese label, an ASCII one otherwise.
            let chineseLabel = elements.last.map { element -> Bool in
                if case .glyph(let glyph) = element.element { return glyph.family == .chinese }
                return false
            } ?? false
            let colon: TextElement = chineseLabel
                ? .glyph(Glyph(family: .chinese, code: 0xFF1A, scalar: "："))
                : .glyph(Glyph(family: .latin, code: 0x3A, scalar: ":"))
            elements.append(StyledElement(element: colon, bold: true))
            if !chineseLabel { elements.append(StyledElement(element: .space, bold: false)) }
        }
        elements += Self.trimmed(GlyphResolver.resolve(value)).map { StyledElement(element: $0, bold: false) }
        guard !elements.isEmpty else { return [] }
        return [box(elements, style: style, keepWithNext: false)]
    }

    private func box(_ elements: [StyledElement], style: TextStyle, keepWithNext: Bool) -> LayoutBox {
        let breaker = LineBreaker(fontSize: style.fontSize, maxWidth: textWidth, leading: style.leading, gray: style.gray)
        return LayoutBox(
            content: .lines(breaker.lines(for: elements)),
            spaceBefore: style.spaceBefore,
            spaceAfter: style.spaceAfter,
            keepWithNext: keepWithNext
        )
    }

    /// Drops leading and trailing spaces and line breaks, which would only make empty lines.
    static func trimmed(_ elements: [TextElement]) -> [TextElement] {
        let isBlank: (TextElement) -> Bool = { $0 == .space || $0 == .newline || $0 == .zeroWidthBreak }
        guard let first = elements.firstIndex(where: { !isBlank($0) }),
              let last = elements.lastIndex(where: { !isBlank($0) }) else { return [] }
        return Array(elements[first...last])
    }
}
