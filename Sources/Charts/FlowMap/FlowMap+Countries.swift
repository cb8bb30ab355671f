extension FlowMap {
    /// The touched countries, filled by role, each with a `<title>` naming it (with the caller's
    /// total when given). A country too small to see at this scale, or with only a label point, gets
    /// a small disc in its role's style so it still shows.
    static func touchedCountries(
        _ roles: [(code: String, role: Role)], projection: EquirectangularProjection, ids: SVGIdentifier, text: FlowText,
        nodeTotals: [String: Int]
    ) -> SVGNode {
        let children: [SVGNode] = roles.compactMap { code, role in
            guard let shape = WorldShapes.shape(for: code) else { return nil }
            let name = text.name(code)
            let title = SVGElement("title", text: nodeTotals[code].map { name + ": " + text.format($0) } ?? name).node
            var attributes = [
                SVGAttribute("class", "country touched role-" + role.rawValue), SVGAttribute("data-country", code),
                SVGAttribute("fill", role.fill(ids)), SVGAttribute("stroke", role.outline),
            ]
            if let d = shape.pathData(projection), shape.projectedExtent(projection) >= 8 {
                attributes.insert(SVGAttribute("d", d), at: 2)
                return SVGElement("path", attributes, children: [title]).node
            }
            let center = projection.project(shape.labelPoint)
            attributes.insert(contentsOf: [SVGAttribute("cx", center.x), SVGAttribute("cy", center.y), SVGAttribute("r", 6)], at: 2)
            return SVGElement("circle", attributes, children: [title]).node
        }
        return SVGElement("g", [
            SVGAttribute("class", "touched-countries"), SVGAttribute("stroke-width", 1), SVGAttribute("fill-rule", "evenodd"),
            SVGAttribute("stroke-linejoin", "round"),
        ], children: children).node
    }

    /// Every touched country's name near its label point, with a white halo. Countries moving the
    /// most people are placed first; each tries below, above, right and left and takes the first
    /// place that hits no earlier name and no arrowhead or ring (`obstacles`), then the first that
    /// only hits those. A name with no place free of other names is left out rather than printed
    /// over one: the country's `<title>` and the description still carry it.
    static func countryNames(
        _ placed: [PlacedFlow], projection: EquirectangularProjection, text: FlowText, ringRadii: [String: Double],
        obstacles: [RouteMap.Box], mapArea: Viewport
    ) -> SVGNode {
        var volume: [String: Int] = [:]
        for flow in placed {
            for code in Set([flow.from.code, flow.to.code]) {
                volume[code, default: 0] = volume[code, default: 0].addingSaturating(flow.count ?? 0)
            }
        }
        let codes = volume.keys.sorted { (volume[$0]!, $1) > (volume[$1]!, $0) }
        let fontSize = 11.0
        var taken: [RouteMap.Box] = []
        var children: [SVGNode] = []
        for code in codes {
            guard let shape = WorldShapes.shape(for: code) else { continue }
            let name = text.name(code)
            let point = projection.project(shape.labelPoint)
            let reach = (ringRadii[code] ?? 2) + 2
            let textWidth = TextWidth.estimate(name, fontSize: fontSize)
            // Candidates as (minX of the text, baseline).
            let candidates: [(Double, Double)] = [
                (point.x - textWidth / 2, point.y + reach + fontSize),
                (point.x - textWidth / 2, point.y - reach - 3),
                (point.x + reach + 2, point.y + 4),
                (point.x - reach - 2 - textWidth, point.y + 4),
            ]
            let boxes = candidates.map { x, baseline in
                RouteMap.clamp(RouteMap.Box(minX: x, minY: baseline - fontSize + 1, maxX: x + textWidth, maxY: baseline + 3), to: mapArea)
            }
            let freeOfNames = boxes.filter { box in !taken.contains { $0.intersects(box) } }
            guard let chosen = freeOfNames.first(where: { box in !obstacles.contains { $0.intersects(box) } }) ?? freeOfNames.first
            else { continue }
            taken.append(chosen)
            children.append(SVGElement("text", [
                SVGAttribute("class", "country-name"), SVGAttribute("data-country", code), SVGAttribute("x", chosen.minX),
                SVGAttribute("y", chosen.maxY - 3), SVGAttribute("font-size", fontSize), SVGAttribute("fill", Palette.ink),
                SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 3), SVGAttribute("stroke-linejoin", "round"),
                SVGAttribute("paint-order", "stroke"),
            ], text: name).node)
        }
        return SVGElement("g", [SVGAttribute("class", "country-names")], children: children).node
    }
}
