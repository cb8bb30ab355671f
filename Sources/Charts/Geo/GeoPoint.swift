/// A position on the globe in degrees (WGS 84 as Natural Earth gives it).
public struct GeoPoint: Sendable, Hashable {
    /// East-positive longitude, -180...180 in the data (a fitted view may use values past 180).
    public var longitude: Double
    /// North-positive latitude, -90...90.
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
