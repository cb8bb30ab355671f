import Testing
@testable import Charts

@Suite("World shapes")
struct WorldShapesTests {
    @Test("Every CaseModel country code has a shape or a label point")
    func everyCodeIsCovered() {
        #expect(CaseModelCodes.all.count == 250)
        let missing = CaseModelCodes.all.filter { WorldShapes.shape(for: $0) == nil }
        #expect(missing.isEmpty, "no shape or label point for \(missing)")
        #expect(Set(WorldShapes.codes) == Set(CaseModelCodes.all))
    }

    @Test("244 codes have outlines; six tiny ones have a documented label point only")
    func shapeCount() {
        let withOutline = CaseModelCodes.all.filter { WorldShapes.shape(for: $0)?.hasOutline == true }
        #expect(withOutline.count == 244)
        #expect(WorldShapeData.shapeCount == 244 && WorldShapeData.codeCount == 250)
        let labelOnly = Set(CaseModelCodes.all).subtracting(withOutline)
        // See EXTRA_LABEL_POINTS in Tools/make_world_shapes.py; VAT collapses when rounded.
        #expect(labelOnly == ["BVT", "GIB", "TKL", "TUV", "UMI", "VAT"])
    }

    @Test("Unknown and malformed codes give nil; lookups ignore case and spaces")
    func unknownCodes() {
        for code in ["", "XXX", "NG", "nigeria", "ABCD", "<script>", "N|G", "\u{0}"] {
            #expect(WorldShapes.shape(for: code) == nil)
        }
        #expect(WorldShapes.shape(for: " nga ")?.code == "NGA")
    }

    @Test("Label points lie inside their country's outline")
    func labelPointsInside() {
        for shape in WorldShapes.all where shape.hasOutline {
            #expect(Self.contains(shape.rings, shape.labelPoint), "\(shape.code) label point \(shape.labelPoint) is outside")
        }
    }

    @Test("Known countries are where they should be")
    func knownPlaces() throws {
        let nigeria = try #require(WorldShapes.shape(for: "NGA"))
        #expect((3...15).contains(nigeria.labelPoint.longitude) && (4...14).contains(nigeria.labelPoint.latitude))
        let italy = try #require(WorldShapes.shape(for: "ITA"))
        #expect((6...19).contains(italy.labelPoint.longitude) && (36...47.5).contains(italy.labelPoint.latitude))
        // France's main box is metropolitan France: French Guiana is GUF, not part of the fit.
        let france = try #require(WorldShapes.shape(for: "FRA"))
        #expect(france.mainBounds.minLongitude > -6 && france.mainBounds.maxLatitude < 52)
        let guiana = try #require(WorldShapes.shape(for: "GUF"))
        #expect(guiana.labelPoint.longitude < -50 && guiana.hasOutline)
        let kosovo = try #require(WorldShapes.shape(for: "XKX"))
        #expect(kosovo.hasOutline && (20...22).contains(kosovo.labelPoint.longitude))
        let gibraltar = try #require(WorldShapes.shape(for: "GIB"))
        #expect(!gibraltar.hasOutline && abs(gibraltar.labelPoint.longitude + 5.35) < 0.1)
    }

    @Test("The data stays small")
    func dataSize() {
        let bytes = WorldShapeData.parts.map(\.utf8.count).reduce(0, +)
        #expect(bytes < 300_000)
    }

    /// Even-odd point in polygon over all rings (holes included), as the map draws them.
    static func contains(_ rings: [[GeoPoint]], _ point: GeoPoint) -> Bool {
        var inside = false
        for ring in rings {
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

@Suite("Country of a point, and the point map")
struct PointMapTests {
    @Test("Cities fall in their countries, a coastal city just outside the simplified outline in the nearest one, the open sea in none")
    func countries() {
        #expect(WorldShapes.country(containing: GeoPoint(longitude: -74.0721, latitude: 4.7110)) == "COL")  // Bogotá
        #expect(WorldShapes.country(containing: GeoPoint(longitude: 2.3522, latitude: 48.8566)) == "FRA")  // Paris
        #expect(WorldShapes.country(containing: GeoPoint(longitude: 116.4074, latitude: 39.9042)) == "CHN")  // Beijing
        #expect(WorldShapes.country(containing: GeoPoint(longitude: -77.0428, latitude: -12.0464)) == "PER")  // Lima, on the coast
        #expect(WorldShapes.country(containing: GeoPoint(longitude: -30, latitude: 0)) == nil)  // mid-Atlantic
    }

    @Test("The map draws the point, an accuracy circle to scale and a labelled graticule")
    func map() {
        let svg = PointMap.svg(point: GeoPoint(longitude: -74.0721, latitude: 4.7110), accuracyMeters: 20_000, title: "Alert", description: "Bogotá")
        #expect(svg.contains("class=\"point\"") && svg.contains("class=\"accuracy\"") && svg.contains("class=\"graticule\""))
        #expect(svg.contains("data-country=\"COL\"") && svg.contains("74°W"))
        // 20 km on a map 3.0° high and 400 px tall: about 24 px.
        let radius = svg.firstMatch(of: /class="accuracy" cx="[^"]+" cy="[^"]+" r="([0-9.]+)"/).flatMap { Double($0.1) } ?? 0
        #expect((20...28).contains(radius), "radius \(radius)")
        let noAccuracy = PointMap.svg(point: GeoPoint(longitude: 0, latitude: 0), accuracyMeters: nil, title: "Alert", description: "")
        #expect(!noAccuracy.contains("class=\"accuracy\""))
    }
}
