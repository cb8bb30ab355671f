import Foundation

/// Case references people can read out and type: `LBT-` and eight characters
/// of Crockford's base 32 (no I, L, O or U), about 40 random bits.
public enum CaseReference {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return "LBT-" + String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
