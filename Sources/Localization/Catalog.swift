/// The translation tables, one per language. Each language's table is kept in
/// five files: the interface every page shares (`Catalog+<Language>.swift`),
/// the case registry's pages (`+Cases`), the HTCDS code-list labels (`+CodeLists`),
/// referrals (`+Referrals`), and notifications and webhooks (`+Notifications`).
public enum Catalog {
    /// The full table for `language`.
    public static func table(for language: Language) -> [TextKey: String] {
        switch language {
        case .english: english
        case .simplifiedChinese: simplifiedChinese
        }
    }

    /// One table from its parts; a key in two parts is a mistake, caught on first use.
    static func merged(_ parts: [[TextKey: String]]) -> [TextKey: String] {
        parts.reduce(into: [:]) { table, part in
            table.merge(part) { _, _ in preconditionFailure("a text key is in two parts of one catalogue") }
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
