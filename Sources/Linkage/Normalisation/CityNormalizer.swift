/// City names to comparison tokens.
///
/// "Stoke-on-Trent", "Stoke on Trent" and "STOKE" must agree at least
/// partly, "Newcastle upon Tyne" and "Newcastle" too. The normal form is
/// the normalised name; the tokens drop linking words, so that a shared
/// distinctive token is evidence.
public enum CityNormalizer {
    private static let linkingWords: Set<String> = ["on", "upon", "and", "the", "de", "la", "le", "city", "of", "am", "sur"]

    /// Normalised full name ("stoke on trent"), empty when unknown.
    public static func normalise(_ city: String) -> String {
        NameNormalizer.normalise(city)
    }

    /// Distinctive tokens of a normalised city name.
    public static func tokens(ofNormalised city: String) -> [String] {
        city.split(separator: " ").map(String.init).filter { !linkingWords.contains($0) && $0.count >= 3 }
    }
}
