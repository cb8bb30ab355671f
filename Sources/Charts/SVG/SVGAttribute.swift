/// One attribute of an ``SVGElement``: a name chosen by code and a value that is escaped on output.
public struct SVGAttribute: Sendable, Hashable {
    /// The attribute name, e.g. `fill` or `aria-labelledby`.
    public let name: String
    /// The raw (unescaped) value.
    public let value: String

    /// A text value; it is escaped when rendered, so any caller string is safe here.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// A number, formatted with ``SVGNumber/format(_:fractionDigits:)`` (at most two decimals).
    public init(_ name: String, _ value: Double) {
        self.init(name, SVGNumber.format(value))
    }

    /// An integer, written without grouping.
    public init(_ name: String, _ value: Int) {
        self.init(name, String(value))
    }
}
