import Foundation

/// The codecs a case needs, made once from the encryption key.
public struct CaseCodecs: Sendable {
    public let cipher: FieldCipher
    public let person: PersonCodec
    public let victim: VictimCodec
    public let perpetrator: PerpetratorCodec
    public let event: RouteEventCodec

    public init(cipher: FieldCipher, index: BlindIndex) {
        self.cipher = cipher
        self.person = PersonCodec(cipher: cipher, index: index)
        self.victim = VictimCodec(cipher: cipher)
        self.perpetrator = PerpetratorCodec(cipher: cipher)
        self.event = RouteEventCodec(cipher: cipher)
    }
}
