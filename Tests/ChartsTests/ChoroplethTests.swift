import Testing
@testable import Charts

@Suite("Choropleth")
struct ChoroplethTests {
    @Test("Quantile breaks on 1…10 are 2, 4, 6, 8, 10")
    func evenBreaks() {
        let breaks = ClassBreaks(quantilesOf: (1...10).map(Double.init))
        #expect(breaks.upperBounds == [2, 4, 6, 8, 10])
        #expect((1...10).map { breaks.classIndex(of: Double($0))! } == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4])
        #expect(breaks.classIndex(of: 11) == 4)
        #expect(breaks.classIndex(of: .nan) == nil)
    }

    @Test("Skewed counts: an outlier does not squash everything into one class; ties merge classes")
    func skewedBreaks() {
        // Nearest ranks ⌈k·10/5⌉ = 2, 4, 6, 8 → values 1, 1, 2, 50; the maximum closes the last class.
        let breaks = ClassBreaks(quantilesOf: [1, 1, 1, 1, 1, 2, 3, 50, 100, 1000])
        #expect(breaks.upperBounds == [1, 2, 50, 1000])
        #expect(breaks.count == 4)
        // Four classes spread over the palette: lightest and darkest are both used.
        #expect(breaks.color(ofClass: 0) == Palette.sequential.first && breaks.color(ofClass: 3) == Palette.sequential.last)
        // Seven values: ranks 2, 3, 5, 6 (1-based) of the sorted values.
        #expect(ClassBreaks(quantilesOf: [5, 3, 9, 1, 7, 11, 13]).upperBounds == [3, 5, 9, 11, 13])
        #expect(ClassBreaks(quantilesOf: []).upperBounds.isEmpty)
        #expect(ClassBreaks(quantilesOf: [4, 4, 4]).upperBounds == [4])
    }

    @Test("Countries are shaded by class, others get the no-data style, and titles carry the values")
    func rendering() throws {
        let values: [String: Double] = [
            "NGA": 1, "NER": 2, "LBY": 3, "ITA": 4, "FRA": 5, "GBR": 6, "DEU": 7, "ESP": 8, "PRT": 9, "GRC": 10, "ZZZ": 99,
        ]
        let svg = Choropleth.svg(values: values, title: "Victims", description: "By country", legendTitle: "Victims 2024",
                                 labels: ["NGA": "Nigeria"], noDataLabel: "No data", idPrefix: "map")
        let map = SVGInspector(svg)
        #expect(map.isWellFormed, "\(map.error ?? "")")
        let withValue = map.all("path", class: "has-value")
        #expect(withValue.count == 10)
        let nigeria = try #require(withValue.first { $0.attributes["data-country"] == "NGA" })
        #expect(nigeria.attributes["fill"] == Palette.sequential[0])
        let greece = try #require(withValue.first { $0.attributes["data-country"] == "GRC" })
        #expect(greece.attributes["fill"] == Palette.sequential[4])
        #expect(map.all("path", class: "no-data").allSatisfy { $0.attributes["fill"] == "url(#map-no-data)" })
        #expect(map.all("pattern").contains { $0.attributes["id"] == "map-no-data" })
        #expect(map.all("title").contains { $0.text == "Nigeria: 1" })
        #expect(map.all("title").contains { $0.text == "GRC: 10" })
        let legend = map.all("text").filter { $0.ancestorClasses.contains("legend") }.map(\.text)
        #expect(legend == ["Victims 2024", "1 – 2", "3 – 4", "5 – 6", "7 – 8", "9 – 10", "No data"])
    }

    @Test("Small states with a value get a visible dot")
    func smallStates() {
        let map = SVGInspector(Choropleth.svg(values: ["MLT": 3, "SGP": 4, "GIB": 5, "FRA": 6], title: "t", description: "d", legendTitle: "l"))
        let dots = Set(map.withClass("country-dot").compactMap { $0.attributes["data-country"] })
        #expect(dots == ["MLT", "SGP", "GIB"])
    }
}
