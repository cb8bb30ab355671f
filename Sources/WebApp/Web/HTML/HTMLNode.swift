/// A piece of an HTML document: an element, text, or a group of nodes.
///
/// Escaping happens here and only here: every text node and every attribute
/// value is escaped when rendered, so no page can forget to. (This is why we
/// do not use Plot, which leaves attribute values unescaped and passes
/// entities in text through unchanged; see docs/ARCHITECTURE.md.)
struct HTMLNode: Sendable {
    enum Kind: Sendable {
        case element(name: String, attributes: [Attribute], children: [HTMLNode], isVoid: Bool)
        case text(String)
        /// Markup that is already safe: only for constants written in our own source.
        case trusted(StaticString)
        /// SVG from the Charts library, which escapes every text and attribute
        /// value it writes and has no raw-markup node (see Sources/Charts/README.md).
        case chart(String)
        case group([HTMLNode])
    }

    let kind: Kind

    static func text(_ text: String) -> HTMLNode { HTMLNode(kind: .text(text)) }
    static func trusted(_ markup: StaticString) -> HTMLNode { HTMLNode(kind: .trusted(markup)) }
    static func group(_ nodes: [HTMLNode]) -> HTMLNode { HTMLNode(kind: .group(nodes)) }
    static func chart(_ svg: String) -> HTMLNode { HTMLNode(kind: .chart(svg)) }
    static let empty = HTMLNode(kind: .group([]))

    /// The HTML text of this node.
    func render() -> String {
        var output = ""
        output.reserveCapacity(4_096)
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch kind {
        case .text(let text):
            output += HTMLEscaping.escape(text)
        case .trusted(let markup):
            output += markup.description
        case .chart(let svg):
            output += svg
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let name, let attributes, let children, let isVoid):
            output += "<" + name
            for attribute in attributes {
                guard let value = attribute.value else {
                    if attribute.isBoolean { output += " " + attribute.name }
                    continue
                }
                output += " " + attribute.name + "=\"" + HTMLEscaping.escape(value) + "\""
            }
            output += ">"
            if isVoid { return }
            for child in children { child.render(into: &output) }
            output += "</" + name + ">"
        }
    }
}

/// An attribute of an element. Names are always constants from our source;
/// values are escaped on output.
struct Attribute: Sendable {
    let name: String
    let value: String?
    /// A boolean attribute (`required`, `checked`) is written as its bare name when set.
    let isBoolean: Bool

    init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
        self.isBoolean = false
    }

    init(flag name: String, _ isSet: Bool) {
        self.name = name
        self.value = nil
        self.isBoolean = isSet
    }
}

enum HTMLEscaping {
    /// Escapes the five characters that matter in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
