import Linkage
import Localization

/// The linkage model's comparison levels in words a coordinator reads. The
/// model names its levels by the measure behind them ("Jaro-Winkler >= 0.92");
/// the page says what that means ("very similar spelling").
enum LinkageEvidenceText {
    static let levels: [String: TextKey] = [
        "null": .linkageLevelNull,
        "exact": .linkageLevelExact,
        "transliteration-folded exact": .linkageLevelFoldedExact,
        "Damerau-Levenshtein <= 1": .linkageLevelOneEdit,
        "Jaro-Winkler >= 0.92": .linkageLevelVerySimilar,
        "Double Metaphone": .linkageLevelSoundsAlike,
        "token subset, nickname or prefix": .linkageLevelPartOfName,
        "Damerau-Levenshtein <= 2 or Jaro-Winkler >= 0.85": .linkageLevelSimilar,
        "different": .linkageLevelDifferent,
        "Dice >= 0.9": .linkageLevelEncodedVerySimilar,
        "Dice >= 0.8": .linkageLevelEncodedSimilar,
        "token subset or nickname": .linkageLevelPartOrNickname,
        "Dice >= 0.65": .linkageLevelEncodedSomewhatSimilar,
        "year-month agree (day unknown)": .linkageLevelYearMonth,
        "day/month swapped": .linkageLevelDayMonthSwapped,
        "same year-month, day differs": .linkageLevelDayDiffers,
        "year agrees (month unknown)": .linkageLevelYearOnly,
        "same year, month differs": .linkageLevelMonthDiffers,
        "same month-day, year differs": .linkageLevelYearDiffers,
        "year +/- 1": .linkageLevelYearApart,
        "token or typo": .linkageLevelTokenOrTypo,
        "one digit edit": .linkageLevelOneDigit,
    ]

    /// The level in the page's language; a level this table does not know yet is shown as the model names it.
    static func level(_ name: String, t: Localizer) -> String {
        levels[name].map { t($0) } ?? name
    }
}
