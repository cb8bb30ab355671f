/// Greedy line breaking with real glyph widths.
///
/// Greedy (first fit) rather than optimal (Knuth–Plass) because text is ragged-right:
/// without justification the optimal algorithm buys little, and greedy is simple to trust.
struct LineBreaker {
    var fontSize: Double
    var maxWidth: Double
    var leading: Double
    var gray: Double = 0

    /// An unbreakable piece of text: a Latin word, or one Chinese character together with
    /// the punctuation that may not be separated from it.
    private struct Word {
        var glyphs: [StyledGlyph] = []
        /// The space that preceded the word, drawn only when the word is not first on its line.
        var spaceBefore: StyledGlyph?
        var endsIdeographic = false
        var endsWithOpening = false
    }

    private enum Token {
        case word(Word)
        case lineBreak
    }

    /// Breaks `elements` into lines no wider than `maxWidth`.
    func lines(for elements: [StyledElement]) -> [LaidOutLine] {
        var lines: [LaidOutLine] = []
        var current: [StyledGlyph] = []
        var currentWidth = 0.0

        func emit() {
            lines.append(LaidOutLine(glyphs: current, fontSize: fontSize, leading: leading, gray: gray))
            current = []
            currentWidth = 0
        }
        func append(_ glyph: StyledGlyph) {
            current.append(glyph)
            currentWidth += glyph.width(fontSize: fontSize)
        }
        // Tiny tolerance so that a word which fits exactly is not pushed down by rounding.
        func fits(_ width: Double) -> Bool { width <= maxWidth + 1e-9 }

        for token in tokenize(elements) {
            switch token {
            case .lineBreak:
                emit()
            case .word(let word):
                let wordWidth = word.glyphs.reduce(0) { $0 + $1.width(fontSize: fontSize) }
                let space = current.isEmpty ? nil : word.spaceBefore
                let spaceWidth = space?.width(fontSize: fontSize) ?? 0
                if fits(currentWidth + spaceWidth + wordWidth) {
                    if let space { append(space) }
                    word.glyphs.forEach(append)
                    continue
                }
                if !current.isEmpty { emit() }
                if fits(wordWidth) {
                    word.glyphs.forEach(append)
                } else {
                    // Longer than a whole line (a URL, a case number without spaces):
                    // cut it wherever the line is full.
                    for glyph in word.glyphs {
                        if !current.isEmpty, !fits(currentWidth + glyph.width(fontSize: fontSize)) { emit() }
                        append(glyph)
                    }
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { emit() }
        return lines
    }

    /// Groups elements into words and forced breaks, applying the no-break rules.
    private func tokenize(_ elements: [StyledElement]) -> [Token] {
        var tokens: [Token] = []
        var word: Word?
        var pendingSpace: StyledGlyph?

        func finishWord() {
            if let finished = word { tokens.append(.word(finished)) }
            word = nil
        }

        for styled in elements {
            switch styled.element {
            case .newline:
                finishWord()
                tokens.append(.lineBreak)
                pendingSpace = nil
            case .space:
                finishWord()
                if pendingSpace == nil { pendingSpace = StyledGlyph(glyph: .space, bold: styled.bold) }
            case .zeroWidthBreak:
                finishWord()
            case .glyph(let glyph):
                let scalar = glyph.scalar
                let ideographic = CharacterClasses.isIdeographic(scalar)
                // Stay in the current word unless a break is allowed here: breaks are
                // allowed around ideographs, except before closing and after opening marks.
                let glue = word.map { current in
                    CharacterClasses.forbidsBreakBefore(scalar)
                        || current.endsWithOpening
                        || (!ideographic && !current.endsIdeographic)
                } ?? false
                if !glue {
                    finishWord()
                    word = Word(spaceBefore: pendingSpace)
                    pendingSpace = nil
                }
                word?.glyphs.append(StyledGlyph(glyph: glyph, bold: styled.bold))
                word?.endsIdeographic = ideographic
                word?.endsWithOpening = CharacterClasses.forbidsBreakAfter(scalar)
            }
        }
        finishWord()
        return tokens
    }
}
