extension Catalog {
    /// English: the public reporting channel.
    static let englishPublicReporting: [TextKey: String] = [
        .publicFieldInvalid: "This value cannot be read.",
        .publicFieldOutOfRange: "This value is out of range.",
    ]
}
