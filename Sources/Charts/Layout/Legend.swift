/// A legend laid out in rows that wrap to the chart's width, placed below the drawing so it never
/// hides data (a corner box would cover markers on some routes).
struct Legend {
    /// One entry: a swatch drawn by `swatch(x, y)` in a `swatchWidth` × 14 box, then the label.
    struct Item {
        var label: String
        var swatchWidth: Double = 14
        var swatch: (Double, Double) -> [SVGNode]
    }

    var title: String?
    var items: [Item]

    static let fontSize = 12.0
    static let rowHeight = 20.0
    static let padding = 8.0
    private static let gap = 16.0

    /// Items with an empty label are left out: the caller gave no text for them, and a swatch
    /// without words explains nothing.
    private var shownItems: [Item] { items.filter { !$0.label.isEmpty } }

    /// Whether there is anything to draw.
    var isEmpty: Bool { shownItems.isEmpty }

    /// The rows the legend needs at `width`, each a list of (x offset, entry).
    private func layout(width: Double) -> [[(Double, Entry)]] {
        var entries: [Entry] = []
        if let title, !title.isEmpty { entries.append(.title(title)) }
        entries += shownItems.map(Entry.item)
        var rows: [[(Double, Entry)]] = [[]]
        var x = 0.0
        let available = width - 2 * Self.padding
        for entry in entries {
            let entryWidth = min(entry.width, available)
            if x > 0, x + entryWidth > available {
                rows.append([])
                x = 0
            }
            rows[rows.count - 1].append((x, entry))
            x += entryWidth + Self.gap
        }
        return rows
    }

    /// Height needed at `width`, padding included; zero when empty.
    func height(width: Double) -> Double {
        isEmpty ? 0 : Double(layout(width: width).count) * Self.rowHeight + 2 * Self.padding
    }

    /// The legend as a group whose top-left corner is (`x`, `y`).
    func render(x: Double, y: Double, width: Double) -> SVGNode {
        var children: [SVGNode] = []
        let available = width - 2 * Self.padding
        for (rowIndex, row) in layout(width: width).enumerated() {
            let top = y + Self.padding + Double(rowIndex) * Self.rowHeight
            for (offset, entry) in row {
                let left = x + Self.padding + offset
                switch entry {
                case .title(let title):
                    children.append(SVGElement("text", [
                        SVGAttribute("x", left), SVGAttribute("y", top + 14),
                        SVGAttribute("font-size", Self.fontSize), SVGAttribute("font-weight", "bold"), SVGAttribute("fill", Palette.ink),
                    ], text: TextWidth.truncate(title, toFit: available, fontSize: Self.fontSize)).node)
                case .item(let item):
                    children += item.swatch(left, top + 3)
                    let textWidth = available - item.swatchWidth - 6
                    children.append(SVGElement("text", [
                        SVGAttribute("x", left + item.swatchWidth + 6), SVGAttribute("y", top + 14),
                        SVGAttribute("font-size", Self.fontSize), SVGAttribute("fill", Palette.ink),
                    ], text: TextWidth.truncate(item.label, toFit: textWidth, fontSize: Self.fontSize)).node)
                }
            }
        }
        return SVGElement("g", [SVGAttribute("class", "legend")], children: children).node
    }

    private enum Entry {
        case title(String)
        case item(Item)

        var width: Double {
            switch self {
            case .title(let title): TextWidth.estimate(title, fontSize: Legend.fontSize) + 4
            case .item(let item): item.swatchWidth + 6 + TextWidth.estimate(item.label, fontSize: Legend.fontSize)
            }
        }
    }
}
