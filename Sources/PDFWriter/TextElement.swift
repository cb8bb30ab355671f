/// What a piece of input text becomes before line breaking.
enum TextElement: Sendable, Hashable {
    /// A visible character (or the "?" standing in for one that cannot be shown).
    case glyph(Glyph)
    /// A breakable space. Runs of spaces collapse into one, as in HTML, because stray
    /// double spaces in pasted text should not open gaps or start lines with blanks.
    case space
    /// A forced line break.
    case newline
    /// An invisible break opportunity (U+200B ZERO WIDTH SPACE).
    case zeroWidthBreak
}

/// A text element with the weight it is drawn in; a field mixes a bold label with a
/// regular value in one flow of text.
struct StyledElement: Sendable, Hashable {
    var element: TextElement
    var bold: Bool
}
