import Foundation

/// The rules Excel applies to sheet names; a workbook that breaks them is
/// "repaired" by Excel on opening (sheets renamed or dropped), so the writer refuses it.
public enum XLSXSheetName {
    /// Excel's limit, counted in UTF-16 code units as Excel counts.
    public static let maximumLength = 31
    /// Characters Excel forbids, because formulas and the file's references use them.
    public static let forbiddenCharacters: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Why `name` cannot be a sheet name on its own, or `nil` when it can.
    /// Uniqueness is a property of the workbook and is checked by ``XLSXWriter``.
    public static func problem(with name: String) -> String? {
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return "a sheet name cannot be blank" }
        if name.utf16.count > maximumLength { return "a sheet name has at most \(maximumLength) characters" }
        if let bad = name.first(where: { forbiddenCharacters.contains($0) }) {
            return "a sheet name cannot contain \(bad) (none of [ ] : * ? / \\)"
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return "a sheet name cannot contain control characters"
        }
        if name.hasPrefix("'") || name.hasSuffix("'") { return "a sheet name cannot begin or end with an apostrophe" }
        // Excel keeps this name for its change-tracking sheet.
        if name.lowercased() == "history" { return "History is reserved by Excel" }
        return nil
    }

    /// A valid name made from `name`, different (ignoring case, as Excel does)
    /// from every name in `taken`: forbidden characters become `_`, the name is
    /// shortened at a character boundary, and a number is appended when needed.
    public static func sanitized(_ name: String, avoiding taken: some Sequence<String> = []) -> String {
        var cleaned = String(name.map { forbiddenCharacters.contains($0) ? "_" : $0 })
        cleaned.unicodeScalars.removeAll { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }
        cleaned = cleaned.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        if cleaned.isEmpty || cleaned.lowercased() == "history" { cleaned = "Sheet" }
        let takenKeys = Set(taken.map(key))
        var suffix = ""
        var counter = 1
        while true {
            let candidate = truncated(cleaned, to: maximumLength - suffix.utf16.count) + suffix
            if !takenKeys.contains(key(candidate)) { return candidate }
            counter += 1
            suffix = " (\(counter))"
        }
    }

    /// What two names are compared by: Excel treats `Data` and `DATA` as the same sheet.
    static func key(_ name: String) -> String { name.lowercased() }

    private static func truncated(_ text: String, to limit: Int) -> String {
        var result = ""
        for character in text {
            guard result.utf16.count + character.utf16.count <= limit else { break }
            result.append(character)
        }
        // Truncation may expose a trailing apostrophe or space.
        return result.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
    }
}
