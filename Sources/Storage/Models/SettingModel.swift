import FluentKit
import Foundation

/// A small key–value table for facts about the installation itself, such as
/// the fingerprint of the encryption key the data was written with.
public final class SettingModel: Model, @unchecked Sendable {
    public static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: String

    public init() {}

    public init(key: String, value: String) {
        self.id = key
        self.value = value
    }

    public enum Key {
        public static let encryptionKeyFingerprint = "encryption_key_fingerprint"
    }
}
