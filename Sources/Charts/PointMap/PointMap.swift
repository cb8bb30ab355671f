import Foundation

/// A map of one position, for places where no tile server is reachable: the countries around it,
/// a graticule labelled in degrees, the accuracy circle and the point. Drawn from the same world
/// outlines as the route map, so it works offline and says nothing to a third party.
public enum PointMap {
    /// Renders the position as an accessible SVG string.
    ///
    /// - Parameters:
    ///   - point: Where the device was.
    ///   - accuracyMeters: The radius the device reported; drawn to scale, at least a few pixels.
    ///   - title: The accessible name; `description` says the position in words.
    ///   - spanDegrees: How much the map shows at least (height), so neighbours stay in view.
    public static func svg(
        point: GeoPoint, accuracyMeters: Double?, title: String, description: String,
        width: Int = 640, height: Int = 400, spanDegrees: Double = 3, idPrefix: String? = nil
    ) -> String {
        let metresPerDegree = 111_320.0
        let accuracyDegrees = (accuracyMeters ?? 0) / metresPerDegree
        let half = max(spanDegrees / 2, accuracyDegrees * 1.3)
        let bounds = GeoBounds(minLongitude: point.longitude - half, minLatitude: point.latitude - half,
                               maxLongitude: point.longitude + half, maxLatitude: point.latitude + half)
        let area = Viewport(width: Double(width), height: Double(height))
        let projection = EquirectangularProjection.fitting(bounds, into: area, margin: 0, standardParallel: min(60, max(-60, point.latitude)))
        let ids = SVGIdentifier(prefix: idPrefix, kind: "point", seed: "\(point.latitude),\(point.longitude),\(accuracyMeters ?? 0)")
        var document = SVGDocument(width: width, height: height, title: title, description: description, identifier: ids, cssClass: "chart point-map")
        drawLand(on: &document, projection, area: area)
        let centre = projection.project(point)
        let radius = max(4, accuracyDegrees * projection.scale)
        if accuracyMeters != nil {
            document.body.append(SVGElement("circle", [
                SVGAttribute("class", "accuracy"), SVGAttribute("cx", centre.x), SVGAttribute("cy", centre.y), SVGAttribute("r", radius),
                SVGAttribute("fill", "#D55E00"), SVGAttribute("fill-opacity", 0.18), SVGAttribute("stroke", "#D55E00"), SVGAttribute("stroke-width", 1.5),
            ]).node)
        }
        document.body.append(SVGElement("circle", [
            SVGAttribute("class", "point"), SVGAttribute("cx", centre.x), SVGAttribute("cy", centre.y), SVGAttribute("r", 5),
            SVGAttribute("fill", "#D55E00"), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", 2),
        ]).node)
        return document.rendered()
    }

    /// The sea, the countries in view and the graticule: everything but the point.
    static func drawLand(on document: inout SVGDocument, _ projection: EquirectangularProjection, area: Viewport) {
        document.body.append(SVGElement("rect", [
            SVGAttribute("class", "sea"), SVGAttribute("width", document.width), SVGAttribute("height", document.height), SVGAttribute("fill", Palette.sea),
        ]).node)
        let countries: [SVGNode] = WorldShapes.all.compactMap { shape in
            guard shape.isVisible(in: projection), let d = shape.pathData(projection) else { return nil }
            return SVGElement("path", [SVGAttribute("class", "country"), SVGAttribute("data-country", shape.code), SVGAttribute("d", d)]).node
        }
        document.body.append(SVGElement("g", [
            SVGAttribute("class", "countries"), SVGAttribute("fill", Palette.land), SVGAttribute("stroke", "#9ca3af"),
            SVGAttribute("stroke-width", 0.8), SVGAttribute("fill-rule", "evenodd"), SVGAttribute("stroke-linejoin", "round"),
        ], children: countries).node)
        document.body.append(graticule(projection, area: area))
    }

    /// Lines every 0.5°, 1°, 2°, 5° or 10°, whichever gives a handful across the view, with their values.
    static func graticule(_ projection: EquirectangularProjection, area: Viewport) -> SVGNode {
        let visible = projection.visibleBounds
        let step = [0.25, 0.5, 1, 2, 5, 10, 20].first { visible.height / $0 <= 8 } ?? 30
        var lines: [SVGNode] = []
        var labels: [SVGNode] = []
        var latitude = (visible.minLatitude / step).rounded(.up) * step
        while latitude <= visible.maxLatitude {
            let y = projection.project(longitude: visible.minLongitude, latitude: latitude).y
            lines.append(SVGElement("line", [SVGAttribute("x1", 0), SVGAttribute("x2", area.width), SVGAttribute("y1", y), SVGAttribute("y2", y)]).node)
            labels.append(SVGElement("text", [SVGAttribute("x", 4), SVGAttribute("y", y - 3)], text: degrees(latitude, positive: "N", negative: "S")).node)
            latitude += step
        }
        var longitude = (visible.minLongitude / step).rounded(.up) * step
        while longitude <= visible.maxLongitude {
            let x = projection.project(longitude: longitude, latitude: visible.minLatitude).x
            lines.append(SVGElement("line", [SVGAttribute("x1", x), SVGAttribute("x2", x), SVGAttribute("y1", 0), SVGAttribute("y2", area.height)]).node)
            labels.append(SVGElement("text", [SVGAttribute("x", x + 3), SVGAttribute("y", area.height - 4)], text: degrees(longitude, positive: "E", negative: "W")).node)
            longitude += step
        }
        return SVGElement("g", [SVGAttribute("class", "graticule")], children: [
            SVGElement("g", [SVGAttribute("stroke", "#6b7280"), SVGAttribute("stroke-width", 0.5), SVGAttribute("stroke-dasharray", "3 3")], children: lines).node,
            SVGElement("g", [SVGAttribute("fill", Palette.mutedInk), SVGAttribute("font-size", 11), SVGAttribute("font-family", Palette.fontFamily)], children: labels).node,
        ]).node
    }

    static func degrees(_ value: Double, positive: String, negative: String) -> String {
        let wrapped = value > 180 ? value - 360 : (value < -180 ? value + 360 : value)
        let text = String(format: "%g", abs(wrapped))
        return "\(text)°\(wrapped == 0 ? "" : (wrapped > 0 ? positive : negative))"
    }
}
