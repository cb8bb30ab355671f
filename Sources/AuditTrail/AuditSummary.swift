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

    /// The summary as JSON with sorted keys, so the same summary always gives the same bytes.
    public var canonicalJSON: String {
        var object: [String: Any] = [:]
        if !changes.isEmpty {
            object["changed"] = changes.mapValues { change -> Any in
                switch change {
                case .redacted: return "redacted"
                case .value(let from, let to):
                    return ["from": from.map { $0 as Any } ?? NSNull(), "to": to.map { $0 as Any } ?? NSNull()]
                }
            }
        }
        if !notes.isEmpty { object["notes"] = notes }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
