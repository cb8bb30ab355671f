extension RouteMap.Stop.Kind {
    /// When one country has stops of several kinds, its fill shows the most serious one; its CSS
    /// classes still list them all.
    var precedence: Int {
        switch self {
        case .exploitation: 3
        case .recruitment: 2
        case .transit: 1
        }
    }

    /// Fill of a touched country. Colour is never the only cue: recruitment is solid, transit is
    /// striped, exploitation is dark with dots, and the outlines differ too (solid, dashed, thick).
    /// Colours are from Okabe–Ito (blue, orange) plus Tol's wine, distinguishable with common
    /// colour-vision deficiencies; each is at least 3:1 against the light grey land or carries a
    /// dark outline that is.
    func fill(_ ids: SVGIdentifier) -> String {
        switch self {
        case .recruitment: "#0072B2"
        case .transit: ids.url("transit")
        case .exploitation: ids.url("exploitation")
        }
    }

    /// Outline attributes that match ``fill(_:)``.
    var outline: [SVGAttribute] {
        switch self {
        case .recruitment:
            [SVGAttribute("stroke", "#00304d"), SVGAttribute("stroke-width", 1.5)]
        case .transit:
            [SVGAttribute("stroke", "#6b4700"), SVGAttribute("stroke-width", 1.5), SVGAttribute("stroke-dasharray", "4 2")]
        case .exploitation:
            [SVGAttribute("stroke", "#3d0a24"), SVGAttribute("stroke-width", 2.5)]
        }
    }

    /// The pattern definitions the fills refer to.
    static func patterns(_ ids: SVGIdentifier) -> [SVGNode] {
        let stripes = SVGElement("pattern", [
            SVGAttribute("id", ids.id("transit")), SVGAttribute("width", 6), SVGAttribute("height", 6),
            SVGAttribute("patternUnits", "userSpaceOnUse"), SVGAttribute("patternTransform", "rotate(45)"),
        ], children: [
            SVGElement("rect", [SVGAttribute("width", 6), SVGAttribute("height", 6), SVGAttribute("fill", "#fde7b0")]).node,
            SVGElement("rect", [SVGAttribute("width", 3), SVGAttribute("height", 6), SVGAttribute("fill", "#E69F00")]).node,
        ])
        let dots = SVGElement("pattern", [
            SVGAttribute("id", ids.id("exploitation")), SVGAttribute("width", 6), SVGAttribute("height", 6),
            SVGAttribute("patternUnits", "userSpaceOnUse"),
        ], children: [
            SVGElement("rect", [SVGAttribute("width", 6), SVGAttribute("height", 6), SVGAttribute("fill", "#882255")]).node,
            SVGElement("circle", [SVGAttribute("cx", 3), SVGAttribute("cy", 3), SVGAttribute("r", 1.3), SVGAttribute("fill", "#f2c4dc")]).node,
        ])
        return [stripes.node, dots.node]
    }

    /// A legend entry showing this kind's fill and outline.
    func legendItem(label: String, ids: SVGIdentifier) -> Legend.Item {
        Legend.Item(label: label) { x, y in
            [SVGElement("rect", [
                SVGAttribute("x", x + 1), SVGAttribute("y", y + 1), SVGAttribute("width", 12), SVGAttribute("height", 12),
                SVGAttribute("fill", fill(ids)),
            ] + outline).node]
        }
    }
}
