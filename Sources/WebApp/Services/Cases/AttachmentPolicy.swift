import Foundation

/// Which files may be attached to a case, and how big.
///
/// The type is decided from the file's first bytes, not from the name or the
/// browser's claim, so a script renamed `.pdf` is refused.
enum AttachmentPolicy {
    static let maximumBytes = 10 * 1024 * 1024

    /// The allowed types, each with how to recognise it.
    enum Kind: String, CaseIterable {
        case pdf = "application/pdf"
        case jpeg = "image/jpeg"
        case png = "image/png"
        case text = "text/plain"
        case mp3 = "audio/mpeg"
        case ogg = "audio/ogg"
        case mp4Audio = "audio/mp4"
        case docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case odt = "application/vnd.oasis.opendocument.text"
    }

    /// The type of `data`, or `nil` when it is not an allowed kind of file.
    static func sniff(_ data: Data, fileName: String) -> Kind? {
        let bytes = [UInt8](data.prefix(16))
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        let lowerName = fileName.lowercased()
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("OggS".utf8)) { return .ogg }
        if starts(Array("ID3".utf8)) || starts([0xFF, 0xFB]) || starts([0xFF, 0xF3]) || starts([0xFF, 0xF2]) { return .mp3 }
        if starts(Array("ftyp".utf8), at: 4) { return .mp4Audio }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            // A ZIP: accept only the two document formats, by their names.
            if lowerName.hasSuffix(".docx") { return .docx }
            if lowerName.hasSuffix(".odt") { return .odt }
            return nil
        }
        if !data.isEmpty, !data.contains(0), String(data: data, encoding: .utf8) != nil { return .text }
        return nil
    }
}
