import Localization

/// Field errors of a submitted form, already in the reader's language, in the
/// order the fields were checked.
struct FormErrors {
    private(set) var all: [(field: String, message: String)] = []

    static let none = FormErrors()

    init() {}

    init(_ errors: [FieldError], t: Localizer) {
        all = errors.map { ($0.field, $0.message(t)) }
    }

    var isEmpty: Bool { all.isEmpty }
    var first: String? { all.first?.field }

    func message(for field: String) -> String? {
        let messages = all.filter { $0.field == field }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }
}
