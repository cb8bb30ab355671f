extension FlowMap.Role {
    /// Fill of a touched country. Light, so the arrows on top stay the strongest thing on the map,
    /// and colour is never the only cue: origins are solid pale blue, destinations have pale orange
    /// stripes, countries that are both have orange dots on blue. Outlines are darker versions of
    /// the same colours.
    func fill(_ ids: SVGIdentifier) -> String {
        switch self {
        case .origin: "#c6dbef"
        case .destination: ids.url("role-destination")
        case .both: ids.url("role-both")
        }
    }

    /// Outline colour that matches ``fill(_:)``.
    var outline: String {
        switch self {
        case .origin: "#6a9cc6"
        case .destination: "#c8963a"
        case .both: "#8a7fa8"
        }
    }

    /// The pattern definitions the fills refer to.
    static func patterns(_ ids: SVGIdentifier) -> [SVGNode] {
        let stripes = SVGElement("pattern", [
            SVGAttribute("id", ids.id("role-destination")), SVGAttribute("width", 6), SVGAttribute("height", 6),
            SVGAttribute("patternUnits", "userSpaceOnUse"), SVGAttribute("patternTransform", "rotate(45)"),
        ], children: [
            SVGElement("rect", [SVGAttribute("width", 6), SVGAttribute("height", 6), SVGAttribute("fill", "#fdf0d5")]).node,
            SVGElement("rect", [SVGAttribute("width", 2.5), SVGAttribute("height", 6), SVGAttribute("fill", "#f2c77a")]).node,
        ])
        let dots = SVGElement("pattern", [
            SVGAttribute("id", ids.id("role-both")), SVGAttribute("width", 6), SVGAttribute("height", 6),
            SVGAttribute("patternUnits", "userSpaceOnUse"),
        ], children: [
            SVGElement("rect", [SVGAttribute("width", 6), SVGAttribute("height", 6), SVGAttribute("fill", "#c6dbef")]).node,
            SVGElement("circle", [SVGAttribute("cx", 3), SVGAttribute("cy", 3), SVGAttribute("r", 1.4), SVGAttribute("fill", "#e69f00")]).node,
        ])
        return [stripes.node, dots.node]
    }

    /// A legend entry showing this role's fill and outline.
    func legendItem(label: String, ids: SVGIdentifier) -> Legend.Item {
        Legend.Item(label: label) { x, y in
            [SVGElement("rect", [
                SVGAttribute("x", x + 1), SVGAttribute("y", y + 1), SVGAttribute("width", 12), SVGAttribute("height", 12),
                SVGAttribute("fill", fill(ids)), SVGAttribute("stroke", outline), SVGAttribute("stroke-width", 1),
            ]).node]
        }
    }
}
