import Foundation

/// The fields an action changed, for the audit log's summary column.
///
/// Personal data never enters the audit log as a value: such a field is listed
/// by name only, so the log shows *that* someone's email changed without
/// becoming a second, unencrypted copy of it.
public struct AuditSummary: Hashable, Sendable {
    /// One changed field.
    public enum Change: Hashable, Sendable {
        /// A field whose old and new values may be shown.
        case value(from: String?, to: String?)
        /// A field that holds personal data or a secret: only its name is kept.
        case redacted
    }

    public private(set) var changes: [String: Change] = [:]
    /// Free-form context that is not a field change, for example a failure reason.
    public private(set) var notes: [String: String] = [:]

    public init() {}

    /// Records a change to a field that may be shown; unchanged values are skipped.
    public mutating func set(_ field: String, from old: String?, to new: String?) {
        guard old != new else { return }
        changes[field] = .value(from: old, to: new)
    }

    /// Records that a personal or secret field changed, without its values.
    public mutating func setRedacted(_ field: String) {
        changes[field] = .redacted
    }

    /// Adds context to the entry.
    public mutating func note(_ key: String, _ value: String) {
        notes[key] = value
    }

    public var isEmpty: Bool { changes.isEmpty && notes.isEmpty }

    /// The summary as JSON with keys sorted by code point and no spaces, so the
    /// same summary always gives the same bytes.
    ///
    /// Written by hand: every audited change computes one, and Foundation's
    /// `JSONSerialization` (boxing into `Any`, then a generic writer) cost more
    /// than the hash that covers it.
    public var canonicalJSON: String {
        var members: [(String, String)] = []
        if !changes.isEmpty {
            let fields = changes.map { field, change -> (String, String) in
                switch change {
                case .redacted: (field, Self.quoted("redacted"))
                case .value(let from, let to): (field, Self.object([("from", Self.quotedOrNull(from)), ("to", Self.quotedOrNull(to))]))
                }
            }
            members.append(("changed", Self.object(fields)))
        }
        if !notes.isEmpty { members.append(("notes", Self.object(notes.map { ($0.key, Self.quoted($0.value)) }))) }
        return Self.object(members)
    }

    private static func object(_ members: [(key: String, json: String)]) -> String {
        "{" + members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            .map { quoted($0.key) + ":" + $0.json }.joined(separator: ",") + "}"
    }

    private static func quotedOrNull(_ text: String?) -> String { text.map(quoted) ?? "null" }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as it is.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
