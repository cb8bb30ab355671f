import Foundation
import Testing
@testable import PDFWriter

@Suite struct DeterminismTests {
    @Test func twoRendersAreByteIdentical() {
        let document = TestSupport.sampleDigest()
        let first = document.render()
        let second = document.render()
        #expect(first == second)
        #expect(first.count > 5_000)
    }

    @Test func independentlyBuiltEqualDocumentsAreByteIdentical() {
        #expect(TestSupport.sampleDigest().render() == TestSupport.sampleDigest().render())
    }

    @Test func contentChangesTheDocumentID() {
        var other = TestSupport.sampleDigest()
        other.add(.paragraph("one more line"))
        let idLine: (Data) -> Substring? = { data in
            TestSupport.string(data).split(separator: "\n").first { $0.contains("/ID [") }
        }
        #expect(idLine(other.render()) != idLine(TestSupport.sampleDigest().render()))
    }
}
