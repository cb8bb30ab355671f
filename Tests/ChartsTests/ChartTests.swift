import Testing
@testable import Charts

@Suite("Bar and line charts")
struct ChartTests {
    @Test("Bars show every value as text and in a title")
    func barValues() {
        let bars = [BarChart.Bar(label: "Sexual exploitation", value: 412), BarChart.Bar(label: "Forced labour", value: 268),
                    BarChart.Bar(label: "Other", value: 0)]
        let chart = SVGInspector(BarChart.svg(bars: bars, title: "Forms", description: "Victims by form"))
        #expect(chart.isWellFormed)
        #expect(chart.all("text", class: "value").map(\.text) == ["412", "268", "0"])
        #expect(chart.all("title").map(\.text) == ["Forms", "Sexual exploitation: 412", "Forced labour: 268", "Other: 0"])
        let widths = chart.all("rect").compactMap { $0.attributes["width"].flatMap(Double.init) }
        #expect(widths.count == 3 && widths[0] > widths[1] && widths[1] > widths[2] && widths[2] == 0)
        // Bar lengths are proportional to the values.
        #expect(abs(widths[1] / widths[0] - 268.0 / 412.0) < 0.01)
    }

    @Test("A caller's formatter is used for bar values")
    func barFormatter() {
        let chart = SVGInspector(BarChart.svg(bars: [BarChart.Bar(label: "A", value: 1234.5)], title: "t", description: "d",
                                             valueFormatter: { "≈" + SVGNumber.format($0, fractionDigits: 0) }))
        #expect(chart.all("text", class: "value").map(\.text) == ["≈1235"])
    }

    @Test("Lines carry every point's value in a title, and years without separators")
    func lineValues() {
        let series = [
            LineChart.Series(name: "Women", points: [LineChart.Point(year: 2022, value: 120), LineChart.Point(year: 2023, value: 135.5)]),
            LineChart.Series(name: "Men", points: [LineChart.Point(year: 2023, value: 80), LineChart.Point(year: 2022, value: 64)]),
        ]
        let chart = SVGInspector(LineChart.svg(series: series, title: "By year", description: "Victims by year"))
        #expect(chart.isWellFormed)
        let titles = Set(chart.all("title").map(\.text))
        #expect(titles.isSuperset(of: ["Women, 2022: 120", "Women, 2023: 135.5", "Men, 2022: 64", "Men, 2023: 80"]))
        let texts = chart.all("text").map(\.text)
        #expect(texts.contains("2022") && texts.contains("2023") && texts.contains("Women") && texts.contains("Men"))
        #expect(chart.all("g", class: "series").count == 2)
        // The second series is dashed and has another marker shape, so colour is not the only cue.
        let paths = chart.all("path").filter { $0.ancestorClasses.contains("series") }
        #expect(paths.count == 2 && paths[0].attributes["stroke-dasharray"] == nil && paths[1].attributes["stroke-dasharray"] != nil)
        #expect(chart.all("rect").count >= 2)
    }

    @Test("Year ticks thin out on long ranges")
    func yearTicks() {
        #expect(LineChart.yearTicks(from: 2015, to: 2024, width: 600) == Array(2015...2024))
        #expect(LineChart.yearTicks(from: 1990, to: 2024, width: 300) == [1990, 2000, 2010, 2020])
        #expect(LineChart.yearTicks(from: 2024, to: 2024, width: 300) == [2024])
    }

    @Test("Empty input still renders a valid, accessible chart")
    func emptyInput() {
        for svg in [BarChart.svg(bars: [], title: "t", description: "d"), LineChart.svg(series: [], title: "t", description: "d"),
                    Choropleth.svg(values: [:], title: "t", description: "d", legendTitle: "")] {
            let chart = SVGInspector(svg)
            #expect(chart.isWellFormed)
            #expect(chart.elements.first?.attributes["role"] == "img")
        }
    }
}
