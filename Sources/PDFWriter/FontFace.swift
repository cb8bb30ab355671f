/// The font families a glyph can be drawn with.
///
/// Two are enough: Helvetica for WinAnsi text, STSong-Light for Chinese and the other
/// characters of the Adobe-GB1 collection (Greek, Cyrillic, full-width forms).
enum FontFamily: Sendable, Hashable {
    case latin
    case chinese
}

/// A family plus weight, which is what a text run is drawn with.
struct FontFace: Sendable, Hashable {
    var family: FontFamily
    var bold: Bool

    /// Name of the font in the page resources. STSong-Light has no bold cut, so bold Chinese
    /// shares /F3 and is emboldened by stroking the outlines (see `ContentStreamBuilder`).
    var resourceName: String {
        switch family {
        case .latin: bold ? "F2" : "F1"
        case .chinese: "F3"
        }
    }
}
