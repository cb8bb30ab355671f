/// Writes the drawing operators of one page.
///
/// Every run is placed with an absolute text matrix (`Tm`) instead of relying on the
/// reader's advance widths, so a reader whose substitute font is a little wider or narrower
/// can never shift the following runs of a mixed Chinese/English line.
struct ContentStreamBuilder {
    private var operators: [String] = []
    private var face: FontFace?
    private var fontSize: Double?
    private var gray: Double?
    private var fakeBold = false

    /// Stroke width, relative to the font size, that emboldens STSong-Light, which has no
    /// bold cut. Drawn with text render mode 2 (fill, then stroke the outline).
    private static let fakeBoldStroke = 0.03

    static func build(page: LaidOutPage) -> String {
        var builder = ContentStreamBuilder()
        builder.drawRules(of: page)
        builder.drawText(of: page)
        return builder.operators.joined(separator: "\n") + "\n"
    }

    private mutating func drawRules(of page: LaidOutPage) {
        for case .rule(let y, let from, let to) in page.elements {
            let yy = PDFSyntax.number(y)
            operators.append("q 0.6 G 0.5 w \(PDFSyntax.number(from)) \(yy) m \(PDFSyntax.number(to)) \(yy) l S Q")
        }
    }

    private mutating func drawText(of page: LaidOutPage) {
        var opened = false
        for case .text(let line, let x, let baseline) in page.elements {
            if !opened {
                operators.append("BT")
                opened = true
            }
            for run in line.runs where !run.glyphs.isEmpty {
                select(run.face, size: line.fontSize, gray: line.gray)
                operators.append("1 0 0 1 \(PDFSyntax.number(x + run.x)) \(PDFSyntax.number(baseline)) Tm")
                operators.append(Self.encode(run) + " Tj")
            }
        }
        if opened { operators.append("ET") }
    }

    /// Emits font, color and render-mode changes only when they differ from the current
    /// state, which keeps content streams small.
    private mutating func select(_ newFace: FontFace, size: Double, gray newGray: Double) {
        if newFace.resourceName != face?.resourceName || size != fontSize {
            operators.append("/\(newFace.resourceName) \(PDFSyntax.number(size)) Tf")
        }
        if newGray != gray {
            let g = PDFSyntax.number(newGray)
            operators.append("\(g) g \(g) G")
            gray = newGray
        }
        let wantsFakeBold = newFace.family == .chinese && newFace.bold
        if wantsFakeBold != fakeBold || (wantsFakeBold && size != fontSize) {
            operators.append(wantsFakeBold ? "2 Tr \(PDFSyntax.number(size * Self.fakeBoldStroke)) w" : "0 Tr")
            fakeBold = wantsFakeBold
        }
        face = newFace
        fontSize = size
    }

    static func encode(_ run: TextRun) -> String {
        switch run.face.family {
        case .latin: PDFSyntax.literalString(run.glyphs.map { UInt8($0.code) })
        case .chinese: PDFSyntax.hexString(codes: run.glyphs.map(\.code))
        }
    }
}
