/// An accessible SVG root: `role="img"` with a `<title>` and `<desc>` that `aria-labelledby`
/// points to, so screen readers announce the chart's name and its description.
///
/// Inline SVG in HTML gets no accessible name from `<title>` reliably across browsers; the
/// explicit `role` and `aria-labelledby` pair is what works everywhere.
public struct SVGDocument: Sendable {
    /// Width and height in CSS pixels; also the `viewBox`, so the chart scales with CSS.
    public var width: Int
    public var height: Int
    /// Short name of the chart, read first by screen readers and shown as a tooltip.
    public var title: String
    /// Longer text alternative: what the chart shows, in words.
    public var description: String
    /// Prefix for every id in this chart.
    public var identifier: SVGIdentifier
    /// Extra class names for the root, e.g. `chart route-map`.
    public var cssClass: String
    /// Definitions (patterns), written inside `<defs>`.
    public var definitions: [SVGNode] = []
    /// The drawing, in painting order.
    public var body: [SVGNode] = []
    /// Extra attributes of the root, after the standard ones (for example `data-` values a script reads).
    public var rootAttributes: [SVGAttribute] = []

    /// Creates an empty document.
    public init(width: Int, height: Int, title: String, description: String, identifier: SVGIdentifier, cssClass: String) {
        self.width = max(1, width)
        self.height = max(1, height)
        self.title = title
        self.description = description
        self.identifier = identifier
        self.cssClass = cssClass
    }

    /// The `<svg>` element with everything in it.
    public func rendered() -> String {
        var children: [SVGNode] = [
            SVGElement("title", [SVGAttribute("id", identifier.id("title"))], text: title).node,
            SVGElement("desc", [SVGAttribute("id", identifier.id("desc"))], text: description).node,
        ]
        if !definitions.isEmpty {
            children.append(SVGElement("defs", children: definitions).node)
        }
        children += body
        let root = SVGElement("svg", [
            SVGAttribute("xmlns", "http://www.w3.org/2000/svg"),
            SVGAttribute("width", width),
            SVGAttribute("height", height),
            SVGAttribute("viewBox", "0 0 \(width) \(height)"),
            SVGAttribute("role", "img"),
            SVGAttribute("aria-labelledby", identifier.id("title") + " " + identifier.id("desc")),
            SVGAttribute("class", cssClass),
            SVGAttribute("font-family", Palette.fontFamily),
        ] + rootAttributes, children: children)
        return root.rendered()
    }
}
