extension RouteMap {
    /// Every other country in view, lightly, for context.
    static func backgroundCountries(excluding touched: Set<String>, projection: EquirectangularProjection) -> SVGNode {
        let paths: [SVGNode] = WorldShapes.all.compactMap { shape in
            guard !touched.contains(shape.code), shape.isVisible(in: projection), let d = shape.pathData(projection) else { return nil }
            return SVGElement("path", [SVGAttribute("class", "country"), SVGAttribute("d", d)]).node
        }
        return SVGElement("g", [
            SVGAttribute("class", "countries"), SVGAttribute("fill", Palette.land), SVGAttribute("stroke", Palette.border),
            SVGAttribute("stroke-width", 0.6), SVGAttribute("fill-rule", "evenodd"), SVGAttribute("stroke-linejoin", "round"),
        ], children: paths).node
    }

    /// The touched countries, filled by kind. A country too small to see under its markers (or
    /// with no outline in the data) gets a rounded patch in its style around its markers instead,
    /// so its kind still shows.
    static func touchedCountries(
        _ placed: [PlacedStop], positions: [ScreenPoint], projection: EquirectangularProjection, ids: SVGIdentifier, labels: [String: String]
    ) -> SVGNode {
        var seen: [String] = []
        var kinds: [String: Set<Stop.Kind>] = [:]
        var markerPoints: [String: [ScreenPoint]] = [:]
        for (index, item) in placed.enumerated() {
            if kinds[item.shape.code] == nil { seen.append(item.shape.code) }
            kinds[item.shape.code, default: []].insert(item.stop.kind)
            markerPoints[item.shape.code, default: []].append(positions[index])
        }
        var children: [SVGNode] = []
        for code in seen {
            guard let shape = WorldShapes.shape(for: code), let countryKinds = kinds[code], let points = markerPoints[code],
                  let main = countryKinds.max(by: { $0.precedence < $1.precedence }) else { continue }
            let kindClasses = Stop.Kind.allCases.filter(countryKinds.contains).map { "kind-" + $0.rawValue }
            let classes = (["country", "touched"] + kindClasses).joined(separator: " ")
            var attributes = [SVGAttribute("class", classes), SVGAttribute("data-country", code), SVGAttribute("fill", main.fill(ids))]
            attributes += main.outline
            let title = SVGElement("title", text: labels[code] ?? code).node
            if let d = shape.pathData(projection), shape.projectedExtent(projection) >= 2 * markerRadius + 6 {
                attributes.insert(SVGAttribute("d", d), at: 2)
                children.append(SVGElement("path", attributes, children: [title]).node)
            } else {
                let pad = markerRadius + 5
                let left = points.map(\.x).min()! - pad, right = points.map(\.x).max()! + pad
                attributes.insert(contentsOf: [
                    SVGAttribute("x", left), SVGAttribute("y", points[0].y - pad), SVGAttribute("width", right - left),
                    SVGAttribute("height", 2 * pad), SVGAttribute("rx", pad),
                ], at: 2)
                children.append(SVGElement("rect", attributes, children: [title]).node)
            }
        }
        return SVGElement("g", [
            SVGAttribute("class", "touched-countries"), SVGAttribute("fill-rule", "evenodd"), SVGAttribute("stroke-linejoin", "round"),
        ], children: children).node
    }

    /// Where each stop's marker goes: the country's label point, with several stops in the same
    /// country spread side by side so every number stays readable. The first of them sits on the
    /// side the route arrives from, so the incoming arrow does not cross the others.
    static func markerPositions(_ placed: [PlacedStop], projection: EquirectangularProjection) -> [ScreenPoint] {
        var indicesByCountry: [String: [Int]] = [:]
        for (index, item) in placed.enumerated() { indicesByCountry[item.shape.code, default: []].append(index) }
        var positions = Array(repeating: ScreenPoint(x: 0, y: 0), count: placed.count)
        for (code, indices) in indicesByCountry {
            guard let shape = WorldShapes.shape(for: code) else { continue }
            let center = projection.project(shape.labelPoint)
            let spacing = 2 * markerRadius + 3
            var direction = 1.0
            if let first = indices.first, first > 0 {
                let previous = projection.project(placed[first - 1].shape.labelPoint)
                if previous.x > center.x { direction = -1 }
            }
            for (rank, index) in indices.enumerated() {
                let offset = (Double(rank) - Double(indices.count - 1) / 2) * spacing * direction
                positions[index] = ScreenPoint(x: center.x + offset, y: center.y)
            }
        }
        return positions
    }

