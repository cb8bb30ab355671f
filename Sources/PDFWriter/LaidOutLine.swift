/// A glyph with the weight it is drawn in.
struct StyledGlyph: Sendable, Hashable {
    var glyph: Glyph
    var bold: Bool

    func width(fontSize: Double) -> Double {
        glyph.advance(bold: bold) * fontSize / 1000
    }
}

/// A stretch of one line drawn with one font face.
struct TextRun: Sendable, Hashable {
    var face: FontFace
    var glyphs: [Glyph]
    /// Offset from the start of the line, in points.
    var x: Double
    var width: Double
}

/// One finished line of text: runs of glyphs in their fonts, and its vertical extent.
struct LaidOutLine: Sendable, Hashable {
    var runs: [TextRun]
    /// Total advance width in points; never more than the width it was broken for.
    var width: Double
    var fontSize: Double
    /// Vertical space the line takes (font size × leading).
    var height: Double
    var gray: Double

    /// Distance from the top of the line box to the baseline: centres the em box in the
    /// line pitch, then drops by a typical ascent (0.85 em covers Helvetica and Song alike).
    var baselineOffset: Double { (height - fontSize) / 2 + fontSize * 0.85 }

    /// Builds a line, merging neighbouring glyphs of one face into runs so the content
    /// stream switches fonts only where the script or weight changes.
    init(glyphs: [StyledGlyph], fontSize: Double, leading: Double, gray: Double) {
        var runs: [TextRun] = []
        var x = 0.0
        for styled in glyphs {
            let face = FontFace(family: styled.glyph.family, bold: styled.bold)
            let advance = styled.width(fontSize: fontSize)
            if var last = runs.last, last.face == face {
                last.glyphs.append(styled.glyph)
                last.width += advance
                runs[runs.count - 1] = last
            } else {
                runs.append(TextRun(face: face, glyphs: [styled.glyph], x: x, width: advance))
            }
            x += advance
        }
        self.runs = runs
        self.width = x
        self.fontSize = fontSize
        self.height = fontSize * leading
        self.gray = gray
    }

    /// The characters of the line, for tests and debugging.
    var text: String {
        var result = ""
        for run in runs {
            result.unicodeScalars.append(contentsOf: run.glyphs.map(\.scalar))
        }
        return result
    }
}
