import AuditTrail
import Crypto
import Fluent
import Foundation
import Storage

/// Files sent with public reports: the case registry's limits and type
/// sniffing (`AttachmentPolicy`) and its encrypted store (`AttachmentFiles`).
struct ReportAttachments {
    let context: LibertasContext

    var files: AttachmentFiles { AttachmentFiles(dataDirectory: context.config.dataDirectory) }

    /// At most this many files per report, so one code cannot fill the disk.
    static let maximumPerReport = 5

    /// Why a file was refused, as the field error to show.
    struct Refusal: Error {
        let fieldError: FieldError
    }

    struct CheckedFile: Sendable {
        let name: String
        let data: Data
        let kind: AttachmentPolicy.Kind
    }

    /// A file's name, size and type checked, or the field error on `file`.
    static func check(fileName: String, data: Data) -> Result<CheckedFile, Refusal> {
        let name = String((fileName as NSString).lastPathComponent.prefix(255))
        if data.count > AttachmentPolicy.maximumBytes {
            return .failure(Refusal(fieldError: FieldError("file", .validationFileTooLarge, ["max": "\(AttachmentPolicy.maximumBytes / 1_048_576) MB"])))
        }
        guard let kind = AttachmentPolicy.sniff(data, fileName: name) else { return .failure(Refusal(fieldError: FieldError("file", .validationFileType))) }
        return .success(CheckedFile(name: name.isEmpty ? "file" : name, data: data, kind: kind))
    }

    /// The row to insert, with the file already written, sealed, under the data directory.
    func prepare(_ file: CheckedFile, reportID: UUID, addedAt: Date) throws -> PublicReportAttachmentModel {
        let id = UUID.random()
        let cipher = context.cipher
        let row = PublicReportAttachmentModel(
            id: id, reportID: reportID,
            fileNameCipher: try cipher.seal(file.name, field: PublicReportAttachmentModel.EncryptedField.fileName, rowID: id),
            contentType: file.kind.rawValue, sizeBytes: file.data.count, sha256: SHA256.hash(data: file.data).hexString, addedAt: addedAt
        )
        try files.write(try cipher.seal(data: file.data, field: PublicReportAttachmentModel.EncryptedField.content, rowID: id), for: id)
        return row
    }

    /// Reads a file back (for operators), checking it against its hash.
    func read(_ row: PublicReportAttachmentModel) throws -> (fileName: String, contentType: String, data: Data) {
        let id = try row.requireID()
        let data = try context.cipher.open(data: try files.read(id), field: PublicReportAttachmentModel.EncryptedField.content, rowID: id)
        guard SHA256.hash(data: data).hexString == row.sha256 else { throw AttachmentFiles.Failure.damaged(id) }
        let name = try context.cipher.open(row.fileNameCipher, field: PublicReportAttachmentModel.EncryptedField.fileName, rowID: id)
        return (name, row.contentType, data)
    }
}
