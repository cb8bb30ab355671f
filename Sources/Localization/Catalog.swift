/// The translation tables, one per language.
public enum Catalog {
    /// The full table for `language`.
    public static func table(for language: Language) -> [TextKey: String] {
        switch language {
        case .english: english
        case .simplifiedChinese: simplifiedChinese
        }
    }

    /// The `{name}` placeholders used in `text`, for checking that translations keep them.
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var current: String?
        for character in text {
            if character == "{" {
                current = ""
            } else if character == "}", let name = current {
                names.insert(name)
                current = nil
            } else if current != nil {
                current?.append(character)
            }
        }
        return names
    }
}
