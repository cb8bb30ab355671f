/// A map of trafficking flows between countries, for national statistics: curved arrows whose
/// width grows with the number of people, rings for flows inside one country, and the countries
/// touched shaded by role (origin, destination or both).
///
/// Every visible word comes from the caller (country names, legend title and labels, the text for
/// withheld figures) and every number goes through the caller's formatter, so the map is as
/// localised as the page around it. Unknown country codes are skipped.
public enum FlowMap {
    /// Renders the flows as an accessible SVG string.
    ///
    /// Arrows bend to their own left, so A→B and B→A never overlap; they are drawn by ascending
    /// count, so large flows never hide small ones. Widths follow ``FlowWidthScale`` (square root,
    /// 1.5 to 12 px); the legend shows up to three sample widths with their values.
    ///
    /// - Parameters:
    ///   - flows: The flows. A flow from a country to itself is domestic and drawn as a ring on the
    ///     country. `count: nil` means withheld: drawn as a thin dashed arrow (or ring) with
    ///     `withheldLabel` and never a number. Flows with an unknown code or a count of zero or
    ///     less are left out; duplicates are merged (withheld if any part is).
    ///   - title: Short name of the map (the accessible name).
    ///   - description: What the map shows in words, for readers who cannot see it; the main
    ///     flows should be listed there too.
    ///   - legendTitle: What the widths measure (e.g. "Victims identified, 2024"), shown first in the
    ///     legend.
    ///   - labels: Country names in the reader's language by ISO alpha-3 code; a missing name falls
    ///     back to the code.
    ///   - nodeTotals: Optional totals by ISO alpha-3 code, added to the `<title>` of touched
    ///     countries (e.g. all victims from a country, including flows not mapped). Totals of
    ///     countries no flow touches are ignored.
    ///   - withheldLabel: What a withheld figure is called (e.g. "withheld"), for titles and the
    ///     legend; empty leaves it out of both.
    ///   - domesticLabel: Legend text for the ring of a domestic flow; empty leaves the entry out.
    ///   - roleLabels: Legend text for each role; a role without text is left out of the legend.
    ///   - width: Width in pixels (the SVG scales with CSS; this sets the aspect ratio and text size).
    ///   - height: Height in pixels, legend included.
    ///   - region: The area to show; nil fits the touched countries (across the antimeridian when
    ///     that is shorter, see ``GeoBounds/enclosing(_:)``), or the inhabited world without flows.
    ///   - valueFormatter: Formats counts for titles and the legend (pass a localised formatter).
    ///   - idPrefix: Prefix for element ids; by default derived from the content.
    public static func svg(
        flows: [Flow], title: String, description: String, legendTitle: String, labels: [String: String] = [:],
        nodeTotals: [String: Int] = [:], withheldLabel: String = "", domesticLabel: String = "", roleLabels: [Role: String] = [:],
        width: Int = 640, height: Int = 400, region: GeoBounds? = nil,
        valueFormatter: @escaping (Int) -> String = { SVGNumber.format($0) }, idPrefix: String? = nil
    ) -> String {
        let placed = placedFlows(flows)
        let roles = roles(placed)
        let flowSeeds = placed.map { "\($0.from.code)>\($0.to.code)=\($0.count.map(String.init) ?? "-")" }
        let regionSeed = region.map { "\($0.minLongitude),\($0.minLatitude),\($0.maxLongitude),\($0.maxLatitude)" } ?? ""
        let seed = ([title, description, legendTitle, "\(width)x\(height)", regionSeed] + flowSeeds).joined(separator: "|")
        let ids = SVGIdentifier(prefix: idPrefix, kind: "flows", seed: seed)
        let text = FlowText(labels: labels, withheldLabel: withheldLabel, format: valueFormatter)
        let scale = FlowWidthScale(maximumCount: placed.compactMap(\.count).max() ?? 1)

        let legend = legend(
            placed, roles: roles.map(\.role), scale: scale, legendTitle: legendTitle, text: text, domesticLabel: domesticLabel,
            roleLabels: roleLabels, ids: ids
        )
        let legendHeight = legend.height(width: Double(width))
        let mapArea = Viewport(width: Double(width), height: max(40, Double(height) - legendHeight))
        let projection = region.map {
            EquirectangularProjection.fitting($0, into: mapArea, margin: 4)
        } ?? fit(roles.map(\.code), into: mapArea)

        var document = SVGDocument(
            width: width, height: height, title: title, description: description, identifier: ids, cssClass: "chart flow-map"
        )
        let drawn = self.flows(placed, scale: scale, projection: projection, ids: ids, text: text)
        document.definitions = Role.patterns(ids) + drawn.markers
        document.body = [
            SVGElement("rect", [
                SVGAttribute("class", "sea"), SVGAttribute("width", mapArea.width), SVGAttribute("height", mapArea.height),
                SVGAttribute("fill", Palette.sea),
            ]).node,
            RouteMap.backgroundCountries(excluding: Set(roles.map(\.code)), projection: projection),
            touchedCountries(roles, projection: projection, ids: ids, text: text, nodeTotals: nodeTotals),
            drawn.group,
            countryNames(
                placed, projection: projection, text: text, ringRadii: ringRadii(placed, scale: scale), obstacles: drawn.obstacles,
                mapArea: mapArea
            ),
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

    /// The projection that shows every touched country (its main polygons and label point) with
    /// room for arrows, rings and names around them, as route maps do; the inhabited world when
    /// nothing is touched.
    static func fit(_ codes: [String], into area: Viewport) -> EquirectangularProjection {
        let shapes = codes.compactMap(WorldShapes.shape(for:))
        let boxes = shapes.flatMap { [$0.mainBounds, GeoBounds(point: $0.labelPoint)] }
        guard let bounds = GeoBounds.enclosing(boxes) else {
            return EquirectangularProjection.fitting(.inhabitedWorld, into: area, margin: 4, standardParallel: 0)
        }
        // The 12° minimum span keeps neighbours in view when all flows stay in one small country.
        return EquirectangularProjection.fitting(bounds.expanded(by: 1), into: area, margin: 28, minimumSpan: 12)
    }
}
