import Foundation
import Testing
import Charts

/// Writes sample charts as SVG files when `CHARTS_PREVIEW_DIR` is set, for looking at them:
/// `CHARTS_PREVIEW_DIR=/tmp/charts-preview swift test --filter PreviewTests`, then
/// `rsvg-convert -o x.png x.svg` (Debian: librsvg2-bin) or open them in a browser.
@Suite("Previews")
struct PreviewTests {
    static let directory = ProcessInfo.processInfo.environment["CHARTS_PREVIEW_DIR"]

    @Test("Sample charts", .enabled(if: directory != nil))
    func writePreviews() throws {
        let directory = try #require(Self.directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let kinds: [RouteMap.Stop.Kind: String] = [.recruitment: "Recruitment", .transit: "Transit", .exploitation: "Exploitation"]
        let names = ["NGA": "Nigeria", "NER": "Niger", "LBY": "Libya", "ITA": "Italy", "FJI": "Fiji", "NZL": "New Zealand", "WSM": "Samoa"]
        let samples: [(String, String)] = [
            ("route-nigeria-italy", RouteMap.svg(stops: [
                .init(country: "NGA", kind: .recruitment, ordinal: 1), .init(country: "NER", kind: .transit, ordinal: 2),
                .init(country: "LBY", kind: .transit, ordinal: 3), .init(country: "ITA", kind: .exploitation, ordinal: 4),
            ], title: "Route", description: "Nigeria, Niger, Libya, Italy", labels: names, kindLabels: kinds)),
            ("route-pacific", RouteMap.svg(stops: [
                .init(country: "FJI", kind: .recruitment, ordinal: 1), .init(country: "NZL", kind: .transit, ordinal: 2),
                .init(country: "WSM", kind: .exploitation, ordinal: 3),
            ], title: "Route", description: "Fiji, New Zealand, Samoa", labels: names, kindLabels: kinds)),
            ("choropleth", Choropleth.svg(
                values: ["NGA": 120, "ITA": 300, "FRA": 210, "USA": 400, "BRA": 33, "IND": 180, "MLT": 12, "CHN": 15, "MEX": 140, "AUS": 18],
                title: "Victims", description: "Victims by country", legendTitle: "Identified victims", labels: names, noDataLabel: "No data"
            )),
            ("flows", FlowMap.svg(flows: [
                .init(from: "NGA", to: "ITA", count: 120), .init(from: "NGA", to: "FRA", count: 8), .init(from: "NER", to: "ITA", count: 35),
                .init(from: "ITA", to: "FRA", count: 400), .init(from: "FRA", to: "ITA", count: 3), .init(from: "NGA", to: "NGA", count: 60),
                .init(from: "ROU", to: "ITA", count: 90), .init(from: "ALB", to: "ITA", count: nil), .init(from: "ESP", to: "ESP", count: nil),
                .init(from: "MAR", to: "ESP", count: 45),
            ], title: "Flows", description: "Victims by origin and destination", legendTitle: "Victims", labels: names.merging([
                "FRA": "France", "ROU": "Romania", "ALB": "Albania", "ESP": "Spain", "MAR": "Morocco",
            ]) { $1 }, withheldLabel: "withheld", domesticLabel: "Domestic",
            roleLabels: [.origin: "Origin", .destination: "Destination", .both: "Both"])),
            ("flows-pacific", FlowMap.svg(flows: [.init(from: "FJI", to: "NZL", count: 12), .init(from: "WSM", to: "NZL", count: 4)],
                                          title: "Flows", description: "Pacific", legendTitle: "Victims", labels: names)),
            ("bars", BarChart.svg(
                bars: [.init(label: "Sexual exploitation", value: 412), .init(label: "Forced labour", value: 268), .init(label: "Other", value: 41)],
                title: "Forms", description: "Victims by form of exploitation"
            )),
            ("lines", LineChart.svg(series: [
                .init(name: "Women", points: (2018...2024).map { .init(year: $0, value: Double(100 + ($0 - 2018) * 15)) }),
                .init(name: "Men", points: (2018...2024).map { .init(year: $0, value: Double(60 + ($0 - 2018) * 7)) }),
            ], title: "By year", description: "Victims by year and sex")),
        ]
        for (name, svg) in samples {
            try svg.write(toFile: directory + "/" + name + ".svg", atomically: true, encoding: .utf8)
        }
    }
}
