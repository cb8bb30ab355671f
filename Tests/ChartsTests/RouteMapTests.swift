import Testing
@testable import Charts

@Suite("Route map")
struct RouteMapTests {
    static let kindLabels: [RouteMap.Stop.Kind: String] = [.recruitment: "招募", .transit: "过境", .exploitation: "剥削"]
    static let names = ["NGA": "尼日利亚", "NER": "尼日尔", "LBY": "利比亚", "ITA": "意大利"]

    static let nigeriaToItaly = [
        RouteMap.Stop(country: "NGA", kind: .recruitment, ordinal: 1),
        RouteMap.Stop(country: "NER", kind: .transit, ordinal: 2),
        RouteMap.Stop(country: "LBY", kind: .transit, ordinal: 3),
        RouteMap.Stop(country: "ITA", kind: .exploitation, ordinal: 4),
    ]

    func render(_ stops: [RouteMap.Stop]) -> SVGInspector {
        SVGInspector(RouteMap.svg(stops: stops, title: "路线", description: "从尼日利亚到意大利",
                                  labels: Self.names, kindLabels: Self.kindLabels))
    }

    @Test("NGA → NER → LBY → ITA: four touched countries by kind, four markers, three arrows")
    func nigeriaToItaly() throws {
        let map = render(Self.nigeriaToItaly)
        #expect(map.isWellFormed, "\(map.error ?? "")")
        let touched = map.all("path", class: "touched")
        #expect(touched.map { $0.attributes["data-country"] ?? "" } == ["NGA", "NER", "LBY", "ITA"])
        let kinds = Dictionary(uniqueKeysWithValues: touched.map { ($0.attributes["data-country"]!, $0.classes) })
        #expect(kinds["NGA"]?.contains("kind-recruitment") == true)
        #expect(kinds["NER"]?.contains("kind-transit") == true)
        #expect(kinds["LBY"]?.contains("kind-transit") == true)
        #expect(kinds["ITA"]?.contains("kind-exploitation") == true)
        #expect(touched.allSatisfy { !($0.attributes["d"] ?? "").isEmpty })

        let markers = map.all("g", class: "marker")
        #expect(markers.count == 4)
        let numbers = map.all("text").filter { $0.ancestorClasses.contains { $0.contains("marker") } }.map(\.text)
        #expect(numbers == ["1", "2", "3", "4"])
        #expect(map.all("g", class: "arrow").count == 3)

        // Different kinds look different without colour: fills and outlines differ.
        let fills = Set(touched.map { $0.attributes["fill"] ?? "" })
        #expect(fills.count == 3)
        #expect(kinds.count == 4)
        let dashed = touched.filter { $0.attributes["stroke-dasharray"] != nil }.map { $0.attributes["data-country"]! }
        #expect(Set(dashed) == ["NER", "LBY"])
    }

    @Test("Every visible word comes from the caller")
    func noHardCodedText() {
        let map = render(Self.nigeriaToItaly)
        let allowed = Set(["路线", "从尼日利亚到意大利"] + Self.names.values + Self.kindLabels.values)
        for text in map.texts {
            let words = text.split { $0 == " " || $0 == "." || $0 == "–" }.map(String.init)
            for word in words where Int(word) == nil {
                #expect(allowed.contains(word), "unexpected text \(word)")
            }
        }
    }

    @Test("The map zooms to the route: Europe is not a speck on a world map")
    func zoomsToRoute() throws {
        let stops = [RouteMap.Stop(country: "ALB", kind: .recruitment, ordinal: 1),
                     RouteMap.Stop(country: "GBR", kind: .exploitation, ordinal: 2)]
        let map = SVGInspector(RouteMap.svg(stops: stops, title: "t", description: "d"))
        let circles = map.all("circle").filter { $0.ancestorClasses.contains { $0.contains("marker") } }
        let xs = circles.compactMap { $0.attributes["cx"].flatMap(Double.init) }
        let ys = circles.compactMap { $0.attributes["cy"].flatMap(Double.init) }
        #expect(xs.count == 2)
        // Tirana to London spans a good part of the map, not a few pixels.
        let distance = ((xs[0] - xs[1]) * (xs[0] - xs[1]) + (ys[0] - ys[1]) * (ys[0] - ys[1])).squareRoot()
        #expect(distance > 150)
        // Far-away countries are not drawn at all.
        let drawn = map.all("path", class: "country").count
        #expect(drawn < 150)
    }

