/// A world (or regional) map with countries shaded by a value, for national statistics.
///
/// Classes are quantiles (see ``ClassBreaks``), shaded in five sequential blues; countries without
/// a value are pale grey with a hatch, so "no data" never reads as "low". Each country with a value
/// carries a `<title>` with its name and value, so screen readers and tooltips give the numbers.
public enum Choropleth {
    /// Renders the map as an accessible SVG string.
    ///
    /// - Parameters:
    ///   - values: Value by ISO alpha-3 code. Unknown codes and non-finite values are ignored.
    ///   - title: Short name of the map (the accessible name).
    ///   - description: What the map shows, in words.
    ///   - legendTitle: What the values are (e.g. "Identified victims, 2024"), shown before the legend.
    ///   - labels: Country names in the reader's language; a missing name falls back to the code.
    ///   - noDataLabel: Legend text for countries without a value; empty leaves the entry out.
    ///   - width: Width in pixels.
    ///   - height: Height in pixels, legend included.
    ///   - region: The area to show; nil shows the inhabited world (Antarctica left out).
    ///   - breaks: Class bounds; nil computes quantiles of `values`.
    ///   - valueFormatter: Formats values for the legend and titles (pass a localised formatter).
    ///   - idPrefix: Prefix for element ids; by default derived from the content.
    public static func svg(
        values: [String: Double], title: String, description: String, legendTitle: String, labels: [String: String] = [:],
        noDataLabel: String = "", width: Int = 640, height: Int = 360, region: GeoBounds? = nil, breaks: ClassBreaks? = nil,
        valueFormatter: (Double) -> String = { SVGNumber.format($0) }, idPrefix: String? = nil
    ) -> String {
        var known: [String: Double] = [:]
        for (code, value) in values where value.isFinite {
            if let shape = WorldShapes.shape(for: code) { known[shape.code] = value }
        }
        let classes = breaks ?? ClassBreaks(quantilesOf: Array(known.values))
        let valueSeeds = known.keys.sorted().map { "\($0)=\(known[$0]!)" }
        let seed = ([title, description, legendTitle, "\(width)x\(height)"] + valueSeeds).joined(separator: "|")
        let ids = SVGIdentifier(prefix: idPrefix, kind: "choropleth", seed: seed)

        let items = legendItems(classes: classes, values: known, noDataLabel: noDataLabel, ids: ids, format: valueFormatter)
        let legend = Legend(title: legendTitle, items: items)
        let legendHeight = legend.height(width: Double(width))
        let mapArea = Viewport(width: Double(width), height: max(40, Double(height) - legendHeight))
        let projection = EquirectangularProjection.fitting(
            region ?? .inhabitedWorld, into: mapArea, margin: 4, standardParallel: region == nil ? 0 : nil
        )

        var document = SVGDocument(
            width: width, height: height, title: title, description: description, identifier: ids, cssClass: "chart choropleth"
        )
        document.definitions = [noDataPattern(ids)]
        var countries: [SVGNode] = []
        var dots: [SVGNode] = []
        // Antarctica has no statistics; on the default world view it would only add a hatched band.
        for shape in WorldShapes.all where shape.isVisible(in: projection) && (shape.code != "ATA" || known["ATA"] != nil || region != nil) {
            let value = known[shape.code]
            let fill = value.flatMap(classes.classIndex(of:)).map(classes.color(ofClass:)) ?? ids.url("no-data")
            let name = labels[shape.code] ?? shape.code
            var children: [SVGNode] = []
            if let value {
                children.append(SVGElement("title", text: name + ": " + valueFormatter(value)).node)
            } else if let label = labels[shape.code] {
                children.append(SVGElement("title", text: noDataLabel.isEmpty ? label : label + ": " + noDataLabel).node)
            }
            let classNames = value == nil ? "country no-data" : "country has-value"
            if let d = shape.pathData(projection) {
                countries.append(SVGElement("path", [
                    SVGAttribute("class", classNames), SVGAttribute("data-country", shape.code), SVGAttribute("d", d),
                    SVGAttribute("fill", fill),
                ], children: children).node)
            }
            // Small states with a value (Malta, Singapore, Bahrain…) would vanish at world scale.
            if value != nil, shape.projectedExtent(projection) < 4 {
                let center = projection.project(shape.labelPoint)
                dots.append(SVGElement("circle", [
                    SVGAttribute("class", "country-dot has-value"), SVGAttribute("data-country", shape.code),
                    SVGAttribute("cx", center.x), SVGAttribute("cy", center.y), SVGAttribute("r", 3.5),
                    SVGAttribute("fill", fill), SVGAttribute("stroke", Palette.ink), SVGAttribute("stroke-width", 0.8),
                ], children: children).node)
            }
        }
        document.body = [
            SVGElement("rect", [
                SVGAttribute("class", "sea"), SVGAttribute("width", mapArea.width), SVGAttribute("height", mapArea.height),
                SVGAttribute("fill", Palette.sea),
            ]).node,
            SVGElement("g", [
                SVGAttribute("class", "countries"), SVGAttribute("stroke", Palette.border), SVGAttribute("stroke-width", 0.5),
                SVGAttribute("fill-rule", "evenodd"), SVGAttribute("stroke-linejoin", "round"),
            ], children: countries).node,
            SVGElement("g", [SVGAttribute("class", "country-dots")], children: dots).node,
        ]
        if !legend.isEmpty {
            document.body.append(SVGElement("rect", [
                SVGAttribute("class", "legend-background"), SVGAttribute("y", mapArea.height), SVGAttribute("width", width),
                SVGAttribute("height", legendHeight), SVGAttribute("fill", "#ffffff"),
            ]).node)
            document.body.append(legend.render(x: 0, y: mapArea.height, width: Double(width)))
        }
        return document.rendered()
    }

