/// A map of a trafficking route: the countries it touches, filled by what happened there,
/// numbered markers in route order and arrows between consecutive countries.
///
/// Every visible word comes from the caller (country names, legend labels, title, description),
/// so the map is as localised as the page around it. Unknown country codes are skipped.
public enum RouteMap {
    /// Radius of a numbered marker, in pixels.
    static let markerRadius = 10.0

    /// Renders the route as an accessible SVG string.
    ///
    /// - Parameters:
    ///   - stops: The route's events; sorted by ``Stop/ordinal`` before drawing. Stops with an
    ///     unknown country are left out, and the arrows join the remaining stops.
    ///   - title: Short name of the map (the accessible name).
    ///   - description: What the map shows in words, for readers who cannot see it; include the
    ///     route as text there (the map itself only adds the numbers and country names).
    ///   - width: Width in pixels (the SVG scales with CSS; this sets the aspect ratio and text size).
    ///   - height: Height in pixels, legend included.
    ///   - labels: Country names in the reader's language by ISO alpha-3 code; a missing name
    ///     falls back to the code itself.
    ///   - kindLabels: Legend text for each kind of stop in the reader's language; a kind without
    ///     text is left out of the legend.
    ///   - idPrefix: Prefix for element ids, for pages that must control them; by default one is
    ///     derived from the content.
    public static func svg(
        stops: [Stop], title: String, description: String, width: Int = 640, height: Int = 360,
        labels: [String: String] = [:], kindLabels: [Stop.Kind: String] = [:], idPrefix: String? = nil
    ) -> String {
        let ordered = stops.enumerated().sorted { ($0.element.ordinal, $0.offset) < ($1.element.ordinal, $1.offset) }.map(\.element)
        let placed: [PlacedStop] = ordered.compactMap { stop in
            WorldShapes.shape(for: stop.country).map { PlacedStop(stop: stop, shape: $0) }
        }
        let stopSeeds = ordered.map { "\($0.ordinal)\($0.country)\($0.kind.rawValue)" }
        let seed = ([title, description, "\(width)x\(height)"] + stopSeeds).joined(separator: "|")
        let ids = SVGIdentifier(prefix: idPrefix, kind: "route", seed: seed)

        let legend = Legend(title: nil, items: Stop.Kind.allCases.map { kind in
            kind.legendItem(label: kindLabels[kind] ?? "", ids: ids)
        })
        let legendHeight = legend.height(width: Double(width))
        let mapArea = Viewport(width: Double(width), height: max(40, Double(height) - legendHeight))
        let projection = fit(placed, into: mapArea)

        var document = SVGDocument(
            width: width, height: height, title: title, description: description, identifier: ids, cssClass: "chart route-map"
        )
        document.definitions = Stop.Kind.patterns(ids)
        document.body.append(SVGElement("rect", [
            SVGAttribute("class", "sea"), SVGAttribute("width", mapArea.width), SVGAttribute("height", mapArea.height),
            SVGAttribute("fill", Palette.sea),
        ]).node)
        let positions = markerPositions(placed, projection: projection)
        document.body.append(backgroundCountries(excluding: Set(placed.map(\.shape.code)), projection: projection))
        document.body.append(touchedCountries(placed, positions: positions, projection: projection, ids: ids, labels: labels))

        document.body.append(arrows(placed, positions: positions))
        document.body.append(markers(placed, positions: positions, labels: labels, kindLabels: kindLabels))
        document.body.append(countryNames(placed, positions: positions, labels: labels, mapArea: mapArea))
        if !legend.isEmpty {
            document.body.append(SVGElement("rect", [
                SVGAttribute("class", "legend-background"), SVGAttribute("y", mapArea.height),
                SVGAttribute("width", width), SVGAttribute("height", legendHeight), SVGAttribute("fill", "#ffffff"),
            ]).node)
            document.body.append(legend.render(x: 0, y: mapArea.height, width: Double(width)))
        }
        return document.rendered()
    }

    /// A stop whose country has a shape.
    struct PlacedStop {
        let stop: Stop
        let shape: CountryShape
    }

    /// The projection that shows every touched country (its main polygons and label point) with
    /// room around it. Routes crossing the Pacific get a view across the antimeridian, thanks to
    /// ``GeoBounds/enclosing(_:)``. With nothing to show, the inhabited world.
    static func fit(_ placed: [PlacedStop], into area: Viewport) -> EquirectangularProjection {
        let boxes = placed.flatMap { [$0.shape.mainBounds, GeoBounds(point: $0.shape.labelPoint)] }
        guard let bounds = GeoBounds.enclosing(boxes) else {
            return EquirectangularProjection.fitting(.inhabitedWorld, into: area, margin: 4, standardParallel: 0)
        }
        // A margin of three marker radii keeps markers and their arrows off the edge; the 12°
        // minimum span keeps neighbours in view for routes inside one small country.
        return EquirectangularProjection.fitting(bounds.expanded(by: 1), into: area, margin: 3 * markerRadius, minimumSpan: 12)
    }
}
