import Foundation

extension WorldShapes {
    /// The ISO alpha-3 code of the country whose outline holds `point`, or nil at sea or where the
    /// 1:50m outlines (0.1° precision) cannot tell: near a coast or a border the answer may be a
    /// neighbour's, so callers offer it as a suggestion, never as fact.
    ///
    /// A point just off a simplified coast (Lima, Tel Aviv: the outlines cut corners of a few
    /// kilometres) gets the country whose outline passes within `tolerance` degrees, the nearest.
    public static func country(containing point: GeoPoint, tolerance: Double = 0.25) -> String? {
        for shape in all where shape.hasOutline && shape.bounds.contains(point) {
            if shape.contains(point) { return shape.code }
        }
        var best: (code: String, distance: Double)?
        for shape in all where shape.hasOutline && shape.bounds.expanded(by: tolerance).contains(point) {
            let distance = shape.distance(to: point)
            if distance <= tolerance, distance < best?.distance ?? .infinity { best = (shape.code, distance) }
        }
        return best?.code
    }
}

extension CountryShape {
    /// Whether `point` lies inside the outline, by the even-odd rule over all rings (holes included).
    public func contains(_ point: GeoPoint) -> Bool {
        var inside = false
        for ring in rings where ring.count >= 3 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.latitude > point.latitude) != (previous.latitude > point.latitude) {
                    let crossing = (previous.longitude - current.longitude) * (point.latitude - current.latitude)
                        / (previous.latitude - current.latitude) + current.longitude
                    if point.longitude < crossing { inside.toggle() }
                }
                previous = current
            }
        }
        return inside
    }

    /// The distance in degrees (longitude scaled by the cosine of the latitude) from `point` to the nearest edge.
    func distance(to point: GeoPoint) -> Double {
        let scale = cos(point.latitude * .pi / 180)
        var best = Double.infinity
        for ring in rings where ring.count >= 2 {
            var previous = ring[ring.count - 1]
            for current in ring {
                let ax = (previous.longitude - point.longitude) * scale, ay = previous.latitude - point.latitude
                let bx = (current.longitude - point.longitude) * scale, by = current.latitude - point.latitude
                let dx = bx - ax, dy = by - ay
                let length = dx * dx + dy * dy
                let t = length == 0 ? 0 : max(0, min(1, -(ax * dx + ay * dy) / length))
                let x = ax + t * dx, y = ay + t * dy
                best = min(best, (x * x + y * y).squareRoot())
                previous = current
            }
        }
        return best
    }
}

extension GeoBounds {
    /// Whether the box holds `point` (a box past 180° is checked at both longitudes).
    public func contains(_ point: GeoPoint) -> Bool {
        guard (minLatitude...maxLatitude).contains(point.latitude) else { return false }
        return [0.0, 360].contains { (minLongitude...maxLongitude).contains(point.longitude + $0) }
    }
}