    /// One entry per class, labelled with the lowest and highest value actually in it (so the
    /// reader sees real figures, not quantile arithmetic), then "no data".
    static func legendItems(
        classes: ClassBreaks, values: [String: Double], noDataLabel: String, ids: SVGIdentifier, format: (Double) -> String
    ) -> [Legend.Item] {
        var members = Array(repeating: [Double](), count: classes.count)
        for value in values.values {
            if let index = classes.classIndex(of: value) { members[index].append(value) }
        }
        var items: [Legend.Item] = members.enumerated().compactMap { index, classValues in
            guard let low = classValues.min(), let high = classValues.max() else { return nil }
            let label = low == high ? format(low) : format(low) + " – " + format(high)
            return swatchItem(label: label, fill: classes.color(ofClass: index))
        }
        items.append(swatchItem(label: noDataLabel, fill: ids.url("no-data")))
        return items
    }

    private static func swatchItem(label: String, fill: String) -> Legend.Item {
        Legend.Item(label: label) { x, y in
            [SVGElement("rect", [
                SVGAttribute("x", x), SVGAttribute("y", y), SVGAttribute("width", 14), SVGAttribute("height", 14),
                SVGAttribute("fill", fill), SVGAttribute("stroke", Palette.mutedInk), SVGAttribute("stroke-width", 0.5),
            ]).node]
        }
    }

    /// Pale grey with thin diagonal lines: visibly "not measured" rather than "zero".
    private static func noDataPattern(_ ids: SVGIdentifier) -> SVGNode {
        SVGElement("pattern", [
            SVGAttribute("id", ids.id("no-data")), SVGAttribute("width", 5), SVGAttribute("height", 5),
            SVGAttribute("patternUnits", "userSpaceOnUse"), SVGAttribute("patternTransform", "rotate(45)"),
        ], children: [
            SVGElement("rect", [SVGAttribute("width", 5), SVGAttribute("height", 5), SVGAttribute("fill", "#eceef1")]).node,
            SVGElement("rect", [SVGAttribute("width", 1), SVGAttribute("height", 5), SVGAttribute("fill", "#b8bec6")]).node,
        ]).node
    }
}
