import AuditTrail
import Crypto
import Foundation
import Testing

@Suite("Hexadecimal digests")
struct HexTests {
    @Test("Bytes are written as two lowercase digits each; SHA-256 of \"abc\" matches FIPS 180-2")
    func hex() {
        #expect([UInt8]().hexString == "")
        #expect([0x00, 0x0F, 0xA0, 0xFF].hexString == "000fa0ff")
        // The example digest published in FIPS 180-2, appendix B.1.
        #expect(SHA256.hash(data: Data("abc".utf8)).hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
