/// Point markers for line charts, one shape per series so lines differ without colour.
enum MarkerShape: CaseIterable {
    case circle
    case square
    case triangle
    case diamond

    /// The shape for series number `index`, cycling.
    static func forSeries(_ index: Int) -> MarkerShape {
        allCases[index % allCases.count]
    }

    /// The marker centred on `center`, with `attributes` (fill, stroke) and `children` (a title).
    func element(at center: ScreenPoint, size: Double, attributes: [SVGAttribute], children: [SVGNode] = []) -> SVGElement {
        let half = size / 2
        switch self {
        case .circle:
            let geometry = [SVGAttribute("cx", center.x), SVGAttribute("cy", center.y), SVGAttribute("r", half)]
            return SVGElement("circle", geometry + attributes, children: children)
        case .square:
            return SVGElement("rect", [
                SVGAttribute("x", center.x - half * 0.9), SVGAttribute("y", center.y - half * 0.9),
                SVGAttribute("width", size * 0.9), SVGAttribute("height", size * 0.9),
            ] + attributes, children: children)
        case .triangle:
            return polygon([(0, -1.15), (1.05, 0.75), (-1.05, 0.75)], center: center, half: half, attributes: attributes, children: children)
        case .diamond:
            return polygon([(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)], center: center, half: half, attributes: attributes, children: children)
        }
    }

    private func polygon(
        _ corners: [(Double, Double)], center: ScreenPoint, half: Double, attributes: [SVGAttribute], children: [SVGNode]
    ) -> SVGElement {
        let points = corners.map { corner in
            SVGNumber.format(center.x + corner.0 * half, fractionDigits: 1) + "," + SVGNumber.format(center.y + corner.1 * half, fractionDigits: 1)
        }
        return SVGElement("polygon", [SVGAttribute("points", points.joined(separator: " "))] + attributes, children: children)
    }
}
