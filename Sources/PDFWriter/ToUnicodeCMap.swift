/// Builds the /ToUnicode CMap of the Chinese font.
///
/// Strictly, readers could derive Unicode from the predefined UniGB-UCS2-H CMap, but only
/// if they have that CMap installed (poppler needs the poppler-data package for it). An
/// explicit map makes copy-and-paste and search work everywhere.
enum ToUnicodeCMap {
    /// A CMap mapping each used UCS-2 code to itself, in sorted order for reproducibility.
    static func make(codes: Set<UInt16>) -> String {
        var text = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """
        let sorted = codes.sorted()
        // The CMap syntax allows at most 100 entries per bfchar section.
        for start in stride(from: 0, to: sorted.count, by: 100) {
            let chunk = sorted[start..<min(start + 100, sorted.count)]
            text += "\(chunk.count) beginbfchar\n"
            for code in chunk {
                let hex = PDFSyntax.hex4(code)
                text += "<\(hex)> <\(hex)>\n"
            }
            text += "endbfchar\n"
        }
        text += """
        endcmap
        CMapName currentdict /CMapResource defineresource pop
        end
        end

        """
        return text
    }
}
