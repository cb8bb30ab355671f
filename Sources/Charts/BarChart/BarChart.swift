/// Horizontal bars with their values written at the end, for a handful of categorical counts
/// (victims by form of exploitation, cases by region…).
///
/// Horizontal because category names in any language fit on the left, unrotated. Values are
/// printed, and each bar has a `<title>` "label: value", so nobody has to estimate lengths.
public enum BarChart {
    /// One category and its value.
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    static let rowHeight = 28.0
    static let barHeight = 18.0
    static let fontSize = 12.0

    /// Renders the bars, in the order given, as an accessible SVG string. The height follows from
    /// the number of bars.
    ///
    /// - Parameters:
    ///   - bars: Categories in display order. Negative and non-finite values draw no bar but still
    ///     show their value.
    ///   - title: Short name of the chart (the accessible name).
    ///   - description: What the chart shows, in words.
    ///   - width: Width in pixels.
    ///   - valueFormatter: Formats values (pass a localised formatter).
    ///   - idPrefix: Prefix for element ids; by default derived from the content.
    public static func svg(
        bars: [Bar], title: String, description: String, width: Int = 640,
        valueFormatter: (Double) -> String = { SVGNumber.format($0) }, idPrefix: String? = nil
    ) -> String {
        let seed = ([title, description, "\(width)"] + bars.map { "\($0.label)=\($0.value)" }).joined(separator: "|")
        let ids = SVGIdentifier(prefix: idPrefix, kind: "bars", seed: seed)
        let total = Double(width)
        let padding = 8.0
        let height = Int((Double(bars.count) * rowHeight + 2 * padding).rounded(.up))

        // Label column: as wide as the longest label, at most 40% of the chart (longer labels are
        // cut with an ellipsis; the bar's title keeps the full text).
        let labelWidth = min(total * 0.4, (bars.map { TextWidth.estimate($0.label, fontSize: fontSize) }.max() ?? 0) + 2)
        let texts = bars.map { valueFormatter($0.value) }
        let valueWidth = (texts.map { TextWidth.estimate($0, fontSize: fontSize) }.max() ?? 0) + 8
        let barStart = padding + labelWidth + 8
        let barSpace = max(10, total - barStart - valueWidth - padding)
        let maximum = bars.map(\.value).filter(\.isFinite).max() ?? 0

        var rows: [SVGNode] = []
        for (index, bar) in bars.enumerated() {
            let top = padding + Double(index) * rowHeight
            let length = bar.value.isFinite && bar.value > 0 && maximum > 0 ? bar.value / maximum * barSpace : 0
            let middle = top + rowHeight / 2
            rows.append(SVGElement("g", [SVGAttribute("class", "bar")], children: [
                SVGElement("title", text: bar.label + ": " + texts[index]).node,
                SVGElement("text", [
                    SVGAttribute("x", padding + labelWidth), SVGAttribute("y", middle + 4), SVGAttribute("text-anchor", "end"),
                    SVGAttribute("font-size", fontSize), SVGAttribute("fill", Palette.ink),
                ], text: TextWidth.truncate(bar.label, toFit: labelWidth, fontSize: fontSize)).node,
                SVGElement("rect", [
                    SVGAttribute("x", barStart), SVGAttribute("y", middle - barHeight / 2), SVGAttribute("width", length),
                    SVGAttribute("height", barHeight), SVGAttribute("fill", Palette.series[0]),
                ]).node,
                SVGElement("text", [
                    SVGAttribute("class", "value"), SVGAttribute("x", barStart + length + 5), SVGAttribute("y", middle + 4),
                    SVGAttribute("font-size", fontSize), SVGAttribute("font-weight", "bold"), SVGAttribute("fill", Palette.ink),
                ], text: texts[index]).node,
            ]).node)
        }
        var document = SVGDocument(
            width: width, height: height, title: title, description: description, identifier: ids, cssClass: "chart bar-chart"
        )
        document.body = [
            // The zero line anchors the bars, so a missing bar reads as zero, not as a gap.
            SVGElement("line", [
                SVGAttribute("x1", barStart), SVGAttribute("y1", padding - 2), SVGAttribute("x2", barStart),
                SVGAttribute("y2", Double(height) - padding + 2), SVGAttribute("stroke", Palette.mutedInk), SVGAttribute("stroke-width", 1),
            ]).node,
            SVGElement("g", [SVGAttribute("class", "bars")], children: rows).node,
        ]
        return document.rendered()
    }
}
