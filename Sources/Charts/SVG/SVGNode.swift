/// A node of an SVG tree: an element or a run of text.
///
/// There is deliberately no "raw markup" case: everything is escaped when rendered, so a tree
/// built from hostile strings still renders to well-formed XML with the strings shown as text.
public enum SVGNode: Sendable {
    case element(SVGElement)
    case text(String)

    /// Appends the XML for this node to `output`.
    public func render(into output: inout String) {
        switch self {
        case .element(let element): element.render(into: &output)
        case .text(let text): output += XMLEscaping.text(text)
        }
    }
}

/// An SVG element with attributes in the order given (stable output makes tests and diffs simple).
public struct SVGElement: Sendable {
    /// The element name, e.g. `path`.
    public var name: String
    /// Attributes, written in this order.
    public var attributes: [SVGAttribute]
    /// Child nodes.
    public var children: [SVGNode]

    /// Creates an element. Names come from code, but are still reduced to XML name characters on
    /// output so that no input can break the document.
    public init(_ name: String, _ attributes: [SVGAttribute] = [], children: [SVGNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element holding only text, such as `<title>` or `<text>`.
    public init(_ name: String, _ attributes: [SVGAttribute] = [], text: String) {
        self.init(name, attributes, children: [.text(text)])
    }

    /// This element as a node.
    public var node: SVGNode { .element(self) }

    /// The element and its children as XML.
    public func rendered() -> String {
        var output = ""
        render(into: &output)
        return output
    }

    /// Appends the XML for this element to `output`.
    public func render(into output: inout String) {
        let tag = Self.xmlName(name)
        output += "<" + tag
        for attribute in attributes {
            output += " " + Self.xmlName(attribute.name) + "=\"" + XMLEscaping.attribute(attribute.value) + "\""
        }
        if children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        for child in children {
            child.render(into: &output)
        }
        output += "</" + tag + ">"
    }

    /// Keeps ASCII letters, digits and `-_.:`; prefixes `x` when the result would not start with a
    /// letter. Element and attribute names are always literals in this module, so this only guards
    /// against a future mistake.
    static func xmlName(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.:".unicodeScalars.contains(scalar))
        }
        var result = String(String.UnicodeScalarView(kept))
        if result.first.map({ !$0.isLetter }) ?? true { result = "x" + result }
        return result
    }
}
