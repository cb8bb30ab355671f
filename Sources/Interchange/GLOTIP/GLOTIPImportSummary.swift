/// What an import of a GLOTIP export found, for the person who runs it.
public struct GLOTIPImportSummary: Hashable, Sendable {
    /// Data rows after the header; blank rows are not counted.
    public var rowsRead = 0
    /// Rows that passed validation.
    public var rowsKept = 0
    /// Kept rows by `Iso3_code` (the export has one reporter, Sark, with an empty code).
    public var rowsByCountry: [String: Int] = [:]
    /// Kept rows whose value is withheld (`<5` or `x`).
    public var suppressedValues = 0
    /// Kept rows on the by-citizenship dimension.
    public var citizenshipRows = 0
    /// Those of them whose label has a code.
    public var citizenshipRowsMapped = 0
    /// The distinct labels that have a code.
    public var mappedCitizenshipLabels: Set<String> = []
    /// Labels without a code, with how many rows carry each: the list to review.
    public var unmappedCitizenshipLabels: [String: Int] = [:]
    /// Every problem found, also those beyond the ones kept in the list.
    public var problemCount = 0

    public init() {}

    /// By-citizenship rows whose label has no code.
    public var citizenshipRowsUnmapped: Int { citizenshipRows - citizenshipRowsMapped }

    mutating func count(_ imported: ImportedGLOTIPRow) {
        rowsKept += 1
        rowsByCountry[imported.row.iso3, default: 0] += 1
        if imported.row.value.isSuppressed { suppressedValues += 1 }
        guard imported.row.dimension == .citizenship else { return }
        citizenshipRows += 1
        if imported.citizenshipCode != nil {
            citizenshipRowsMapped += 1
            mappedCitizenshipLabels.insert(imported.row.category)
        } else {
            unmappedCitizenshipLabels[imported.row.category, default: 0] += 1
        }
    }
}

/// The outcome of reading an export without keeping its rows: what went wrong, and the counts.
public struct GLOTIPImportReport: Hashable, Sendable {
    /// The rows left out, in file order; at most ``GLOTIPExportReader/maximumProblems``
    /// (``GLOTIPImportSummary/problemCount`` has them all).
    public var problems: [GLOTIPImportProblem]
    public var summary: GLOTIPImportSummary

    public init(problems: [GLOTIPImportProblem] = [], summary: GLOTIPImportSummary = GLOTIPImportSummary()) {
        self.problems = problems
        self.summary = summary
    }
}

/// A whole export in memory: the good rows, the problems and the counts.
public struct GLOTIPImport: Hashable, Sendable {
    public var rows: [ImportedGLOTIPRow]
    public var problems: [GLOTIPImportProblem]
    public var summary: GLOTIPImportSummary

    public init(rows: [ImportedGLOTIPRow], problems: [GLOTIPImportProblem], summary: GLOTIPImportSummary) {
        self.rows = rows
        self.problems = problems
        self.summary = summary
    }
}
