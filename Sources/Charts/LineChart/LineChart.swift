/// One or several series of yearly values as lines, e.g. identified victims per year by sex.
///
/// Each series differs by colour, dash pattern and marker shape, and every point has a `<title>`
/// "series, year: value", so the numbers reach screen readers and tooltips.
public enum LineChart {
    static let fontSize = 12.0

    /// Renders the series as an accessible SVG string.
    ///
    /// - Parameters:
    ///   - series: The lines; points are drawn in year order and non-finite values are skipped.
    ///   - title: Short name of the chart (the accessible name).
    ///   - description: What the chart shows, in words.
    ///   - width: Width in pixels.
    ///   - height: Height in pixels, legend included.
    ///   - valueFormatter: Formats values on the axis and in titles (pass a localised formatter).
    ///   - idPrefix: Prefix for element ids; by default derived from the content.
    public static func svg(
        series: [Series], title: String, description: String, width: Int = 640, height: Int = 320,
        valueFormatter: (Double) -> String = { SVGNumber.format($0) }, idPrefix: String? = nil
    ) -> String {
        let cleaned = series.map { Series(name: $0.name, points: $0.points.filter(\.value.isFinite).sorted { $0.year < $1.year }) }
        let seriesSeeds = cleaned.map { s in s.name + s.points.map { "\($0.year)=\($0.value)" }.joined(separator: ",") }
        let seed = ([title, description, "\(width)x\(height)"] + seriesSeeds).joined(separator: "|")
        let ids = SVGIdentifier(prefix: idPrefix, kind: "lines", seed: seed)
        let allPoints = cleaned.flatMap(\.points)
        let years = allPoints.map(\.year)
        let firstYear = years.min() ?? 0, lastYear = years.max() ?? 0
        let values = allPoints.map(\.value)
        let integers = values.allSatisfy { $0 == $0.rounded() }
        let scale = NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, integers: integers)

        let legend = Legend(title: nil, items: cleaned.enumerated().map { index, s in legendItem(name: s.name, index: index) })
        let legendHeight = cleaned.count > 1 ? legend.height(width: Double(width)) : 0
        let tickLabels = scale.ticks.map(valueFormatter)
        let left = 8 + (tickLabels.map { TextWidth.estimate($0, fontSize: fontSize) }.max() ?? 0) + 8
        let plot = Viewport(x: left, y: 12, width: max(20, Double(width) - left - 20), height: max(20, Double(height) - legendHeight - 12 - 28))

        func x(_ year: Int) -> Double {
            lastYear == firstYear ? plot.x + plot.width / 2 : plot.x + Double(year - firstYear) / Double(lastYear - firstYear) * plot.width
        }
        func y(_ value: Double) -> Double {
            plot.y + plot.height - (value - scale.minimum) / (scale.maximum - scale.minimum) * plot.height
        }

        var axes: [SVGNode] = []
        for (tick, label) in zip(scale.ticks, tickLabels) {
            axes.append(SVGElement("line", [
                SVGAttribute("x1", plot.x), SVGAttribute("y1", y(tick)), SVGAttribute("x2", plot.x + plot.width), SVGAttribute("y2", y(tick)),
                SVGAttribute("stroke", tick == 0 ? Palette.mutedInk : Palette.grid), SVGAttribute("stroke-width", 1),
            ]).node)
            axes.append(SVGElement("text", [
                SVGAttribute("x", plot.x - 6), SVGAttribute("y", y(tick) + 4), SVGAttribute("text-anchor", "end"),
                SVGAttribute("font-size", fontSize), SVGAttribute("fill", Palette.mutedInk),
            ], text: label).node)
        }
        for year in yearTicks(from: firstYear, to: lastYear, width: plot.width) where !allPoints.isEmpty {
            axes.append(SVGElement("text", [
                SVGAttribute("x", x(year)), SVGAttribute("y", plot.y + plot.height + 18), SVGAttribute("text-anchor", "middle"),
                SVGAttribute("font-size", fontSize), SVGAttribute("fill", Palette.mutedInk),
            ], text: SVGNumber.format(year)).node)
        }

        var lines: [SVGNode] = []
        for (index, s) in cleaned.enumerated() where !s.points.isEmpty {
            let color = Palette.series[index % Palette.series.count]
            var path = PathData()
            for (position, point) in s.points.enumerated() {
                let p = ScreenPoint(x: x(point.year), y: y(point.value))
                if position == 0 { path.move(to: p) } else { path.line(to: p) }
            }
            var lineAttributes = [
                SVGAttribute("d", path.string), SVGAttribute("fill", "none"), SVGAttribute("stroke", color), SVGAttribute("stroke-width", 2.5),
            ]
            let dash = Palette.dashes[index % Palette.dashes.count]
            if !dash.isEmpty { lineAttributes.append(SVGAttribute("stroke-dasharray", dash)) }
            let shape = MarkerShape.forSeries(index)
            let markers = s.points.map { point in
                shape.element(
                    at: ScreenPoint(x: x(point.year), y: y(point.value)), size: 8,
                    attributes: [SVGAttribute("fill", color), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 1.5)],
                    children: [SVGElement("title", text: s.name + ", " + SVGNumber.format(point.year) + ": " + valueFormatter(point.value)).node]
                ).node
            }
            lines.append(SVGElement("g", [SVGAttribute("class", "series")], children: [SVGElement("path", lineAttributes).node] + markers).node)
        }

        var document = SVGDocument(
            width: width, height: height, title: title, description: description, identifier: ids, cssClass: "chart line-chart"
        )
        document.body = [
            SVGElement("g", [SVGAttribute("class", "axes")], children: axes).node,
            SVGElement("g", [
                SVGAttribute("class", "lines"), SVGAttribute("stroke-linejoin", "round"), SVGAttribute("stroke-linecap", "round"),
            ], children: lines).node,
        ]
        if legendHeight > 0 {
            document.body.append(legend.render(x: 0, y: Double(height) - legendHeight, width: Double(width)))
        }
        return document.rendered()
    }

    /// Years to label: every year when they fit (about 44 px each), otherwise every 2nd, 5th, 10th…
    static func yearTicks(from first: Int, to last: Int, width: Double) -> [Int] {
        guard last > first else { return [first] }
        let room = max(1, Int(width / 44))
        var step = 1
        for candidate in [1, 2, 5, 10, 20, 25, 50, 100] {
            step = candidate
            if (last - first) / candidate + 1 <= room { break }
        }
        let start = (first + step - 1) / step * step
        return Array(stride(from: start, through: last, by: step))
    }

    private static func legendItem(name: String, index: Int) -> Legend.Item {
        let color = Palette.series[index % Palette.series.count]
        let dash = Palette.dashes[index % Palette.dashes.count]
        return Legend.Item(label: name, swatchWidth: 26) { x, y in
            var line = [
                SVGAttribute("x1", x), SVGAttribute("y1", y + 7), SVGAttribute("x2", x + 26), SVGAttribute("y2", y + 7),
                SVGAttribute("stroke", color), SVGAttribute("stroke-width", 2.5),
            ]
            if !dash.isEmpty { line.append(SVGAttribute("stroke-dasharray", dash)) }
            return [
                SVGElement("line", line).node,
                MarkerShape.forSeries(index).element(
                    at: ScreenPoint(x: x + 13, y: y + 7), size: 8,
                    attributes: [SVGAttribute("fill", color), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 1.5)]
                ).node,
            ]
        }
    }
}
