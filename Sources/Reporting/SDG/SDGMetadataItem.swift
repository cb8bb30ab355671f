/// One key and value of the metadata block that accompanies an SDG 16.2.2 export.
public struct SDGMetadataItem: Hashable, Sendable {
    public var key: String
    public var value: String

    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}
