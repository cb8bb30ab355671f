import Foundation
import Testing
@testable import KnowledgeSearch

/// Normalising, splitting and highlighting read plain ASCII as bytes and
/// common CJK characters as single scalars (`CharacterWalk`). These tests hold them to the character-by-character
/// versions, kept here as references, on text that mixes ASCII with
/// everything the general path treats specially.
@Suite("Normaliser fast path")
struct NormaliserFastPathTests {
    /// The folding as written before the ASCII fast path: every character through `isSpaceLike` and `fold`.
    static func reference(_ text: String) -> [(Character, Int)] {
        var out: [(Character, Int)] = []
        var pendingSpace: Int?
        for (index, character) in text.enumerated() {
            let spaceLike = character.isWhitespace
                || (character.unicodeScalars.count == 1 && character.unicodeScalars.first!.properties.generalCategory == .control)
            if spaceLike {
                if pendingSpace == nil { pendingSpace = index }
                continue
            }
            let folded = TextNormaliser.fold(character)
            guard let firstFolded = folded.first else { continue }
            if let space = pendingSpace {
                let keep = out.last.map { !(ScriptClass.isHanOrKana($0.0) && ScriptClass.isHanOrKana(firstFolded)) } ?? false
                if keep { out.append((" ", space)) }
                pendingSpace = nil
            }
            for c in folded { out.append((c, index)) }
        }
        return out
    }

    static let pieces = [
        "A", "z", "Q", "0", "-", "\"", "~", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{00}", "\u{07}", "\u{1F}", "\u{7F}",
        "e\u{301}", "É", "ß", "İ", "Ł", "\u{00AD}", "\u{200B}", "\u{00A0}", "\u{0085}", "\u{3000}", "Ｉ", "２", "劳", "动", "监察", "カ", "한",
        "й", "ا", "👩‍👩‍👧", "ﬁ", "Ⅻ", "Word", "labour", "LABOUR", "x\u{308}", "\u{600}", "#\u{FE0F}\u{20E3}",
        // CJK read as single scalars, and what may join them: a kana sound mark, Hangul jamo, a variation selector.
        // (The marks come attached: a lone mark after a space starts a cluster of its own in a term cut from
        // the text, and the reference cannot fold such a term as the normaliser does, which joins it to the
        // character before the space.)
        "か", "か\u{3099}", "ー\u{3099}", "\u{309B}", "ー", "ｶ", "가", "\u{1100}", "\u{1161}", "\u{11A8}", "劳\u{FE00}", "、", "，", "。", "（", "㍿",
    ]

    /// ASCII pieces alone: the texts the highlighter matches without folding.
    static let plainPieces = pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } + ["debt bondage", "forced  labour", "Court-ordered", "a1b2"]

    /// Texts of up to 24 random pieces: ASCII mixed with everything the general paths treat specially.
    static func randomTexts(_ count: Int = 5_000, of pieces: [String] = pieces) -> [String] {
        var random = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...24, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
    }

    @Test("The highlighter's folded bytes are the reference's folded characters, from the same original characters")
    func matchesReference() {
        for text in Self.randomTexts() {
            let finder = MatchFinder(text: text, foldPlainText: true)
            let slow = Self.reference(text)
            let bytes = slow.flatMap { Array(String($0.0).utf8) }
            let origins = slow.flatMap { pair in Array(repeating: pair.1, count: String(pair.0).utf8.count) }
            #expect(finder.folding?.bytes == bytes && finder.folding?.origins == origins, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(finder.characterCount == text.count)
        }
    }

    @Test("The ASCII word test agrees with the general one on every ASCII character")
    func asciiWordCharacters() {
        for byte in UInt8(0)..<0x80 {
            #expect(ScriptClass.isWordCharacter(ascii: byte) == ScriptClass.isWordCharacter(Character(Unicode.Scalar(byte))), "\(byte)")
        }
    }

    @Test("Whole texts normalise byte by byte exactly as their folded characters read")
    func normaliseMatchesFoldedCharacters() {
        for text in Self.randomTexts() {
            #expect(TextNormaliser.normalise(text) == String(Self.reference(text).map(\.0)), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // A prepended sign (U+0600) joins the ASCII digit after it in one cluster.
        let prepended = "a \u{600}1 b"
        #expect(TextNormaliser.normalise(prepended) == String(Self.reference(prepended).map(\.0)))
    }

    /// The tokenizer as written before its byte fast path: every character judged by its properties.
    static func referenceTokens(_ text: String) -> [String] {
        var result: [String] = []
        var word = ""
        var run: [Character] = []
        func flushWord() { if !word.isEmpty { result.append(word); word = "" } }
        func flushRun() {
            if run.count == 1 { result.append(String(run[0])) }
            if run.count > 1 { for index in 0..<(run.count - 1) { result.append(String(run[index]) + String(run[index + 1])) } }
            run = []
        }
        for character in text {
            if ScriptClass.isBigramScript(character) { flushWord(); run.append(character) }
            else if ScriptClass.isWordCharacter(character) { flushRun(); word.append(character) }
            else { flushWord(); flushRun() }
        }
        flushWord()
        flushRun()
        return result
    }

    @Test("Tokens of any text are the tokens its characters give, normalised or not")
    func tokensMatchReference() {
        for text in Self.randomTexts() {
            let normalised = TextNormaliser.normalise(text)
            #expect(Tokenizer.tokens(normalised: text) == Self.referenceTokens(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Tokenizer.tokens(normalised: IndexText.make(normalised)) == Self.referenceTokens(IndexText.make(normalised)))
        }
    }
}
