extension FlowMap {
    /// Colour of arrows and rings: the darkest ColorBrewer blue, 13:1 on white and clearly darker
    /// than every role fill, with a white casing so crossing flows stay apart.
    static let flowColor = "#08306b"

    /// The arrows and domestic rings, in the order of `placed` (largest last), the arrowhead
    /// markers they use, and boxes around heads and rings for placing names clear of them.
    ///
    /// Each flow is a group with a `<title>` "From → To: count" (the caller's names and formatter;
    /// a withheld flow gets the caller's withheld text instead of a number), so tooltips and screen
    /// readers give every figure the picture shows.
    static func flows(
        _ placed: [PlacedFlow], scale: FlowWidthScale, projection: EquirectangularProjection, ids: SVGIdentifier,
        text: FlowText
    ) -> (group: SVGNode, markers: [SVGNode], obstacles: [RouteMap.Box]) {
        let rings = ringRadii(placed, scale: scale)
        var children: [SVGNode] = []
        var markers: [SVGNode] = []
        var obstacles: [RouteMap.Box] = []
        for (index, flow) in placed.enumerated() {
            let start = projection.project(flow.from.labelPoint)
            let width = flow.count.map(scale.width(for:)) ?? FlowWidthScale.withheldWidth
            var classes = "flow" + (flow.count == nil ? " withheld" : "")
            var attributes = [SVGAttribute("data-from", flow.from.code), SVGAttribute("data-to", flow.to.code)]
            if let count = flow.count { attributes.append(SVGAttribute("data-count", count)) }
            var shapes: [SVGNode] = [SVGElement("title", text: text.title(for: flow)).node]
            if flow.isDomestic {
                classes += " domestic"
                let radius = ringRadius(width: width)
                shapes += ring(at: start, radius: radius, width: width, withheld: flow.count == nil)
                let outer = radius + width / 2
                obstacles.append(RouteMap.Box(minX: start.x - outer, minY: start.y - outer, maxX: start.x + outer, maxY: start.y + outer))
            } else {
                let end = projection.project(flow.to.labelPoint)
                // Leave room around rings at either end; otherwise start on the label point itself.
                let clearance = { (code: String) in rings[code].map { $0 + 2 } ?? 2 }
                guard let arrow = FlowArrow(
                    from: start, to: end, width: width, startClearance: clearance(flow.from.code), endClearance: clearance(flow.to.code)
                ) else { continue }
                let markerName = "head-" + String(index)
                markers.append(head(ids.id(markerName), arrow: arrow))
                obstacles.append(arrow.headBox)
                shapes += line(arrow.shaft, width: width, withheld: flow.count == nil, marker: ids.url(markerName))
            }
            children.append(SVGElement("g", [SVGAttribute("class", classes)] + attributes, children: shapes).node)
        }
        let group = SVGElement("g", [
            SVGAttribute("class", "flows"), SVGAttribute("fill", "none"), SVGAttribute("stroke-linecap", "butt"),
        ], children: children).node
        return (group, markers, obstacles)
    }

    /// Outer radius of each country's domestic ring, by code, for keeping arrow ends clear of it.
    static func ringRadii(_ placed: [PlacedFlow], scale: FlowWidthScale) -> [String: Double] {
        var radii: [String: Double] = [:]
        for flow in placed where flow.isDomestic {
            let width = flow.count.map(scale.width(for:)) ?? FlowWidthScale.withheldWidth
            radii[flow.from.code] = ringRadius(width: width) + width / 2
        }
        return radii
    }

    /// A domestic ring's radius (to the middle of its stroke): grows with the stroke so the hole
    /// stays open and a larger count reads as a larger ring.
    static func ringRadius(width: Double) -> Double {
        5 + width
    }

    private static func ring(at center: ScreenPoint, radius: Double, width: Double, withheld: Bool) -> [SVGNode] {
        let circle = [SVGAttribute("cx", center.x), SVGAttribute("cy", center.y), SVGAttribute("r", radius)]
        var line = circle + [SVGAttribute("class", "flow-line"), SVGAttribute("stroke", flowColor), SVGAttribute("stroke-width", width)]
        if withheld { line.append(SVGAttribute("stroke-dasharray", "3 2")) }
        return [
            SVGElement("circle", circle + [
                SVGAttribute("class", "flow-casing"), SVGAttribute("stroke", "#ffffff"), SVGAttribute("stroke-width", width + 2),
            ]).node,
            SVGElement("circle", line).node,
        ]
    }

    private static func line(_ d: String, width: Double, withheld: Bool, marker: String) -> [SVGNode] {
        var attributes = [
            SVGAttribute("class", "flow-line"), SVGAttribute("d", d), SVGAttribute("stroke", flowColor),
            SVGAttribute("stroke-width", width),
        ]
        if withheld { attributes.append(SVGAttribute("stroke-dasharray", "4 3")) }
        attributes.append(SVGAttribute("marker-end", marker))
        return [
            SVGElement("path", [
                SVGAttribute("class", "flow-casing"), SVGAttribute("d", d), SVGAttribute("stroke", "#ffffff"),
                SVGAttribute("stroke-width", width + 2), SVGAttribute("stroke-opacity", 0.8),
            ]).node,
            SVGElement("path", attributes).node,
        ]
    }

    /// An arrowhead in user units (not stroke widths), so its size follows ``FlowArrow/headSize(forWidth:)``
    /// rather than growing in proportion to the shaft. Its base sits on the shaft's end.
    private static func head(_ id: String, arrow: FlowArrow) -> SVGNode {
        let length = arrow.headLength, half = arrow.headHalfWidth
        var d = PathData()
        d.move(to: ScreenPoint(x: 0, y: 0))
        d.line(to: ScreenPoint(x: length, y: half))
        d.line(to: ScreenPoint(x: 0, y: 2 * half))
        d.close()
        return SVGElement("marker", [
            SVGAttribute("id", id), SVGAttribute("markerUnits", "userSpaceOnUse"), SVGAttribute("markerWidth", length),
            SVGAttribute("markerHeight", 2 * half), SVGAttribute("refX", 0), SVGAttribute("refY", half),
            SVGAttribute("orient", "auto"), SVGAttribute("overflow", "visible"),
        ], children: [
            SVGElement("path", [
                SVGAttribute("d", d.string), SVGAttribute("fill", flowColor), SVGAttribute("stroke", "#ffffff"),
                SVGAttribute("stroke-width", 0.8), SVGAttribute("stroke-linejoin", "round"),
            ]).node,
        ]).node
    }
}
