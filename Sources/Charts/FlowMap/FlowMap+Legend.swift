extension FlowMap {
    /// The legend: the caller's title, sample widths with their values, then the withheld line, the
    /// domestic ring and the roles, each only when the map shows it and the caller gave it words.
    static func legend(
        _ placed: [PlacedFlow], roles: [Role], scale: FlowWidthScale, legendTitle: String, text: FlowText,
        domesticLabel: String, roleLabels: [Role: String], ids: SVGIdentifier
    ) -> Legend {
        let counts = placed.compactMap(\.count)
        var items: [Legend.Item] = FlowWidthScale.legendSamples(counts).map { count in
            lineItem(label: text.format(count), width: scale.width(for: count), dashed: false)
        }
        if placed.contains(where: { $0.count == nil }) {
            items.append(lineItem(label: text.withheldLabel, width: FlowWidthScale.withheldWidth, dashed: true))
        }
        if placed.contains(where: \.isDomestic) {
            items.append(Legend.Item(label: domesticLabel) { x, y in
                [SVGElement("circle", [
                    SVGAttribute("cx", x + 7), SVGAttribute("cy", y + 7), SVGAttribute("r", 5), SVGAttribute("fill", "none"),
                    SVGAttribute("stroke", flowColor), SVGAttribute("stroke-width", 2),
                ]).node]
            })
        }
        for role in Role.allCases where roles.contains(role) {
            items.append(role.legendItem(label: roleLabels[role] ?? "", ids: ids))
        }
        return Legend(title: legendTitle, items: items)
    }

    /// A short horizontal stroke of `width`, as the flows are drawn.
    private static func lineItem(label: String, width: Double, dashed: Bool) -> Legend.Item {
        Legend.Item(label: label, swatchWidth: 28) { x, y in
            var attributes = [
                SVGAttribute("class", "legend-flow"), SVGAttribute("x1", x), SVGAttribute("y1", y + 7), SVGAttribute("x2", x + 28),
                SVGAttribute("y2", y + 7), SVGAttribute("stroke", flowColor), SVGAttribute("stroke-width", width),
            ]
            if dashed { attributes.append(SVGAttribute("stroke-dasharray", "4 3")) }
            return [SVGElement("line", attributes).node]
        }
    }
}
