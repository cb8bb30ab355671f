/// The outline and label point of one country or territory, by ISO 3166-1 alpha-3 code.
public struct CountryShape: Sendable {
    /// ISO 3166-1 alpha-3 code (`XKX` for Kosovo).
    public let code: String
    /// A point inside the country's largest polygon, where markers and labels go.
    public let labelPoint: GeoPoint
    /// The box around the country's main polygons (those at least half the area of the largest),
    /// used to fit a map: a route through France should not zoom out to include far-off islands.
    public let mainBounds: GeoBounds
    /// Outer rings and holes, implicitly closed; draw them with the even-odd rule. Empty for
    /// territories too small for the source data, which only have a label point.
    public let rings: [[GeoPoint]]
    /// The box around every ring (the label point when there are none).
    public let bounds: GeoBounds

    public init(code: String, labelPoint: GeoPoint, mainBounds: GeoBounds, rings: [[GeoPoint]]) {
        self.code = code
        self.labelPoint = labelPoint
        self.mainBounds = mainBounds
        self.rings = rings
        let points = rings.joined()
        if points.isEmpty {
            bounds = GeoBounds(point: labelPoint)
        } else {
            bounds = GeoBounds(
                minLongitude: points.map(\.longitude).min()!, minLatitude: points.map(\.latitude).min()!,
                maxLongitude: points.map(\.longitude).max()!, maxLatitude: points.map(\.latitude).max()!
            )
        }
    }

    /// Whether there is an outline to draw.
    public var hasOutline: Bool { !rings.isEmpty }
}
