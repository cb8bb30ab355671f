import Foundation
import Testing
@testable import Charts

@Suite("SVG building and escaping")
struct XMLEscapingTests {
    static let hostile = [
        "<script>alert('x')</script>",
        "\"><svg onload=alert(1)>",
        "a & b &amp; c &#x3c; d",
        "' onmouseover='alert(1)",
        "]]><![CDATA[x",
        "<!-- comment --> <?pi?> <!DOCTYPE x>",
        "line\nbreak\ttab\rreturn",
        "nul\u{0}bell\u{7}esc\u{1B}",
        "non-character \u{FFFE}\u{FFFF}",
        "emoji 👩🏽‍⚕️ Ελληνικά 中文 العربية",
    ]

    @Test("Text and attribute escaping covers & < > \" '")
    func escapesSpecialCharacters() {
        #expect(XMLEscaping.text("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(XMLEscaping.attribute("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;")
        #expect(XMLEscaping.attribute("x\ny\tz") == "x&#10;y&#9;z")
        #expect(XMLEscaping.text("a\u{0}b") == "a\u{FFFD}b")
    }

    @Test("Hostile strings survive as text and attributes, and the document stays well-formed", arguments: hostile)
    func hostileStringsRoundTrip(_ string: String) throws {
        var document = SVGDocument(width: 100, height: 50, title: string, description: string,
                                   identifier: SVGIdentifier(prefix: string, kind: "test", seed: string), cssClass: string)
        document.body = [SVGElement("text", [SVGAttribute("data-label", string)], text: string).node]
        let svg = document.rendered()
        let inspector = SVGInspector(svg)
        #expect(inspector.isWellFormed, "\(inspector.error ?? "") in \(svg)")
        let expected = Self.cleaned(string)
        let text = try #require(inspector.all("text").first)
        #expect(text.text == expected)
        #expect(text.attributes["data-label"] == expected)
        #expect(inspector.all("title").first?.text == expected)
        Self.expectNoInjection(inspector)
    }

    @Test("Element and attribute names are reduced to XML name characters")
    func names() {
        #expect(SVGElement.xmlName("path") == "path")
        #expect(SVGElement.xmlName("aria-labelledby") == "aria-labelledby")
        #expect(SVGElement.xmlName("a\"><script>") == "ascript")
        #expect(SVGElement.xmlName("1x") == "x1x")
        #expect(SVGElement.xmlName("") == "x")
        let svg = SVGElement("g\" onload=\"x", [SVGAttribute("x\"=\"1", "2")]).rendered()
        #expect(SVGInspector(svg).isWellFormed)
        #expect(svg == "<gonloadx x1=\"2\"/>")
    }

    /// The parsed document has no script element and no event-handler attribute: hostile text
    /// stayed text.
    static func expectNoInjection(_ inspector: SVGInspector) {
        #expect(!inspector.elements.contains { $0.name.lowercased() == "script" })
        #expect(!inspector.elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
        #expect(inspector.elements.first?.name == "svg")
    }

    @Test("Hostile strings in every chart keep the output well-formed", arguments: hostile)
    func hostileStringsInCharts(_ string: String) {
        let labels = ["NGA": string, "ITA": string]
        let outputs = [
            RouteMap.svg(stops: [RouteMap.Stop(country: "NGA", kind: .recruitment, ordinal: 1),
                                 RouteMap.Stop(country: "ITA", kind: .exploitation, ordinal: 2)],
                         title: string, description: string, labels: labels,
                         kindLabels: [.recruitment: string, .transit: string, .exploitation: string], idPrefix: string),
            Choropleth.svg(values: ["NGA": 3, "ITA": 5], title: string, description: string, legendTitle: string,
                           labels: labels, noDataLabel: string),
            BarChart.svg(bars: [BarChart.Bar(label: string, value: 3)], title: string, description: string, valueFormatter: { _ in string }),
            LineChart.svg(series: [LineChart.Series(name: string, points: [LineChart.Point(year: 2020, value: 1)])],
                          title: string, description: string, valueFormatter: { _ in string }),
        ]
        for svg in outputs {
            let inspector = SVGInspector(svg)
            #expect(inspector.isWellFormed, "\(inspector.error ?? "")")
            Self.expectNoInjection(inspector)
            #expect(!svg.contains("<script") && !svg.contains("<svg onload"))
        }
    }

