/// The geometry of one curved arrow between two markers.
///
/// Arrows are curved, so a route that goes A→B and later B→A draws two separate arcs instead of one
/// line with two heads (each bends to its own left), and the caller can bend a leg away from its
/// neighbour. The arrowhead is an explicit
/// triangle rather than an SVG `<marker>`, whose rendering and id handling vary between renderers.
struct RouteArrow {
    let shaft: String
    let head: String

    /// Length of the arrowhead and half its width, in pixels.
    static let headLength = 9.0
    static let headHalfWidth = 4.5

    /// The arrow from the marker at `start` to the marker at `end`, leaving `clearance` pixels free
    /// around each marker's centre; nil when the markers are too close for an arrow to be seen.
    init?(from start: ScreenPoint, to end: ScreenPoint, clearance: Double, bendLeft: Bool = true) {
        let length = start.distance(to: end)
        guard length > 2 * clearance + Self.headLength + 4 else { return nil }
        let normal = ScreenPoint(x: (end.y - start.y) / length, y: -(end.x - start.x) / length)
        let bulge = length * 0.18 * (bendLeft ? 1 : -1)
        let control = ScreenPoint(x: (start.x + end.x) / 2 + normal.x * bulge, y: (start.y + end.y) / 2 + normal.y * bulge)
        let curve = Quadratic(p0: start, p1: control, p2: end)
        // The curve is a little longer than the chord; parameter steps by chord length are close
        // enough for trimming a few pixels.
        let tStart = clearance / length
        let tTip = 1 - (clearance + 1) / length
        let tip = curve.point(tTip)
        let tangent = curve.tangent(tTip)
        let tangentLength = max(tangent.x * tangent.x + tangent.y * tangent.y, 1e-12).squareRoot()
        let direction = ScreenPoint(x: tangent.x / tangentLength, y: tangent.y / tangentLength)
        let base = ScreenPoint(x: tip.x - direction.x * Self.headLength, y: tip.y - direction.y * Self.headLength)
        let tShaftEnd = tTip - (Self.headLength - 2) / length

        let segment = curve.segment(from: tStart, to: tShaftEnd)
        var shaft = PathData()
        shaft.move(to: segment.p0)
        shaft.quadCurve(control: segment.p1, to: segment.p2)
        self.shaft = shaft.string

        var head = PathData()
        head.move(to: tip)
        head.line(to: ScreenPoint(x: base.x - direction.y * Self.headHalfWidth, y: base.y + direction.x * Self.headHalfWidth))
        head.line(to: ScreenPoint(x: base.x + direction.y * Self.headHalfWidth, y: base.y - direction.x * Self.headHalfWidth))
        head.close()
        self.head = head.string
    }

    /// Whether `point` lies strictly to the left of the line from `start` to `end`, on screen (y
    /// down); a point on the line counts as right, so callers fall back to the default bend.
    static func isLeft(_ point: ScreenPoint, of start: ScreenPoint, _ end: ScreenPoint) -> Bool {
        let cross = (end.x - start.x) * (point.y - start.y) - (end.y - start.y) * (point.x - start.x)
        return cross < -1e-9
    }

    /// A quadratic Bézier curve.
    struct Quadratic {
        let p0: ScreenPoint
        let p1: ScreenPoint
        let p2: ScreenPoint

        func point(_ t: Double) -> ScreenPoint {
            let u = 1 - t
            return ScreenPoint(
                x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x,
                y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y
            )
        }

        func tangent(_ t: Double) -> ScreenPoint {
            ScreenPoint(
                x: 2 * (1 - t) * (p1.x - p0.x) + 2 * t * (p2.x - p1.x),
                y: 2 * (1 - t) * (p1.y - p0.y) + 2 * t * (p2.y - p1.y)
            )
        }

        /// The part of the curve between `t0` and `t1`, as a quadratic of its own (blossoming).
        func segment(from t0: Double, to t1: Double) -> Quadratic {
            let a = (1 - t0) * (1 - t1), b = (1 - t0) * t1 + t0 * (1 - t1), c = t0 * t1
            let control = ScreenPoint(x: a * p0.x + b * p1.x + c * p2.x, y: a * p0.y + b * p1.y + c * p2.y)
            return Quadratic(p0: point(t0), p1: control, p2: point(t1))
        }
    }
}
