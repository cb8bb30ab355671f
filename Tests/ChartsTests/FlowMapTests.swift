import Foundation
import Testing
@testable import Charts

@Suite("Flow map")
struct FlowMapTests {
    static let names = ["NGA": "Nigeria", "NER": "Niger", "ITA": "Italy", "FRA": "France", "ESP": "Spain", "FJI": "Fiji", "NZL": "New Zealand"]
    static let roleLabels: [FlowMap.Role: String] = [.origin: "Origin", .destination: "Destination", .both: "Both"]

    static let sample = [
        FlowMap.Flow(from: "NGA", to: "ITA", count: 120),
        FlowMap.Flow(from: "NGA", to: "FRA", count: 8),
        FlowMap.Flow(from: "NER", to: "ITA", count: 35),
        FlowMap.Flow(from: "ITA", to: "FRA", count: 400),
        FlowMap.Flow(from: "FRA", to: "ITA", count: 3),
    ]

    static func render(_ flows: [FlowMap.Flow], withheldLabel: String = "withheld", idPrefix: String? = nil) -> String {
        FlowMap.svg(
            flows: flows, title: "Flows", description: "Victims by origin and destination", legendTitle: "Victims",
            labels: names, withheldLabel: withheldLabel, domesticLabel: "Domestic", roleLabels: roleLabels, idPrefix: idPrefix
        )
    }

    static func inspect(_ flows: [FlowMap.Flow]) -> SVGInspector {
        SVGInspector(render(flows))
    }

    static func width(_ element: SVGInspector.Element) -> Double {
        Double(element.attributes["stroke-width"] ?? "") ?? -1
    }

    /// The visible line (not the white casing) of each flow group, in document order.
    static func lines(_ map: SVGInspector) -> [SVGInspector.Element] {
        map.elements.filter { $0.classes.contains("flow-line") && $0.ancestorClasses.contains { $0.hasPrefix("flow ") || $0 == "flow" } }
    }

    @Test("One arrow per flow, drawn by ascending count, each titled From → To: count")
    func arrowsAndOrder() throws {
        let map = Self.inspect(Self.sample)
        #expect(map.isWellFormed, "\(map.error ?? "")")
        let groups = map.all("g", class: "flow")
        #expect(groups.count == 5)
        let counts = groups.compactMap { $0.attributes["data-count"].flatMap(Int.init) }
        #expect(counts == [3, 8, 35, 120, 400])
        let titles = map.elements.filter { $0.name == "title" && $0.ancestorClasses.contains { $0.hasPrefix("flow") } }.map(\.text)
        #expect(titles == ["France → Italy: 3", "Nigeria → France: 8", "Niger → Italy: 35", "Nigeria → Italy: 120", "Italy → France: 400"])
        // Every arrow has its own arrowhead marker, and the marker exists.
        let markerIds = Set(map.all("marker").compactMap { $0.attributes["id"] })
        let used = Self.lines(map).compactMap { $0.attributes["marker-end"] }
        #expect(used.count == 5)
        for reference in used {
            #expect(markerIds.contains(String(reference.dropFirst(5).dropLast())))
        }
    }

    @Test("Widths grow strictly with the count, within the documented range")
    func widthsMonotonic() {
        let widths = Self.lines(Self.inspect(Self.sample)).map(Self.width)
        #expect(widths == widths.sorted())
        #expect(Set(widths).count == widths.count)
        // Count 3 of at most 400: 1.5 + 10.5 · √(2/399) ≈ 2.24, written with two decimals.
        #expect(abs(widths[0] - 2.24) < 0.006)
        #expect(widths.last == FlowWidthScale.maximumWidth)

        let scale = FlowWidthScale(maximumCount: 10_000)
        let sampled = [1, 2, 3, 10, 99, 100, 5_000, 10_000].map(scale.width(for:))
        #expect(zip(sampled, sampled.dropFirst()).allSatisfy { $0 < $1 })
        #expect(sampled.first == FlowWidthScale.minimumWidth && sampled.last == FlowWidthScale.maximumWidth)
        #expect(FlowWidthScale(maximumCount: 1).width(for: 1) == FlowWidthScale.minimumWidth)
    }

