import Foundation
import Testing
@testable import Linkage

@Suite("Privacy-preserving encodings")
struct PrivacyTests {
    func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test("SHA-256 of FIPS 180-4 examples")
    func sha256() {
        #expect(hex(SHA256Digest.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex(SHA256Digest.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test("HMAC-SHA256 test vectors of RFC 4231 (cases 1, 2, 6)")
    func hmacVectors() {
        #expect(hex(HMACSHA256(key: [UInt8](repeating: 0x0b, count: 20)).authenticationCode(for: Array("Hi There".utf8)))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(hex(HMACSHA256(key: Array("Jefe".utf8)).authenticationCode(for: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(hex(HMACSHA256(key: [UInt8](repeating: 0xaa, count: 131))
                    .authenticationCode(for: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)))
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("Same input, same filter; another key, another filter")
    func determinism() {
        let one = BloomEncoder(key: HMACSHA256(key: Array("key one".utf8)))
        let two = BloomEncoder(key: HMACSHA256(key: Array("key two".utf8)))
        #expect(one.encode("oleksandr") == one.encode("oleksandr"))
        #expect(one.encode("oleksandr") != two.encode("oleksandr"))
        #expect(BloomEncoder.dice(one.encode("oleksandr"), two.encode("oleksandr")) < 0.6)
    }

    @Test("Similar names have high Dice, different names low")
    func diceSimilarity() {
        let encoder = BloomEncoder(key: HMACSHA256(key: Array("k".utf8)))
        let base = encoder.encode("kharchenko")
        #expect(BloomEncoder.dice(base, base) == 1)
        #expect(BloomEncoder.dice(base, encoder.encode("kharchanko")) > 0.75)
        // Unrelated names still share bits by collision: at this fill
        // (about 140 of 512 bits per name) chance agreement is near 0.3.
        #expect(BloomEncoder.dice(base, encoder.encode("nguien")) < 0.4)
    }

    @Test("Encodings survive the CSV form and link like plain text on a pair")
    func roundTrip() throws {
        let records = [
            LinkageRecord(id: "a-1", source: "police", givenName: "Olena", familyName: "Shevchenko", birthDate: "1995-04-12",
                          sex: "F", nationality: "UKR", phone: "+447700900123", city: "London"),
            LinkageRecord(id: "b-1", source: "ngo", givenName: "Олена", familyName: "Schewtschenko", birthDate: "1995-12-04",
                          sex: "F", nationality: "UKR", phone: "+44770090123", city: "LONDON"),
        ]
        let encodings = PrivacyPipeline.encode(records: records, key: HMACSHA256(key: Array("secret".utf8)))
        var reader = LinkageCSVReader(text: EncodingCSV.csv(encodings))
        let received = try EncodingCSV.read(&reader)
        #expect(received == encodings)
        // Nothing in the CSV spells the name.
        #expect(!EncodingCSV.csv(encodings).lowercased().contains("olena"))
        let vector = EncodedComparator(table: EncodedTable(received)).compare(0, 1)
        #expect(vector.levels[0] <= 2)   // given name: exact or folded
        #expect(vector.levels[1] <= 4)   // family name: folded or high Dice
        #expect(vector.levels[2] == 3)   // day and month swapped
        #expect(vector.levels[6] == 2)   // one digit dropped
        // The plain-text comparator agrees on date and phone.
        let plain = PlaintextComparator(table: FeatureTable.build(from: records)).compare(0, 1)
        #expect(plain.levels[2] == 3 && plain.levels[6] == 2)
    }
}