    /// One arrow between each pair of consecutive stops in different countries.
    static func arrows(_ placed: [PlacedStop], positions: [ScreenPoint]) -> SVGNode {
        var children: [SVGNode] = []
        for index in placed.indices.dropFirst() where placed[index - 1].shape.code != placed[index].shape.code {
            // Bend away from the neighbouring leg (the previous one's start, or for the first leg the
            // next one's end), so that a route that doubles back does not draw arrows across each other.
            let neighbour: ScreenPoint? = index >= 2 ? positions[index - 2] : (index + 1 < placed.count ? positions[index + 1] : nil)
            let bendLeft = neighbour.map { !RouteArrow.isLeft($0, of: positions[index - 1], positions[index]) } ?? true
            let clearance = markerRadius + 2
            guard let arrow = RouteArrow(from: positions[index - 1], to: positions[index], clearance: clearance, bendLeft: bendLeft) else { continue }
            children.append(SVGElement("g", [SVGAttribute("class", "arrow")], children: [
                // A white casing under the dark line keeps the arrow visible over dark fills.
                SVGElement("path", [
                    SVGAttribute("d", arrow.shaft), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 4.5), SVGAttribute("fill", "none"),
                ]).node,
                SVGElement("path", [
                    SVGAttribute("d", arrow.shaft), SVGAttribute("stroke", Palette.ink), SVGAttribute("stroke-width", 2), SVGAttribute("fill", "none"),
                ]).node,
                SVGElement("path", [
                    SVGAttribute("d", arrow.head), SVGAttribute("fill", Palette.ink), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 1),
                ]).node,
            ]).node)
        }
        return SVGElement("g", [SVGAttribute("class", "arrows"), SVGAttribute("stroke-linecap", "round")], children: children).node
    }

    /// Numbered circles, one per stop, each with a `<title>` naming the stop for screen readers
    /// and tooltips.
    static func markers(_ placed: [PlacedStop], positions: [ScreenPoint], labels: [String: String], kindLabels: [Stop.Kind: String]) -> SVGNode {
        let children: [SVGNode] = placed.enumerated().map { index, item in
            let number = String(item.stop.ordinal)
            let name = labels[item.shape.code] ?? item.shape.code
            let kind = kindLabels[item.stop.kind].map { " – " + $0 } ?? ""
            let radius = max(markerRadius, TextWidth.estimate(number, fontSize: 11) / 2 + 4)
            let position = positions[index]
            return SVGElement("g", [SVGAttribute("class", "marker kind-" + item.stop.kind.rawValue)], children: [
                SVGElement("title", text: number + ". " + name + kind).node,
                SVGElement("circle", [
                    SVGAttribute("cx", position.x), SVGAttribute("cy", position.y), SVGAttribute("r", radius),
                    SVGAttribute("fill", Palette.ink), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 2),
                ]).node,
                SVGElement("text", [
                    SVGAttribute("x", position.x), SVGAttribute("y", position.y + 4), SVGAttribute("text-anchor", "middle"),
                    SVGAttribute("font-size", 11), SVGAttribute("font-weight", "bold"), SVGAttribute("fill", "#ffffff"),
                ], text: number).node,
            ]).node
        }
        return SVGElement("g", [SVGAttribute("class", "markers")], children: children).node
    }

    /// The name of each touched country next to its markers, with a white halo for legibility over
    /// fills and borders. Tries below, above, right and left of the markers and takes the first
    /// place that hits no marker and no earlier name (below when none is free).
    static func countryNames(_ placed: [PlacedStop], positions: [ScreenPoint], labels: [String: String], mapArea: Viewport) -> SVGNode {
        var pointsByCountry: [(String, [ScreenPoint])] = []
        for (index, item) in placed.enumerated() {
            if let existing = pointsByCountry.firstIndex(where: { $0.0 == item.shape.code }) {
                pointsByCountry[existing].1.append(positions[index])
            } else {
                pointsByCountry.append((item.shape.code, [positions[index]]))
            }
        }
        let fontSize = 12.0
        let reach = markerRadius + 2
        var obstacles = positions.map { Box(minX: $0.x - reach, minY: $0.y - reach, maxX: $0.x + reach, maxY: $0.y + reach) }
        var children: [SVGNode] = []
        for (code, points) in pointsByCountry {
            let name = labels[code] ?? code
            let textWidth = TextWidth.estimate(name, fontSize: fontSize)
            let left = points.map(\.x).min()!, right = points.map(\.x).max()!, y = points[0].y
            let middle = (left + right) / 2
            // Candidate boxes: (minX of the text, baseline).
            let candidates: [(Double, Double)] = [
                (middle - textWidth / 2, y + reach + 12),
                (middle - textWidth / 2, y - reach - 4),
                (right + reach + 2, y + 4),
                (left - reach - 2 - textWidth, y + 4),
            ]
            let boxes = candidates.map { x, baseline in
                clamp(Box(minX: x, minY: baseline - fontSize + 1, maxX: x + textWidth, maxY: baseline + 3), to: mapArea)
            }
            let chosen = boxes.first { box in !obstacles.contains { $0.intersects(box) } } ?? boxes[0]
            obstacles.append(chosen)
            children.append(SVGElement("text", [
                SVGAttribute("class", "country-name"), SVGAttribute("x", chosen.minX), SVGAttribute("y", chosen.maxY - 3),
                SVGAttribute("font-size", fontSize), SVGAttribute("fill", Palette.ink),
                SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 3), SVGAttribute("stroke-linejoin", "round"),
                SVGAttribute("paint-order", "stroke"),
            ], text: name).node)
        }
        return SVGElement("g", [SVGAttribute("class", "country-names")], children: children).node
    }

    /// An axis-aligned rectangle, for label placement.
    struct Box {
        var minX, minY, maxX, maxY: Double

        func intersects(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// `box` moved (not shrunk) so that it lies inside `area` where it fits.
    static func clamp(_ box: Box, to area: Viewport) -> Box {
        var dx = 0.0, dy = 0.0
        if box.maxX > area.x + area.width - 2 { dx = area.x + area.width - 2 - box.maxX }
        if box.minX + dx < area.x + 2 { dx = area.x + 2 - box.minX }
        if box.maxY > area.y + area.height - 2 { dy = area.y + area.height - 2 - box.maxY }
        if box.minY + dy < area.y + 2 { dy = area.y + 2 - box.minY }
        return Box(minX: box.minX + dx, minY: box.minY + dy, maxX: box.maxX + dx, maxY: box.maxY + dy)
    }
}