    @Test("A→B and B→A bend to opposite sides instead of overlapping")
    func oppositeFlowsApart() throws {
        let map = Self.inspect([FlowMap.Flow(from: "ITA", to: "FRA", count: 10), FlowMap.Flow(from: "FRA", to: "ITA", count: 10)])
        let paths = Self.lines(map).compactMap { $0.attributes["d"] }
        #expect(paths.count == 2)
        // Equal counts are drawn in code order, France → Italy first. Seen along that line, the two
        // control points lie on opposite sides.
        let curves = try paths.map { d -> [Double] in
            let numbers = d.split { "MQ ".contains($0) }.compactMap { Double($0) }
            try #require(numbers.count == 6)
            return numbers
        }
        let franceToItaly = curves[0], italyToFrance = curves[1]
        let (ax, ay, bx, by) = (franceToItaly[0], franceToItaly[1], franceToItaly[4], franceToItaly[5])
        let side = { (x: Double, y: Double) in (bx - ax) * (y - ay) - (by - ay) * (x - ax) }
        let first = side(franceToItaly[2], franceToItaly[3]), second = side(italyToFrance[2], italyToFrance[3])
        #expect(first * second < 0)
        #expect(abs(first) > 100 && abs(second) > 100)
    }

    @Test("Domestic flows are rings on the country, sized by count")
    func domesticRings() {
        let map = Self.inspect([
            FlowMap.Flow(from: "NGA", to: "NGA", count: 50), FlowMap.Flow(from: "ITA", to: "ITA", count: 5),
            FlowMap.Flow(from: "NGA", to: "ITA", count: 20),
        ])
        let rings = map.all("g", class: "domestic")
        #expect(rings.count == 2)
        #expect(Set(rings.compactMap { $0.attributes["data-from"] }) == ["NGA", "ITA"])
        let ringLines = map.all("circle", class: "flow-line")
        #expect(ringLines.count == 2)
        let radii = ringLines.compactMap { $0.attributes["r"].flatMap(Double.init) }
        #expect(radii.count == 2 && radii[0] < radii[1])  // ITA (5) drawn before NGA (50), and smaller
        #expect(map.all("g", class: "flow").filter { !$0.classes.contains("domestic") }.count == 1)
        // A country with only a domestic flow is both origin and destination.
        #expect(map.all("path", class: "role-both").contains { $0.attributes["data-country"] == "NGA" })
        #expect(map.texts.contains("Nigeria → Nigeria: 50"))
        #expect(FlowMap.Flow(from: "nga ", to: "NGA", count: 1).isDomestic)
        #expect(!FlowMap.Flow(from: "ZZZ", to: "ZZZ", count: 1).isDomestic)
    }

    @Test("Withheld flows are thin dashed arrows titled with the caller's text and no number")
    func withheldFlows() {
        let svg = Self.render([FlowMap.Flow(from: "NGA", to: "ITA", count: nil), FlowMap.Flow(from: "NER", to: "ITA", count: 40)])
        let map = SVGInspector(svg)
        let withheld = map.all("g", class: "withheld")
        #expect(withheld.count == 1)
        #expect(withheld.first?.attributes["data-count"] == nil)
        let line = Self.lines(map).first
        #expect(line?.attributes["stroke-dasharray"] != nil)
        #expect(line.map(Self.width) == FlowWidthScale.withheldWidth)
        #expect(map.texts.contains("Nigeria → Italy: withheld"))
        // No number anywhere for the withheld flow: the only counts in the text are the known one.
        let digits = map.texts.filter { $0.contains { $0.isNumber } }
        #expect(digits.allSatisfy { $0.contains("40") })
        // Withheld flows are drawn first, under everything else.
        #expect(map.all("g", class: "flow").first?.classes.contains("withheld") == true)
        // The legend explains the dashed line with the caller's text.
        #expect(map.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text).contains("withheld"))

        let merged = SVGInspector(Self.render([FlowMap.Flow(from: "NGA", to: "ITA", count: 7), FlowMap.Flow(from: "nga", to: "ITA", count: nil)]))
        #expect(merged.all("g", class: "flow").count == 1)
        #expect(merged.all("g", class: "withheld").count == 1)
        #expect(!merged.texts.contains { $0.contains("7") })
    }

    @Test("Touched countries differ by role in fill, not only colour")
    func roles() {
        let map = Self.inspect(Self.sample)
        let touched = map.withClass("touched")
        let byCode = Dictionary(uniqueKeysWithValues: touched.map { ($0.attributes["data-country"]!, $0.classes) })
        #expect(byCode["NGA"]?.contains("role-origin") == true)
        #expect(byCode["NER"]?.contains("role-origin") == true)
        #expect(byCode["ITA"]?.contains("role-both") == true)
        #expect(byCode["FRA"]?.contains("role-both") == true)
        let fills = Set(touched.compactMap { $0.attributes["fill"] })
        #expect(fills.count == 2)
        #expect(fills.contains { $0.hasPrefix("url(#") })
    }

