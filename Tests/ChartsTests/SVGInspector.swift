import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG output with Foundation's `XMLParser` (libxml2 on Linux), so the tests check
/// well-formedness with a real XML parser and look at elements, attributes and text as parsed, not
/// as substrings.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        /// Names of the enclosing elements, outermost first.
        let ancestors: [String]
        /// Classes of the enclosing elements.
        let ancestorClasses: [String]
        var text = ""

        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
    }

    private(set) var elements: [Element] = []
    private(set) var error: String?
    private var stack: [Int] = []

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() {
            error = parser.parserError.map { "\($0)" } ?? "unknown parse error"
        }
    }

    var isWellFormed: Bool { error == nil }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        let ancestors = stack.map { elements[$0].name }
        let ancestorClasses = stack.compactMap { elements[$0].attributes["class"] }
        elements.append(Element(name: name, attributes: attributes, ancestors: ancestors, ancestorClasses: ancestorClasses))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = stack.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = "\(parseError)"
    }

    /// Elements named `name` (and having class `cssClass`, when given).
    func all(_ name: String, class cssClass: String? = nil) -> [Element] {
        elements.filter { $0.name == name && (cssClass.map($0.classes.contains) ?? true) }
    }

    /// Elements with class `cssClass`, whatever their name.
    func withClass(_ cssClass: String) -> [Element] {
        elements.filter { $0.classes.contains(cssClass) }
    }

    /// Every non-blank run of character data in the document.
    var texts: [String] {
        elements.map(\.text).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
