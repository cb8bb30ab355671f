import Testing
@testable import Reporting

@Suite("GLOTIP vocabulary")
struct GLOTIPVocabularyTests {
    /// The spellings are the UNODC export's (`../shared/data/unodc_glotip/README.md`, "Shape").
    @Test func spellingsMatchTheUNODCExport() {
        #expect(GLOTIPSex.allCases.map(\.rawValue) == ["Total", "Female", "Male", "Other", "Unknown"])
        #expect(GLOTIPAge.allCases.map(\.rawValue) == ["Total", "0 to 17 years", "18 years or over", "Unknown"])
        #expect(GLOTIPIndicator.detectedVictims.rawValue == "Detected trafficking victims")
        #expect(GLOTIPDimension.formOfExploitation.rawValue == "by form of exploitation")
    }
}