    @Test("The legend shows sample widths with formatted values and the caller's words")
    func legend() {
        let svg = FlowMap.svg(
            flows: Self.sample, title: "t", description: "d", legendTitle: "Opfer", labels: Self.names,
            roleLabels: [.origin: "Herkunft"], valueFormatter: { "≈" + String($0) }
        )
        let map = SVGInspector(svg)
        let legendTexts = map.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legendTexts == ["Opfer", "≈3", "≈20", "≈400", "Herkunft"])
        let sampleWidths = map.all("line", class: "legend-flow").map(Self.width)
        #expect(sampleWidths.count == 3 && sampleWidths == sampleWidths.sorted())
        #expect(FlowWidthScale.legendSamples([7]) == [7])
        #expect(FlowWidthScale.legendSamples([1, 2]) == [1, 2])
        #expect(FlowWidthScale.legendSamples([4, 5, 12]) == [4, 12])  // 5 is too close to 4 to read as another width
        #expect(FlowWidthScale.legendSamples([1, 100]) == [1, 10, 100])
        #expect(FlowWidthScale.legendSamples([]) == [])
        // The middle sample is the 1-2-5 number nearest the geometric mean (√(3·400) ≈ 34.6 → 20).
        #expect(FlowWidthScale.roundNumber(near: 34.6) == 20 && FlowWidthScale.roundNumber(near: 40) == 50)
    }

    @Test("The same input gives the same bytes and ids, whatever the order of the flows")
    func stableOutput() {
        let first = Self.render(Self.sample)
        #expect(first == Self.render(Self.sample))
        #expect(first == Self.render(Self.sample.reversed()))
        let ids = SVGInspector(first).elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("flows-") })
        #expect(SVGInspector(Self.render(Self.sample, idPrefix: "fm")).elements.compactMap { $0.attributes["id"] }.allSatisfy { $0.hasPrefix("fm-") })
        #expect(Self.render(Self.sample) != Self.render(Array(Self.sample.dropLast())))
    }

    @Test("Fiji → New Zealand is shown across the antimeridian, not across the world")
    func antimeridian() throws {
        let map = Self.inspect([FlowMap.Flow(from: "FJI", to: "NZL", count: 12)])
        #expect(map.isWellFormed)
        let d = try #require(Self.lines(map).first?.attributes["d"])
        let numbers = d.split { "MQ ".contains($0) }.compactMap { Double($0) }
        try #require(numbers.count == 6)
        let (startX, startY, endX, endY) = (numbers[0], numbers[1], numbers[4], numbers[5])
        // Both ends lie well inside the 640 px map and far enough apart to read: Fiji north-east of New Zealand.
        for x in [startX, endX] { #expect(x > 20 && x < 620) }
        #expect(startX > endX && startY < endY)
        let distance = ((startX - endX) * (startX - endX) + (startY - endY) * (startY - endY)).squareRoot()
        #expect(distance > 120)
        #expect(map.all("path", class: "country").count < 40)
    }

    @Test("Empty input, or only unknown codes or zero counts, renders an empty map with its title")
    func emptyInput() {
        for flows in [[], [FlowMap.Flow(from: "ZZZ", to: "ITA", count: 3), FlowMap.Flow(from: "NGA", to: "ITA", count: 0)]] {
            let map = Self.inspect(flows)
            #expect(map.isWellFormed)
            #expect(map.all("title").first?.text == "Flows")
            #expect(map.all("g", class: "flow").isEmpty)
            #expect(map.withClass("touched").isEmpty)
            #expect(map.all("g", class: "legend").isEmpty)
            #expect(map.all("path", class: "country").count > 100)
        }
    }

    @Test("A caller's region is used as given")
    func region() {
        let europe = GeoBounds(minLongitude: -12, minLatitude: 34, maxLongitude: 32, maxLatitude: 60)
        let map = SVGInspector(FlowMap.svg(flows: Self.sample, title: "t", description: "d", legendTitle: "v", region: europe))
        #expect(map.isWellFormed)
        #expect(!map.withClass("touched").contains { $0.attributes["data-country"] == "USA" })
        #expect(map.all("g", class: "flow").count == 5)
    }
}
