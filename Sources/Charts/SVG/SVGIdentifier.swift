/// Element ids for one chart, all starting with the same prefix.
///
/// A page may inline several charts, and ids (for `aria-labelledby` and pattern fills) must be
/// unique in the whole HTML document, so each chart prefixes its ids. Without a caller-given prefix
/// the prefix is derived from the chart's content: two charts with different content never share
/// ids, and two identical charts sharing them refer to identical definitions, which is harmless.
public struct SVGIdentifier: Sendable, Hashable {
    /// The sanitised prefix, e.g. `route-3f9a1c20`.
    public let prefix: String

    /// Uses `prefix` when given (reduced to `[A-Za-z0-9_-]`, starting with a letter), otherwise
    /// `kind` followed by a hash of `seed`.
    public init(prefix: String?, kind: String, seed: String) {
        if let prefix, !prefix.isEmpty {
            self.prefix = Self.sanitise(prefix)
        } else {
            self.prefix = Self.sanitise(kind) + "-" + Self.hash(seed)
        }
    }

    /// `prefix-name`, e.g. `route-3f9a1c20-title`.
    public func id(_ name: String) -> String {
        prefix + "-" + Self.sanitise(name)
    }

    /// A `url(#…)` reference to ``id(_:)``.
    public func url(_ name: String) -> String {
        "url(#" + id(name) + ")"
    }

    static func sanitise(_ text: String) -> String {
        let kept = text.unicodeScalars.filter { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        let result = String(String.UnicodeScalarView(kept))
        return result.first?.isLetter == true ? result : "c" + result
    }

    /// FNV-1a, 32 bits: stable across runs and platforms, unlike `Hasher`, so the same chart
    /// renders to the same bytes (cacheable, testable).
    static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