    @Test("A route inside one country draws no arrow")
    func singleCountry() {
        let stops = [RouteMap.Stop(country: "NGA", kind: .recruitment, ordinal: 1),
                     RouteMap.Stop(country: "NGA", kind: .exploitation, ordinal: 2)]
        let map = render(stops)
        #expect(map.isWellFormed)
        #expect(map.all("g", class: "arrow").isEmpty)
        #expect(map.all("g", class: "marker").count == 2)
        let touched = map.withClass("touched")
        #expect(touched.count == 1)
        #expect(touched.first?.classes.isSuperset(of: ["kind-recruitment", "kind-exploitation"]) == true)
        // Two markers in one country are spread apart, not stacked.
        let xs = map.all("circle").filter { $0.ancestorClasses.contains { $0.contains("marker") } }.compactMap { $0.attributes["cx"] }
        #expect(Set(xs).count == 2)
    }

    @Test("Unknown codes are skipped without crashing; the arrow joins the remaining stops")
    func unknownCodes() {
        let stops = [
            RouteMap.Stop(country: "NGA", kind: .recruitment, ordinal: 1),
            RouteMap.Stop(country: "ZZZ", kind: .transit, ordinal: 2),
            RouteMap.Stop(country: "", kind: .transit, ordinal: 3),
            RouteMap.Stop(country: "ITA", kind: .exploitation, ordinal: 4),
        ]
        let map = render(stops)
        #expect(map.isWellFormed)
        #expect(map.all("g", class: "marker").count == 2)
        #expect(map.all("g", class: "arrow").count == 1)
        let onlyUnknown = render([RouteMap.Stop(country: "ZZZ", kind: .transit, ordinal: 1)])
        #expect(onlyUnknown.isWellFormed && onlyUnknown.all("g", class: "marker").isEmpty)
        #expect(render([]).isWellFormed)
    }

    @Test("Stops are drawn in ordinal order whatever order they come in")
    func ordinalOrder() {
        let map = render(Self.nigeriaToItaly.reversed())
        let numbers = map.all("text").filter { $0.ancestorClasses.contains { $0.contains("marker") } }.map(\.text)
        #expect(numbers == ["1", "2", "3", "4"])
        #expect(map.all("path", class: "touched").map { $0.attributes["data-country"] ?? "" } == ["NGA", "NER", "LBY", "ITA"])
    }

    @Test("Tiny countries and label-point-only territories still show their kind")
    func tinyCountries() {
        let stops = [RouteMap.Stop(country: "LBY", kind: .transit, ordinal: 1), RouteMap.Stop(country: "MLT", kind: .exploitation, ordinal: 2),
                     RouteMap.Stop(country: "GIB", kind: .transit, ordinal: 3)]
        let map = render(stops)
        let patches = map.all("rect", class: "touched").map { $0.attributes["data-country"] ?? "" }
        #expect(patches.contains("GIB") && patches.contains("MLT"))
        #expect(map.all("g", class: "marker").count == 3)
    }

    @Test("Without kind labels the legend is left out rather than filled with English")
    func noLegendWithoutLabels() {
        let map = SVGInspector(RouteMap.svg(stops: Self.nigeriaToItaly, title: "t", description: "d"))
        #expect(map.all("g", class: "legend").isEmpty)
        let labelled = render(Self.nigeriaToItaly)
        let legendTexts = labelled.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legendTexts == ["招募", "过境", "剥削"])
    }
}
