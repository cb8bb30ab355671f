/// Maps Unicode to the single-byte WinAnsiEncoding of PDF 32000 Annex D.
///
/// Why WinAnsi: it is the one encoding every reader supports for the standard-14 fonts and
/// covers English plus the Western European names that appear in case files.
enum WinAnsiEncoding {
    /// The byte for `scalar`, or nil when WinAnsi has no such character.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        switch value {
        case 0x20...0x7E, 0xA0...0xFF:
            // ASCII and Latin-1 keep their code points in WinAnsi.
            return UInt8(value)
        default:
            return windows1252Extras[value]
        }
    }

    /// The Windows-1252 additions in 0x80–0x9F (five codes there stay undefined).
    private static let windows1252Extras: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85,
        0x2020: 0x86, 0x2021: 0x87, 0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A,
        0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91, 0x2019: 0x92,
        0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
        0x02DC: 0x98, 0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C,
        0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
