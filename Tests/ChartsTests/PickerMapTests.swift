import Foundation
import Testing
@testable import Charts

@Suite("Picker map")
struct PickerMapTests {
    /// Lima, Beijing, Suva (next to the antimeridian) and Reykjavík (far north).
    static let places = [GeoPoint(longitude: -77.0428, latitude: -12.0464), GeoPoint(longitude: 116.4074, latitude: 39.9042),
                         GeoPoint(longitude: 178.4419, latitude: -18.1416), GeoPoint(longitude: -21.9426, latitude: 64.1466)]

    @Test("A click on a place's pixel gives the place back, at every level")
    func clickInvertsProjection() {
        for place in Self.places {
            for level in PickerMap.spans.indices {
                let view = PickerMap(longitude: place.longitude, latitude: place.latitude, level: level)
                let pixel = view.projection.project(place)
                let picked = view.location(x: pixel.x, y: pixel.y)
                #expect(abs(picked.longitude - place.longitude) < 1e-9 && abs(picked.latitude - place.latitude) < 1e-9, "\(place) at level \(level): \(picked)")
            }
        }
    }

    @Test("The point picked in Lima's view falls in Peru on the same outlines")
    func pickedPointIsInTheRightCountry() {
        let lima = Self.places[0]
        let view = PickerMap(longitude: lima.longitude, latitude: lima.latitude, level: 3)
        let pixel = view.projection.project(lima)
        #expect(WorldShapes.country(containing: view.location(x: pixel.x, y: pixel.y)) == "PER")
    }

    @Test("Views snap to a grid of eighths, wrap the antimeridian and stay off the poles")
    func snapping() {
        let a = PickerMap(longitude: -77.04, latitude: -12.05, level: 2)
        let b = PickerMap(longitude: -76.5, latitude: -11.6, level: 2)
        #expect(a == b, "two clicks a few kilometres apart ask for the same view")
        #expect(a.center.longitude.truncatingRemainder(dividingBy: 18.0 / 8) == 0)
        #expect(PickerMap(longitude: 190, latitude: 0, level: 4).center.longitude == -170)
        #expect(PickerMap(longitude: 179.99, latitude: 0, level: 1).center.longitude == -177.75, "27 steps of 6.75° pass 180°")
        #expect(PickerMap(longitude: 0, latitude: 89, level: 2).center.latitude == 90 - 9)
        #expect(PickerMap(longitude: 3, latitude: 4, level: 0) == PickerMap.world)
        #expect(PickerMap(longitude: 0, latitude: 60, level: 0).center.latitude == 10, "the world view moves at most 10° north")
        #expect(PickerMap(longitude: 0, latitude: 0, level: 99).level == PickerMap.spans.count - 1)
        #expect(PickerMap(longitude: 0, latitude: 0, level: -3).level == 0)
    }

    @Test("The accuracy claimed is the pointing slack in metres: 4 px of 400 px over the span")
    func uncertainty() {
        // 4 px / (400 px / 160°) × 111,320 m/° = 178 km; at 0.66°, 735 m.
        #expect(abs(PickerMap.world.uncertaintyMeters - 178_112) < 1)
        #expect(abs(PickerMap(longitude: -77, latitude: -12, level: 5).uncertaintyMeters - 734.7) < 0.1)
    }

    @Test("The SVG carries its projection for the script, and the countries in view")
    func svgCarriesProjection() throws {
        let view = PickerMap(longitude: -77.04, latitude: -12.05, level: 3)
        let svg = view.svg(title: "Map", description: "Click to choose a place")
        let projection = view.projection
        for (name, value) in [("data-center-longitude", projection.center.longitude), ("data-center-latitude", projection.center.latitude),
                              ("data-scale", projection.scale), ("data-longitude-scale", projection.longitudeScale)] {
            let start = try #require(svg.range(of: "\(name)=\"")).upperBound
            let text = svg[start...].prefix { $0 != "\"" }
            #expect(abs((Double(text) ?? .nan) - value) < 1e-6, "\(name)")
        }
        #expect(svg.contains("data-level=\"3\""))
        #expect(svg.contains("data-country=\"PER\""))
        #expect(!svg.contains("data-country=\"CHN\""))
    }
}
