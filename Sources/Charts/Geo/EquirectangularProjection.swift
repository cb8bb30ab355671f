import Foundation

/// The equirectangular (equidistant cylindrical) projection: x grows linearly with longitude and y
/// with latitude, with longitudes shrunk by the cosine of a standard parallel.
///
/// Chosen because route maps are regional and small: at those scales its distortion is far less
/// than what simplified 0.1° outlines already lose, it needs no trigonometry per point, and its
/// inverse and tests are obvious. The standard parallel is set to the middle of the fitted view, so
/// Europe is not stretched sideways as plate carrée (standard parallel 0°) would stretch it.
public struct EquirectangularProjection: Sendable, Equatable {
    /// The geographic point drawn at the middle of ``viewport``.
    public let center: GeoPoint
    /// Pixels per degree of latitude.
    public let scale: Double
    /// Latitude (degrees) at which one degree of longitude and latitude have the same length.
    public let standardParallel: Double
    /// Where the map is drawn.
    public let viewport: Viewport

    /// A projection with everything explicit (``fitting(_:into:margin:minimumSpan:standardParallel:)``
    /// is what charts use).
    public init(center: GeoPoint, scale: Double, standardParallel: Double = 0, viewport: Viewport) {
        self.center = center
        self.scale = scale
        self.standardParallel = standardParallel
        self.viewport = viewport
    }

    /// Pixels per degree of longitude.
    public var longitudeScale: Double { scale * cos(standardParallel * .pi / 180) }

    /// Projects `point`, taking its longitude on the side of the antimeridian nearest ``center``.
    public func project(_ point: GeoPoint) -> ScreenPoint {
        project(longitude: point.longitude + longitudeOffset(forLongitude: point.longitude), latitude: point.latitude)
    }

    /// Projects exactly the longitude given, with no wrapping (for outlines, whose rings are moved
    /// as a whole with ``longitudeOffset(for:)`` so that no ring is torn apart).
    public func project(longitude: Double, latitude: Double) -> ScreenPoint {
        ScreenPoint(
            x: viewport.x + viewport.width / 2 + (longitude - center.longitude) * longitudeScale,
            y: viewport.y + viewport.height / 2 - (latitude - center.latitude) * scale
        )
    }

    /// The multiple of 360° that brings `longitude` closest to the centre of the view.
    public func longitudeOffset(forLongitude longitude: Double) -> Double {
        ((center.longitude - longitude) / 360).rounded() * 360
    }

    /// The multiple of 360° that brings the middle of `bounds` closest to the centre of the view.
    public func longitudeOffset(for bounds: GeoBounds) -> Double {
        longitudeOffset(forLongitude: bounds.center.longitude)
    }

    /// The geographic box that the viewport shows (wider than the fitted box in one direction,
    /// because the viewport's aspect ratio rarely matches it).
    public var visibleBounds: GeoBounds {
        let halfWidth = viewport.width / 2 / longitudeScale
        let halfHeight = viewport.height / 2 / scale
        return GeoBounds(
            minLongitude: center.longitude - halfWidth, minLatitude: center.latitude - halfHeight,
            maxLongitude: center.longitude + halfWidth, maxLatitude: center.latitude + halfHeight
        )
    }

    /// The projection that shows all of `bounds` as large as possible inside `viewport`, leaving
    /// `margin` pixels free on every side.
    ///
    /// - Parameters:
    ///   - bounds: The box to show; it may cross the antimeridian (see ``GeoBounds``).
    ///   - margin: Pixels kept free at each edge, so markers and labels at the box's edge stay visible.
    ///   - minimumSpan: Smallest width and height in degrees, so a route inside one small country
    ///     still shows its neighbours instead of filling the view with one outline.
    ///   - standardParallel: nil picks the middle latitude of `bounds`, limited to ±60° so polar
    ///     views are not stretched absurdly.
    public static func fitting(
        _ bounds: GeoBounds, into viewport: Viewport, margin: Double = 24, minimumSpan: Double = 0, standardParallel: Double? = nil
    ) -> EquirectangularProjection {
        let parallel = standardParallel ?? min(60, max(-60, bounds.center.latitude))
        let cosine = cos(parallel * .pi / 180)
        let inner = viewport.inset(by: min(margin, viewport.width / 4, viewport.height / 4))
        let spanX = max(bounds.width * cosine, minimumSpan * cosine, 1e-6)
        let spanY = max(bounds.height, minimumSpan, 1e-6)
        let scale = max(min(inner.width / spanX, inner.height / spanY), 1e-6)
        var center = bounds.center
        // Keep the poles out of the view where the box allows it: better to show more of the south
        // than empty space above the North Pole.
        let halfHeight = viewport.height / 2 / scale
        if halfHeight < 90 {
            center.latitude = min(max(center.latitude, -90 + halfHeight), 90 - halfHeight)
        }
        return EquirectangularProjection(center: center, scale: scale, standardParallel: parallel, viewport: viewport)
    }
}
