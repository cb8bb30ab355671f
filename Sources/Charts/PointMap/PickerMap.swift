import Foundation

/// One view of the world map at one of a few zoom levels, for picking a place by pointing at it
/// where no tile server is reachable (the public report form).
///
/// Views are snapped to a grid (the centre moves in eighths of the view), so that the few views
/// people ask for are the same URLs and can be cached, and so that the address asked for says
/// less than the place finally picked: the chosen point itself is drawn by the page's script and
/// never sent for a view.
///
/// The root `<svg>` carries the projection (`data-center-longitude`, `data-center-latitude`,
/// `data-scale`, `data-longitude-scale`, `data-level`), which is all a script needs to turn a
/// click into degrees with the inverse of ``EquirectangularProjection`` (see ``location(x:y:)``).
public struct PickerMap: Sendable, Equatable {
    /// Degrees of latitude shown at each level: the whole world first, then three times closer
    /// each step, down to about 70 km across, where the 1:50m outlines stop saying more.
    public static let spans: [Double] = [160, 54, 18, 6, 2, 0.66]
    /// The view's size in pixels (the SVG scales with CSS; clicks are mapped through its viewBox).
    public static let width = 640, height = 400
    /// How far from the intended place a finger or pointer lands, in pixels; see ``uncertaintyMeters``.
    public static let pointingSlackPixels = 4.0

    /// Index into ``spans``.
    public let level: Int
    /// The middle of the view, on the grid.
    public let center: GeoPoint

    /// The view nearest to the one asked for: level clamped to ``spans``, centre snapped to the
    /// grid, longitude wrapped into -180..<180 and latitude kept so the view does not pass a pole.
    public init(longitude: Double, latitude: Double, level: Int) {
        let level = min(max(level, 0), Self.spans.count - 1)
        let span = Self.spans[level]
        let step = span / 8
        var snappedLongitude = ((longitude + 180).truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) - 180
        snappedLongitude = (snappedLongitude / step).rounded() * step
        if snappedLongitude >= 180 { snappedLongitude -= 360 }
        let halfHeight = span / 2
        let latitude = halfHeight >= 90 ? 0 : min(max((latitude / step).rounded() * step, -90 + halfHeight), 90 - halfHeight)
        self.level = level
        self.center = GeoPoint(longitude: snappedLongitude, latitude: latitude)
    }

    /// The whole world.
    public static let world = PickerMap(longitude: 0, latitude: 0, level: 0)

    /// The projection of this view.
    public var projection: EquirectangularProjection {
        let half = Self.spans[level] / 2
        let bounds = GeoBounds(minLongitude: center.longitude - half, minLatitude: center.latitude - half,
                               maxLongitude: center.longitude + half, maxLatitude: center.latitude + half)
        return EquirectangularProjection.fitting(bounds, into: Viewport(width: Double(Self.width), height: Double(Self.height)),
                                                 margin: 0, standardParallel: min(60, max(-60, center.latitude)))
    }

    /// The place under the pixel (`x`, `y`) of the view: what the page's script computes on a click.
    public func location(x: Double, y: Double) -> GeoPoint {
        let projection = self.projection
        var longitude = projection.center.longitude + (x - Double(Self.width) / 2) / projection.longitudeScale
        longitude = ((longitude + 180).truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360) - 180
        let latitude = projection.center.latitude - (y - Double(Self.height) / 2) / projection.scale
        return GeoPoint(longitude: longitude, latitude: min(90, max(-90, latitude)))
    }

    /// How precise a place picked on this view can honestly claim to be: the pointing slack in
    /// metres along a meridian (reported as the location's accuracy, as a device's GPS would).
    public var uncertaintyMeters: Double {
        Self.pointingSlackPixels / projection.scale * 111_320
    }

    /// The view as an accessible SVG string, with the projection on its root for the script.
    public func svg(title: String, description: String) -> String {
        let projection = self.projection
        let area = Viewport(width: Double(Self.width), height: Double(Self.height))
        let ids = SVGIdentifier(prefix: nil, kind: "picker", seed: "\(level),\(center.longitude),\(center.latitude)")
        var document = SVGDocument(width: Self.width, height: Self.height, title: title, description: description, identifier: ids, cssClass: "chart picker-map")
        document.rootAttributes = [
            SVGAttribute("data-level", level),
            SVGAttribute("data-center-longitude", SVGNumber.format(projection.center.longitude, fractionDigits: 6)),
            SVGAttribute("data-center-latitude", SVGNumber.format(projection.center.latitude, fractionDigits: 6)),
            SVGAttribute("data-scale", SVGNumber.format(projection.scale, fractionDigits: 6)),
            SVGAttribute("data-longitude-scale", SVGNumber.format(projection.longitudeScale, fractionDigits: 6)),
            SVGAttribute("data-uncertainty-m", uncertaintyMeters.rounded()),
        ]
        PointMap.drawLand(on: &document, projection, area: area)
        return document.rendered()
    }
}
