/// A longitude/latitude box.
///
/// `maxLongitude` may exceed 180 when the box crosses the antimeridian: a box from 170°E to 170°W
/// is `minLongitude: 170, maxLongitude: 190`. Keeping the box contiguous this way lets the
/// projection stay a simple linear map.
public struct GeoBounds: Sendable, Equatable {
    public var minLongitude: Double
    public var minLatitude: Double
    public var maxLongitude: Double
    public var maxLatitude: Double

    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }

    /// The box around one point.
    public init(point: GeoPoint) {
        self.init(minLongitude: point.longitude, minLatitude: point.latitude, maxLongitude: point.longitude, maxLatitude: point.latitude)
    }

    /// The whole globe.
    public static let world = GeoBounds(minLongitude: -180, minLatitude: -90, maxLongitude: 180, maxLatitude: 90)

    /// The inhabited world: Antarctica left out, so world maps spend their height on countries.
    public static let inhabitedWorld = GeoBounds(minLongitude: -180, minLatitude: -58, maxLongitude: 180, maxLatitude: 84)

    public var width: Double { maxLongitude - minLongitude }
    public var height: Double { maxLatitude - minLatitude }
    public var center: GeoPoint {
        GeoPoint(longitude: (minLongitude + maxLongitude) / 2, latitude: (minLatitude + maxLatitude) / 2)
    }

    /// The box grown by `degrees` on every side, latitudes kept within ±90.
    public func expanded(by degrees: Double) -> GeoBounds {
        GeoBounds(
            minLongitude: minLongitude - degrees, minLatitude: max(-90, minLatitude - degrees),
            maxLongitude: maxLongitude + degrees, maxLatitude: min(90, maxLatitude + degrees)
        )
    }

    /// Whether the two boxes overlap, comparing longitudes as given (no wrapping).
    public func intersects(_ other: GeoBounds) -> Bool {
        minLongitude <= other.maxLongitude && other.minLongitude <= maxLongitude
            && minLatitude <= other.maxLatitude && other.minLatitude <= maxLatitude
    }

    /// The box moved east by `degrees` (used with ±360 to draw a shape on the other side of the
    /// antimeridian).
    public func shifted(by degrees: Double) -> GeoBounds {
        GeoBounds(minLongitude: minLongitude + degrees, minLatitude: minLatitude, maxLongitude: maxLongitude + degrees, maxLatitude: maxLatitude)
    }
}
