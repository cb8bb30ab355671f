/// The geometry of one flow: a quadratic Bézier shaft that stops where the arrowhead starts, and
/// the arrowhead's size, drawn by an SVG `<marker>` at the shaft's end.
///
/// Every arrow bends to its own left (seen along the direction of travel), so A→B and B→A arc on
/// opposite sides instead of lying on top of each other, and the same pair of countries always
/// gets the same picture.
struct FlowArrow {
    /// The shaft's path data, ending at the base of the arrowhead.
    let shaft: String
    /// Length of the arrowhead along the flow, in pixels.
    let headLength: Double
    /// Half the arrowhead's width across the flow, in pixels.
    let headHalfWidth: Double
    /// Where the arrowhead points.
    let tip: ScreenPoint

    /// How far the curve's middle leaves the straight line, as a share of the distance.
    static let bend = 0.2

    /// The head for a shaft of `width`: grows with the shaft, but less than it, so a thin flow still
    /// shows its direction and a thick one does not end in a huge triangle.
    static func headSize(forWidth width: Double) -> (length: Double, halfWidth: Double) {
        (5 + 1.2 * width, 2.5 + 0.9 * width)
    }

    /// The arrow from `start` to `end` with a shaft `width` pixels wide, leaving `startClearance`
    /// and `endClearance` pixels free around the ends (for rings drawn there). Clearances shrink
    /// when the points are too close, so a flow between neighbours is never dropped; nil only when
    /// the two points coincide.
    init?(from start: ScreenPoint, to end: ScreenPoint, width: Double, startClearance: Double, endClearance: Double) {
        let length = start.distance(to: end)
        guard length > 1 else { return nil }
        var head = Self.headSize(forWidth: width)
        // Keep at least a third of the chord for the shaft.
        let headRoom = length * 2 / 3
        if head.length > headRoom {
            let shrink = headRoom / head.length
            head = (head.length * shrink, head.halfWidth * shrink)
        }
        let clearanceRoom = max(0, length - head.length - length / 3)
        let clearanceScale = min(1, clearanceRoom / max(startClearance + endClearance, 1e-9))
        let tStart = startClearance * clearanceScale / length
        let tTip = 1 - endClearance * clearanceScale / length
        // Parameter steps by chord length are close enough for trimming a few pixels.
        let tBase = tTip - head.length / length

        let normal = ScreenPoint(x: (end.y - start.y) / length, y: -(end.x - start.x) / length)
        let bulge = length * Self.bend
        let control = ScreenPoint(x: (start.x + end.x) / 2 + normal.x * bulge, y: (start.y + end.y) / 2 + normal.y * bulge)
        let curve = RouteArrow.Quadratic(p0: start, p1: control, p2: end)
        let segment = curve.segment(from: tStart, to: tBase)
        var path = PathData()
        path.move(to: segment.p0)
        path.quadCurve(control: segment.p1, to: segment.p2)
        shaft = path.string
        headLength = head.length
        headHalfWidth = head.halfWidth
        tip = curve.point(tTip)
    }

    /// A box around the arrowhead, which names must not cover.
    var headBox: RouteMap.Box {
        let reach = max(headLength, headHalfWidth) + 1
        return RouteMap.Box(minX: tip.x - reach, minY: tip.y - reach, maxX: tip.x + reach, maxY: tip.y + reach)
    }
}
