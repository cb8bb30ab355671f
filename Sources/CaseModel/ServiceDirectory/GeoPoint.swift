import Foundation

/// A point on the Earth's surface in decimal degrees (WGS 84), as a phone or a
/// map gives it.
public struct GeoPoint: Hashable, Codable, Sendable {
    public var latitude: Double
    public var longitude: Double

    /// - Returns: `nil` when the latitude is outside -90…90 or the longitude outside -180…180.
    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The mean radius of the Earth in kilometres (IUGG mean radius R₁, 6371.0088 km).
    public static let earthRadiusKm = 6371.0088

    /// The great-circle distance to `other` in kilometres, by the haversine formula.
    ///
    /// The Earth is taken as a sphere, which is within about 0.5 % of the
    /// ellipsoidal distance: far better than "how far is the shelter" needs,
    /// and the haversine stays accurate for short distances where the
    /// spherical law of cosines loses digits.
    public func distanceKm(to other: GeoPoint) -> Double {
        let φ1 = latitude * .pi / 180
        let φ2 = other.latitude * .pi / 180
        let Δφ = φ2 - φ1
        let Δλ = (other.longitude - longitude) * .pi / 180
        let a = sin(Δφ / 2) * sin(Δφ / 2) + cos(φ1) * cos(φ2) * sin(Δλ / 2) * sin(Δλ / 2)
        return 2 * Self.earthRadiusKm * asin(min(1, a.squareRoot()))
    }
}
