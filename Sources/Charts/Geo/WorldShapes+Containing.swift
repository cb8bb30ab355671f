extension WorldShapes {
    /// The ISO alpha-3 code of the country whose outline holds `point`, or nil at sea or where the
    /// 1:50m outlines (0.1° precision) cannot tell: near a coast or a border the answer may be a
    /// neighbour's, so callers offer it as a suggestion, never as fact.
    public static func country(containing point: GeoPoint) -> String? {
        for shape in all where shape.hasOutline && shape.bounds.contains(point) {
            if shape.contains(point) { return shape.code }
        }
        return nil
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
}

extension GeoBounds {
    /// Whether the box holds `point` (a box past 180° is checked at both longitudes).
    public func contains(_ point: GeoPoint) -> Bool {
        guard (minLatitude...maxLatitude).contains(point.latitude) else { return false }
        return [0.0, 360].contains { (minLongitude...maxLongitude).contains(point.longitude + $0) }
    }
}
