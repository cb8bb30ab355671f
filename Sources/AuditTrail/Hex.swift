extension Sequence<UInt8> {
    /// The bytes in lowercase hexadecimal, two digits each: how digests, blind
    /// indexes and fingerprints are written.
    ///
    /// Written out by hand because `String(format: "%02x")` goes through
    /// Foundation's formatter for every byte, which made it the largest single
    /// cost of saving a person (a dozen blind-index digests each).
    public var hexString: String {
        let digits = Array("0123456789abcdef".utf8)
        var characters: [UInt8] = []
        characters.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            characters.append(digits[Int(byte >> 4)])
            characters.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: characters, as: UTF8.self)
    }
}
