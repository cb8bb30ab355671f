import Foundation
import Testing
@testable import PDFWriter

/// PDF string syntax: what would corrupt a file if it went wrong.
@Suite struct StringEscapingTests {
    @Test func parenthesesAndBackslashAreEscaped() {
        #expect(PDFSyntax.literalString(Array("a(b)c\\d".utf8)) == "(a\\(b\\)c\\\\d)")
        #expect(PDFSyntax.literalString(Array(")(".utf8)) == "(\\)\\()")
    }

    @Test func nonPrintableBytesBecomeOctal() {
        #expect(PDFSyntax.literalString([0xE9, 0x0A, 0x41]) == "(\\351\\012A)")
    }

    @Test func escapedTextAppearsInContentStream() {
        var document = PDFDocument(title: "Escapes")
        document.add(.paragraph("f(x) = \\alpha (unbalanced"))
        let data = document.render()
        #expect(TestSupport.contains(data, "(f\\(x\\) = \\\\alpha \\(unbalanced) Tj"))
    }

    @Test func infoStringsUseUTF16WhenNotASCII() {
        #expect(PDFSyntax.textString("Plain (title)") == "(Plain \\(title\\))")
        #expect(PDFSyntax.textString("案例") == "<FEFF68484F8B>")
        #expect(PDFSyntax.textString("é😀") == "<FEFF00E9D83DDE00>", "surrogate pairs for non-BMP")
        var document = PDFDocument(title: "摘要", author: "Libertas (NGO)")
        document.add(.paragraph("x"))
        let data = document.render()
        #expect(TestSupport.contains(data, "/Title <FEFF64588981>"))
        #expect(TestSupport.contains(data, "/Author (Libertas \\(NGO\\))"))
    }

    @Test func creationDateOnlyWhenGiven() {
        var document = PDFDocument(title: "Dated")
        #expect(!TestSupport.contains(document.render(), "/CreationDate"))
        document.creationDate = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(TestSupport.contains(document.render(), "/CreationDate (D:20231114221320Z)"))
    }

    @Test func numbersAreFixedPoint() {
        #expect(PDFSyntax.number(10.5) == "10.5")
        #expect(PDFSyntax.number(56) == "56")
        #expect(PDFSyntax.number(770.333) == "770.33")
        #expect(PDFSyntax.number(0.05) == "0.05")
        #expect(PDFSyntax.number(-0.001) == "0")
        #expect(PDFSyntax.number(-2.5) == "-2.5")
    }
}
