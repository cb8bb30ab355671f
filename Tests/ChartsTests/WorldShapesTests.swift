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
