import Reporting

/// A row of a UNODC GLOTIP export that passed validation, with where it came from.
public struct ImportedGLOTIPRow: Hashable, Sendable {
    /// The row as the reporting module knows it; for a by-citizenship row its
    /// `category` is the raw label, byte for byte.
    public var row: GLOTIPRow
    /// The row's number in the file as a spreadsheet shows it (the header and any banner rows count).
    public var sourceRow: Int
    /// For a by-citizenship row, the code of its label (``GLOTIPCitizenshipLabels``):
    /// ISO 3166-1 alpha-3, `NATIONALS`, `UNKNOWN`, `OTHER` or `REGION:<name>`;
    /// `nil` when the label is unmapped, and on every other dimension.
    public var citizenshipCode: String?

    public init(row: GLOTIPRow, sourceRow: Int, citizenshipCode: String? = nil) {
        self.row = row
        self.sourceRow = sourceRow
        self.citizenshipCode = citizenshipCode
    }
}
