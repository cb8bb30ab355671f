import Foundation

/// Turns strings into glyphs of the two available fonts.
///
/// Why a separate step: the decision "Helvetica, STSong-Light or '?'" must be made once,
/// identically for measuring and for writing, or wrapped lines would not match the output.
enum GlyphResolver {
    /// Resolves `text` into elements; characters no font can show become "?".
    static func resolve(_ text: String) -> [TextElement] {
        var elements: [TextElement?] = []   // nil marks shared punctuation, decided afterwards
        var shared: [Int: Unicode.Scalar] = [:]
        for scalar in scalars(of: text) {
            if CharacterClasses.isSharedPunctuation(scalar), GB1Coverage.contains(scalar) {
                shared[elements.count] = scalar
                elements.append(nil)
            } else if let element = element(for: scalar) {
                elements.append(element)
            }
        }
        // Shared punctuation follows its neighbours: full-width beside Chinese, narrow otherwise.
        for (index, scalar) in shared {
            let chinese = neighbourIsChinese(elements, from: index, step: -1)
                || neighbourIsChinese(elements, from: index, step: 1)
            if chinese {
                elements[index] = .glyph(Glyph(family: .chinese, code: UInt16(scalar.value), scalar: scalar))
            } else {
                elements[index] = .glyph(latinGlyph(scalar) ?? .replacement)
            }
        }
        return elements.compactMap { $0 }
    }

    /// Resolves `text` for a single line (footer, truncated title): line breaks become spaces.
    static func resolveSingleLine(_ text: String) -> [TextElement] {
        resolve(text).map { $0 == .newline ? .space : $0 }.filter { $0 != .zeroWidthBreak }
    }

    /// Unicode scalars to lay out, one per user-perceived character.
    ///
    /// NFC first, so "e" + combining accent becomes the single WinAnsi "é". A character that
    /// still needs several scalars (emoji sequences, flags, unusual accents) cannot be drawn
    /// by our fonts and becomes one "?" rather than several.
    private static func scalars(of text: String) -> [Unicode.Scalar] {
        let normalized = text
            .replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .precomposedStringWithCanonicalMapping
        var result: [Unicode.Scalar] = []
        for character in normalized {
            let scalars = Array(character.unicodeScalars)
            if scalars.count == 1 || scalars.dropFirst().allSatisfy(isVariationSelector) {
                result.append(scalars[0])
            } else {
                result.append("?")
            }
        }
        return result
    }

    private static func element(for scalar: Unicode.Scalar) -> TextElement? {
        switch scalar.value {
        case 0x0A, 0x85, 0x2028, 0x2029:
            return .newline
        case 0x09, 0x20, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F:
            return .space
        case 0x2007, 0x202F:
            // Figure space and narrow no-break space: keep them unbreakable, as NBSP.
            return .glyph(Glyph(family: .latin, code: 0xA0, scalar: "\u{A0}"))
        case 0x200B:
            return .zeroWidthBreak
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200C, 0x200D, 0x2060, 0xFEFF:
            // Controls, soft hyphen and invisible joiners have nothing to draw.
            return nil
        default:
            if isVariationSelector(scalar) { return nil }
            if let glyph = latinGlyph(scalar) { return .glyph(glyph) }
            if GB1Coverage.contains(scalar) {
                return .glyph(Glyph(family: .chinese, code: UInt16(scalar.value), scalar: scalar))
            }
            return .glyph(.replacement)
        }
    }

    private static func latinGlyph(_ scalar: Unicode.Scalar) -> Glyph? {
        WinAnsiEncoding.byte(for: scalar).map { Glyph(family: .latin, code: UInt16($0), scalar: scalar) }
    }

    private static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    /// Whether the nearest decided element in direction `step` is a Chinese-font glyph.
    private static func neighbourIsChinese(_ elements: [TextElement?], from index: Int, step: Int) -> Bool {
        var position = index + step
        while elements.indices.contains(position) {
            switch elements[position] {
            case nil:
                position += step  // another shared mark: look past it
            case .glyph(let glyph)?:
                return glyph.family == .chinese
            default:
                return false
            }
        }
        return false
    }
}
