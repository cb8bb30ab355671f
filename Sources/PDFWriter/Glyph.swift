/// One character resolved to a font family and the code to write in the content stream.
struct Glyph: Sendable, Hashable {
    /// Which font draws it.
    var family: FontFamily
    /// The character code: a WinAnsi byte for `.latin`, the UCS-2 value for `.chinese`
    /// (the predefined CMap UniGB-UCS2-H takes UCS-2 codes directly).
    var code: UInt16
    /// The character the glyph stands for, kept for line-breaking rules.
    var scalar: Unicode.Scalar

    /// Advance width in 1/1000 em.
    ///
    /// Chinese glyphs are full-width: the font dictionary declares /DW 1000, so every reader
    /// advances exactly 1 em whatever font it substitutes, and we measure the same.
    func advance(bold: Bool) -> Double {
        switch family {
        case .latin:
            let table = bold ? HelveticaMetrics.bold : HelveticaMetrics.regular
            return Double(table[Int(code)])
        case .chinese:
            return 1000
        }
    }

    /// The WinAnsi space, used for spaces between words in every script.
    static let space = Glyph(family: .latin, code: 0x20, scalar: " ")
    /// Stands in for characters that no available font can display.
    static let replacement = Glyph(family: .latin, code: 0x3F, scalar: "?")
}
