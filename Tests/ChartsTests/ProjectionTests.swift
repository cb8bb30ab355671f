import Testing
@testable import Charts

@Suite("Projection")
struct ProjectionTests {
    @Test("Plate carrée maps known points where expected")
    func knownPoints() {
        let origin = GeoPoint(longitude: 0, latitude: 0)
        let projection = EquirectangularProjection(center: origin, scale: 1, viewport: Viewport(width: 360, height: 180))
        let cases: [(GeoPoint, ScreenPoint)] = [
            (GeoPoint(longitude: 0, latitude: 0), ScreenPoint(x: 180, y: 90)),
            (GeoPoint(longitude: -180, latitude: 90), ScreenPoint(x: 0, y: 0)),
            (GeoPoint(longitude: 180, latitude: -90), ScreenPoint(x: 360, y: 180)),
            (GeoPoint(longitude: 12.5, latitude: 41.9), ScreenPoint(x: 192.5, y: 48.1)),
        ]
        for (geo, expected) in cases {
            let point = projection.project(longitude: geo.longitude, latitude: geo.latitude)
            #expect(abs(point.x - expected.x) < 1e-9 && abs(point.y - expected.y) < 1e-9, "\(geo) → \(point)")
        }
    }

    @Test("A standard parallel of 60° halves the longitude scale")
    func standardParallel() {
        let projection = EquirectangularProjection(
            center: GeoPoint(longitude: 10, latitude: 50), scale: 10, standardParallel: 60, viewport: Viewport(width: 200, height: 100)
        )
        let east = projection.project(longitude: 11, latitude: 50)
        let north = projection.project(longitude: 10, latitude: 51)
        #expect(abs(east.x - 105) < 1e-9 && abs(east.y - 50) < 1e-9)
        #expect(abs(north.x - 100) < 1e-9 && abs(north.y - 40) < 1e-9)
    }

    @Test("Fitting keeps the box inside the viewport, with the margin free")
    func fittingKeepsBoxInside() {
        let box = GeoBounds(minLongitude: -10, minLatitude: 35, maxLongitude: 30, maxLatitude: 60)
        let viewport = Viewport(x: 0, y: 0, width: 640, height: 320)
        let projection = EquirectangularProjection.fitting(box, into: viewport, margin: 30)
        let inner = viewport.inset(by: 30 - 1e-6)
        for corner in [GeoPoint(longitude: -10, latitude: 35), GeoPoint(longitude: 30, latitude: 60),
                       GeoPoint(longitude: -10, latitude: 60), GeoPoint(longitude: 30, latitude: 35)] {
            #expect(inner.contains(projection.project(corner)), "\(corner)")
        }
        // The box is not a speck: it fills the viewport in at least one direction.
        let width = projection.project(GeoPoint(longitude: 30, latitude: 50)).x - projection.project(GeoPoint(longitude: -10, latitude: 50)).x
        let height = projection.project(GeoPoint(longitude: 0, latitude: 35)).y - projection.project(GeoPoint(longitude: 0, latitude: 60)).y
        #expect(abs(width - 580) < 1e-6 || abs(height - 260) < 1e-6)
    }

    @Test("Fitting a route keeps every stop inside the map with margin", arguments: [
        ["NGA", "NER", "LBY", "ITA"], ["ALB", "ITA", "FRA", "GBR"], ["VNM", "CHN", "RUS"], ["MEX", "USA", "CAN"],
        ["FJI", "NZL", "WSM"], ["RUS", "USA"], ["CHL", "AUS"], ["LUX"], ["GIB", "MAR"],
    ])
    func routeFitting(_ codes: [String]) {
        let stops = codes.enumerated().map { RouteMap.Stop(country: $1, kind: .transit, ordinal: $0 + 1) }
        let placed = stops.compactMap { stop in WorldShapes.shape(for: stop.country).map { RouteMap.PlacedStop(stop: stop, shape: $0) } }
        let area = Viewport(width: 640, height: 320)
        let projection = RouteMap.fit(placed, into: area)
        let inner = area.inset(by: 2 * RouteMap.markerRadius)
        for item in placed {
            let point = projection.project(item.shape.labelPoint)
            #expect(inner.contains(point), "\(item.shape.code) at \(point)")
        }
    }

    @Test("Boxes across the antimeridian give a narrow view, not the whole world")
    func antimeridian() throws {
        let fiji = GeoBounds(minLongitude: 177, minLatitude: -19, maxLongitude: 180, maxLatitude: -16)
        let samoa = GeoBounds(minLongitude: -172.8, minLatitude: -14, maxLongitude: -171.4, maxLatitude: -13.4)
        let box = try #require(GeoBounds.enclosing([fiji, samoa]))
        #expect(box.minLongitude == 177 && abs(box.maxLongitude - 188.6) < 1e-9)
        let europe = try #require(GeoBounds.enclosing([GeoBounds(minLongitude: -5, minLatitude: 40, maxLongitude: 10, maxLatitude: 50),
                                                       GeoBounds(minLongitude: 20, minLatitude: 35, maxLongitude: 25, maxLatitude: 45)]))
        #expect(europe == GeoBounds(minLongitude: -5, minLatitude: 35, maxLongitude: 25, maxLatitude: 50))
        #expect(GeoBounds.enclosing([]) == nil)

        let projection = EquirectangularProjection.fitting(box, into: Viewport(width: 400, height: 200))
        // Samoa at 172°W is drawn east of Fiji, not at the far west edge.
        let suva = projection.project(GeoPoint(longitude: 178.4, latitude: -18.1))
        let apia = projection.project(GeoPoint(longitude: -171.8, latitude: -13.8))
        #expect(apia.x > suva.x)
        #expect(Viewport(width: 400, height: 200).contains(apia) && Viewport(width: 400, height: 200).contains(suva))
    }

    @Test("Nice scales use 1, 2 and 5 steps and whole steps for counts")
    func niceScale() {
        #expect(NiceScale(minimum: 0, maximum: 94.6).ticks == [0, 20, 40, 60, 80, 100])
        #expect(NiceScale(minimum: 0, maximum: 3, integers: true).ticks == [0, 1, 2, 3])
        #expect(NiceScale(minimum: 0, maximum: 1, integers: true).ticks == [0, 1])
        #expect(NiceScale(minimum: 12, maximum: 412).ticks == [0, 100, 200, 300, 400, 500])
        #expect(NiceScale(minimum: -7, maximum: 7).ticks == [-10, -5, 0, 5, 10])
        #expect(NiceScale(minimum: 0, maximum: 0).ticks.count == 6 && NiceScale(minimum: 0, maximum: 0).maximum == 1)
    }
}