    @Test("Numbers are compact, locale-independent and never in exponent notation")
    func numberFormatting() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(3.5) == "3.5")
        #expect(SVGNumber.format(-0.25) == "-0.25")
        #expect(SVGNumber.format(1.005, fractionDigits: 2) == "1" || SVGNumber.format(1.005, fractionDigits: 2) == "1.01")
        #expect(SVGNumber.format(2.999) == "3")
        #expect(SVGNumber.format(0.00001) == "0")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(1e20) == "9000000000000000")
        #expect(SVGNumber.format(123456789.125, fractionDigits: 1) == "123456789.1")
        #expect(SVGNumber.format(0.1 + 0.2) == "0.3")
        #expect(SVGNumber.format(.nan) == "0")
        #expect(SVGNumber.format(.infinity) == "0")
        #expect(SVGNumber.format(2024) == "2024")
        for value in [0.000123, 1e-7, 12345.678, -98765.4321] {
            let text = SVGNumber.format(value)
            #expect(!text.contains("e") && !text.contains(",") && !text.contains("E"))
        }
    }

    @Test("The root is accessible: role img, title and desc referenced by aria-labelledby")
    func accessibleRoot() throws {
        let svg = BarChart.svg(bars: [BarChart.Bar(label: "A", value: 1)], title: "T", description: "D", idPrefix: "bars1")
        let inspector = SVGInspector(svg)
        let root = try #require(inspector.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "bars1-title bars1-desc")
        let (titleElement, descElement) = (inspector.elements[1], inspector.elements[2])
        #expect(titleElement.name == "title" && titleElement.attributes["id"] == "bars1-title" && titleElement.text == "T")
        #expect(descElement.name == "desc" && descElement.attributes["id"] == "bars1-desc" && descElement.text == "D")
    }

    @Test("Ids are sanitised, and derived ids are stable and differ between charts")
    func identifiers() {
        #expect(SVGIdentifier(prefix: "a b\"<c>", kind: "x", seed: "").prefix == "abc")
        #expect(SVGIdentifier(prefix: "1st", kind: "x", seed: "").prefix == "c1st")
        #expect(SVGIdentifier(prefix: nil, kind: "route", seed: "s").prefix == SVGIdentifier(prefix: nil, kind: "route", seed: "s").prefix)
        #expect(SVGIdentifier(prefix: nil, kind: "route", seed: "s").prefix != SVGIdentifier(prefix: nil, kind: "route", seed: "t").prefix)
        #expect(SVGIdentifier.hash("") == "811c9dc5")  // FNV-1a offset basis
        #expect(SVGIdentifier.hash("a") == "e40c292c")  // published FNV-1a 32-bit test vector
    }

    @Test("Path data is compact")
    func pathData() {
        var path = PathData()
        path.move(to: ScreenPoint(x: 1, y: 2))
        path.line(to: ScreenPoint(x: 3.04, y: -4.56))
        path.quadCurve(control: ScreenPoint(x: 5, y: 6), to: ScreenPoint(x: 7, y: 8))
        path.line(to: ScreenPoint(x: 9, y: 10))
        path.close()
        #expect(path.string == "M1 2 3 -4.6Q5 6 7 8L9 10Z")
    }

    /// What a parser gives back for `string`: forbidden characters replaced, CR kept as a reference.
    static func cleaned(_ string: String) -> String {
        String(String.UnicodeScalarView(string.unicodeScalars.map { XMLEscaping.isAllowed($0) ? $0 : "\u{FFFD}" }))
    }
}
