// Short names for the elements the pages use. Each takes attributes first and
// children in a trailing block, e.g. `div(.class("card")) { h2 { "Title" } }`.

func div(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("div", attributes, children) }
func span(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("span", attributes, children) }
func p(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("p", attributes, children) }
func h1(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("h1", attributes, children) }
func h2(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("h2", attributes, children) }
func h3(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("h3", attributes, children) }
func a(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("a", attributes, children) }
func ul(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("ul", attributes, children) }
func li(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("li", attributes, children) }
func strong(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("strong", attributes, children) }
func article(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("article", attributes, children) }
func section(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("section", attributes, children) }
func nav(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("nav", attributes, children) }
func form(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("form", attributes, children) }
func label(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("label", attributes, children) }
func button(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("button", attributes, children) }
func select(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("select", attributes, children) }
func option(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("option", attributes, children) }
func fieldset(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("fieldset", attributes, children) }
func legend(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("legend", attributes, children) }
func table(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("table", attributes, children) }
func caption(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("caption", attributes, children) }
func thead(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("thead", attributes, children) }
func tbody(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("tbody", attributes, children) }
func tr(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("tr", attributes, children) }
func th(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("th", attributes, children) }
func td(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("td", attributes, children) }
func dl(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("dl", attributes, children) }
func dt(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("dt", attributes, children) }
func dd(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("dd", attributes, children) }
func time(_ attributes: Attribute?..., @HTMLBuilder content children: () -> [HTMLNode] = { [] }) -> HTMLNode { element("time", attributes, children) }
func input(_ attributes: Attribute?...) -> HTMLNode { voidElement("input", attributes) }
func input(_ attributes: [Attribute?]) -> HTMLNode { voidElement("input", attributes) }

extension Attribute {
    static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    static func id(_ value: String) -> Attribute { Attribute("id", value) }
    static func href(_ value: String) -> Attribute { Attribute("href", value) }
    static func type(_ value: String) -> Attribute { Attribute("type", value) }
    static func name(_ value: String) -> Attribute { Attribute("name", value) }
    static func value(_ value: String?) -> Attribute { Attribute("value", value ?? "") }
    static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    static func action(_ value: String) -> Attribute { Attribute("action", value) }
    static func method(_ value: String) -> Attribute { Attribute("method", value) }
    static func autocomplete(_ value: String) -> Attribute { Attribute("autocomplete", value) }
    static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-\(name)", value) }
    static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    static func datetime(_ value: String) -> Attribute { Attribute("datetime", value) }
    static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
    static func rel(_ value: String) -> Attribute { Attribute("rel", value) }
    static func maxlength(_ value: Int) -> Attribute { Attribute("maxlength", String(value)) }
    static func required(_ isSet: Bool = true) -> Attribute { Attribute(flag: "required", isSet) }
    static func checked(_ isSet: Bool) -> Attribute { Attribute(flag: "checked", isSet) }
    static func selected(_ isSet: Bool) -> Attribute { Attribute(flag: "selected", isSet) }
    static func autofocus(_ isSet: Bool = true) -> Attribute { Attribute(flag: "autofocus", isSet) }
    static func readonly(_ isSet: Bool = true) -> Attribute { Attribute(flag: "readonly", isSet) }
}
