import Charts
import Foundation
import Testing

@Suite("Three-list Venn diagram")
struct Venn3Tests {
    @Test("Every region's text is written where it belongs, with a title naming its lists; the root is accessible")
    func regions() {
        let regions = [1: "54", 2: "463", 3: "15", 4: "907", 5: "19", 6: "56", 7: "<5"]
        let svg = Venn3.svg(names: ["LA", "NG", "PF"], regions: regions, title: "Overlap", description: "Three lists")
        let chart = SVGInspector(svg)
        #expect(chart.isWellFormed)
        #expect(svg.contains("role=\"img\"") && svg.contains("aria-labelledby="))
        #expect(chart.all("circle").count == 3)
        let texts = chart.all("text", class: "region")
        #expect(texts.compactMap { $0.attributes["data-pattern"] } == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(texts.map { $0.text.hasSuffix(regions[Int($0.attributes["data-pattern"]!)!]!) }.allSatisfy { $0 })
        #expect(chart.all("title").map(\.text).contains("LA & NG & PF: <5"))
    }

    @Test("Hostile names are escaped, and a missing region is left blank")
    func escaping() {
        let svg = Venn3.svg(names: ["<script>", "A&B", "\"q\""], regions: [1: "3"], title: "<t>", description: "d")
        let chart = SVGInspector(svg)
        #expect(chart.isWellFormed)
        #expect(!svg.contains("<script>"))
        #expect(chart.all("text", class: "region").count == 1)
    }
}
