/// Lets pages be written as nested Swift blocks with `if`, `for` and plain strings.
@resultBuilder
enum HTMLBuilder {
    static func buildBlock(_ components: [HTMLNode]...) -> [HTMLNode] { components.flatMap { $0 } }
    static func buildExpression(_ node: HTMLNode) -> [HTMLNode] { [node] }
    static func buildExpression(_ nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    static func buildExpression(_ text: String) -> [HTMLNode] { [.text(text)] }
    static func buildOptional(_ nodes: [HTMLNode]?) -> [HTMLNode] { nodes ?? [] }
    static func buildEither(first nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    static func buildEither(second nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    static func buildArray(_ nodes: [[HTMLNode]]) -> [HTMLNode] { nodes.flatMap { $0 } }
}

/// An element with children.
func element(_ name: String, _ attributes: [Attribute?], @HTMLBuilder _ children: () -> [HTMLNode] = { [] }) -> HTMLNode {
    HTMLNode(kind: .element(name: name, attributes: attributes.compactMap { $0 }, children: children(), isVoid: false))
}

/// A void element (`<input>`, `<meta>`, `<link>`, `<br>`): attributes, no children.
func voidElement(_ name: String, _ attributes: [Attribute?]) -> HTMLNode {
    HTMLNode(kind: .element(name: name, attributes: attributes.compactMap { $0 }, children: [], isVoid: true))
}

/// A group of nodes with no element around them.
func fragment(@HTMLBuilder _ children: () -> [HTMLNode]) -> HTMLNode {
    .group(children())
}
