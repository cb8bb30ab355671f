extension Catalog {
    /// Simplified Chinese: the public reporting channel.
    static let simplifiedChinesePublicReporting: [TextKey: String] = [
        .publicFieldInvalid: "无法读取此值。",
        .publicFieldOutOfRange: "此值超出范围。",
    ]
}
