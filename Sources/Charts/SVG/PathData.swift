/// Builds the `d` attribute of a `<path>` compactly: one decimal by default (a tenth of a pixel is
/// invisible, and country outlines are most of a map's bytes), implicit line-tos after a move.
public struct PathData: Sendable {
    /// The path so far.
    public private(set) var string = ""
    private let fractionDigits: Int
    private var afterMove = false

    /// An empty path whose coordinates are written with at most `fractionDigits` decimals.
    public init(fractionDigits: Int = 1) {
        self.fractionDigits = fractionDigits
    }

    /// Starts a new subpath at `point`.
    public mutating func move(to point: ScreenPoint) {
        string += "M" + pair(point)
        afterMove = true
    }

    /// A straight segment to `point`. Right after a move the `L` is implicit, which SVG allows.
    public mutating func line(to point: ScreenPoint) {
        string += (afterMove ? " " : "L") + pair(point)
    }

    /// A quadratic Bézier curve through `control` to `point`.
    public mutating func quadCurve(control: ScreenPoint, to point: ScreenPoint) {
        string += "Q" + pair(control) + " " + pair(point)
        afterMove = false
    }

    /// Closes the current subpath.
    public mutating func close() {
        string += "Z"
        afterMove = false
    }

    /// Whether nothing has been drawn.
    public var isEmpty: Bool { string.isEmpty }

    private func pair(_ point: ScreenPoint) -> String {
        SVGNumber.format(point.x, fractionDigits: fractionDigits) + " " + SVGNumber.format(point.y, fractionDigits: fractionDigits)
    }
}
