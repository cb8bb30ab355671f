/// Three overlapping circles with the count of each of their seven regions written in it: the
/// overlap of three lists of a capture-history table (multiple systems estimation).
///
/// The circles are the same size whatever the counts (a Venn diagram, not an area-proportional
/// Euler diagram): three equal circles can show every region, which proportional ones often cannot,
/// and the numbers carry the sizes. Each circle has its own colour and dash pattern and its name
/// beside it, and each region a `<title>` naming its lists, so colour is never the only cue.
public enum Venn3 {
    static let radius = 110.0
    static let fontSize = 14.0
    static let labelSize = 13.0
    /// Circle centres in a 480 × 400 view: two side by side, the third below between them.
    static let centres = [(180.0, 150.0), (300.0, 150.0), (240.0, 254.0)]
    /// Where each region's count goes, by pattern bitmask (bit `i` for circle `i`): inside the circles
    /// but outside the others for one list, between two centres away from the third, the middle for all three.
    static let regionPositions: [Int: (Double, Double)] = [
        1: (137, 125), 2: (343, 125), 4: (240, 304),
        3: (240, 120), 5: (184, 217), 6: (296, 217), 7: (240, 186),
    ]
    /// Where the circles' names go: above the upper two, below the lower one.
    static let namePositions = [(140.0, 28.0), (340.0, 28.0), (240.0, 388.0)]

    /// Renders the diagram as an accessible SVG string.
    ///
    /// - Parameters:
    ///   - names: The three lists' names, in bit order.
    ///   - regions: The text of each region by pattern bitmask 1…7 (bit `i` for `names[i]`), already
    ///     formatted (a count, or a withheld mark such as `<5`); a missing region is left blank.
    ///   - regionTitle: The tooltip of a region from the names of its lists and its text
    ///     (default: `"A & B: 12"`); pass a localised one from pages.
    ///   - title: Short name of the chart (the accessible name).
    ///   - description: What the chart shows, in words.
    ///   - idPrefix: Prefix for element ids; by default derived from the content.
    public static func svg(
        names: [String], regions: [Int: String], title: String, description: String,
        regionTitle: ([String], String) -> String = { $0.joined(separator: " & ") + ": " + $1 },
        idPrefix: String? = nil
    ) -> String {
        precondition(names.count == 3, "Venn3 draws exactly three lists")
        let seed = ([title, description] + names + (1...7).map { regions[$0] ?? "" }).joined(separator: "|")
        let ids = SVGIdentifier(prefix: idPrefix, kind: "venn", seed: seed)
        var circles: [SVGNode] = []
        var labels: [SVGNode] = []
        for (index, (x, y)) in centres.enumerated() {
            circles.append(SVGElement("circle", [
                SVGAttribute("cx", x), SVGAttribute("cy", y), SVGAttribute("r", radius),
                SVGAttribute("fill", Palette.series[index]), SVGAttribute("fill-opacity", 0.15),
                SVGAttribute("stroke", Palette.series[index]), SVGAttribute("stroke-width", 2.5),
                SVGAttribute("stroke-dasharray", Palette.dashes[index].isEmpty ? "none" : Palette.dashes[index]),
            ]).node)
            let (nameX, nameY) = namePositions[index]
            labels.append(SVGElement("text", [
                SVGAttribute("class", "list-name"), SVGAttribute("x", nameX), SVGAttribute("y", nameY), SVGAttribute("text-anchor", "middle"),
                SVGAttribute("font-size", labelSize), SVGAttribute("font-weight", "bold"), SVGAttribute("fill", Palette.ink),
            ], children: [
                SVGElement("title", text: names[index]).node,
                .text(TextWidth.truncate(names[index], toFit: 200, fontSize: labelSize)),
            ]).node)
        }
        var counts: [SVGNode] = []
        for mask in 1...7 {
            guard let text = regions[mask], let (x, y) = regionPositions[mask] else { continue }
            let lists = (0..<3).filter { mask & (1 << $0) != 0 }.map { names[$0] }
            counts.append(SVGElement("text", [
                SVGAttribute("class", "region"), SVGAttribute("data-pattern", mask), SVGAttribute("x", x), SVGAttribute("y", y + fontSize / 3),
                SVGAttribute("text-anchor", "middle"), SVGAttribute("font-size", fontSize), SVGAttribute("fill", Palette.ink),
            ], children: [SVGElement("title", text: regionTitle(lists, text)).node, .text(text)]).node)
        }
        var document = SVGDocument(width: 480, height: 400, title: title, description: description, identifier: ids, cssClass: "chart venn")
        document.body = [
            SVGElement("g", [SVGAttribute("class", "circles")], children: circles).node,
            SVGElement("g", [SVGAttribute("class", "names"), SVGAttribute("font-family", Palette.fontFamily)], children: labels).node,
            SVGElement("g", [SVGAttribute("class", "regions"), SVGAttribute("font-family", Palette.fontFamily)], children: counts).node,
        ]
        return document.rendered()
    }
}
