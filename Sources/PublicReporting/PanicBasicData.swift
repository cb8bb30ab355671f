import Foundation

/// What a person may type once on the panic page so that an operator knows whom
/// to look for: kept in the browser's storage only, sent with each alert,
/// stored sealed. Every part is optional; the page says exactly what is sent.
public struct PanicBasicData: Codable, Sendable, Equatable {
    public var name: String?
    public var phone: String?
    /// Anything else: a language spoken, a description, who to ask for.
    public var note: String?

    public init(name: String? = nil, phone: String? = nil, note: String? = nil) {
        self.name = name
        self.phone = phone
        self.note = note
    }

    public enum Limits {
        public static let name = 200
        public static let phone = 40
        public static let note = 1_000
    }

    var problems: [InputProblem] {
        var problems: [InputProblem] = []
        for (field, value, limit) in [("name", name, Limits.name), ("phone", phone, Limits.phone), ("note", note, Limits.note)] {
            if let value, value.count > limit { problems.append(InputProblem("basic_data.\(field)", .tooLong, limit: limit)) }
        }
        return problems
    }

    /// Blank parts dropped; nil when nothing is left.
    public var trimmed: PanicBasicData? {
        func clean(_ text: String?) -> String? {
            let value = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return value.isEmpty ? nil : value
        }
        let result = PanicBasicData(name: clean(name), phone: clean(phone), note: clean(note))
        return result.name == nil && result.phone == nil && result.note == nil ? nil : result
    }
}
