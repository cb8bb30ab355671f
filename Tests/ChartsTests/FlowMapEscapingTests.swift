import Foundation
import Testing
@testable import Charts

@Suite("Flow map escaping and words")
struct FlowMapEscapingTests {
    @Test("Hostile labels, titles and formatter output stay text", arguments: XMLEscapingTests.hostile)
    func hostileStrings(_ string: String) {
        let svg = FlowMap.svg(
            flows: [FlowMap.Flow(from: "NGA", to: "ITA", count: 4), FlowMap.Flow(from: "NGA", to: "NGA", count: 2),
                    FlowMap.Flow(from: "ITA", to: "FRA", count: nil)],
            title: string, description: string, legendTitle: string, labels: ["NGA": string, "ITA": string, "FRA": string],
            nodeTotals: ["NGA": 9], withheldLabel: string, domesticLabel: string,
            roleLabels: [.origin: string, .destination: string, .both: string], valueFormatter: { _ in string }, idPrefix: string
        )
        let map = SVGInspector(svg)
        #expect(map.isWellFormed, "\(map.error ?? "")")
        XMLEscapingTests.expectNoInjection(map)
        #expect(!svg.contains("<script") && !svg.contains("<svg onload"))
        let expected = XMLEscapingTests.cleaned(string)
        #expect(map.all("title").first?.text == expected)
        #expect(map.elements.contains { $0.name == "title" && $0.text == expected + " → " + expected + ": " + expected })
    }

    @Test("Every visible word comes from the caller")
    func noHardCodedText() {
        let names = ["NGA": "尼日利亚", "ITA": "意大利", "FRA": "法国"]
        let map = SVGInspector(FlowMap.svg(
            flows: [FlowMap.Flow(from: "NGA", to: "ITA", count: 30), FlowMap.Flow(from: "ITA", to: "FRA", count: nil),
                    FlowMap.Flow(from: "FRA", to: "FRA", count: 5)],
            title: "流向", description: "按来源和目的地", legendTitle: "受害者", labels: names, withheldLabel: "保密",
            domesticLabel: "国内", roleLabels: [.origin: "来源", .destination: "目的地", .both: "两者"]
        ))
        let allowed = Set(["流向", "按来源和目的地", "受害者", "保密", "国内", "来源", "目的地", "两者", "→"] + names.values)
        for text in map.texts {
            for word in text.split(whereSeparator: { $0 == " " || $0 == ":" }).map(String.init) where Int(word) == nil {
                #expect(allowed.contains(word), "unexpected text \(word)")
            }
        }
    }
}
