/// Rules of thumb that flag thin or awkward data. The thresholds are cautions, not limits:
/// they follow the sparse-data discussion of Chan, Silverman and Vincent (2021).
public enum DataWarnings {
    /// Fewer observed cases than this draws a warning.
    public static let fewCasesThreshold = 50
    /// A list with fewer cases than this draws a warning.
    public static let smallListThreshold = 10
    /// Fewer cases on two or more lists than this draws a warning.
    public static let fewOverlapsThreshold = 10

    /// Warnings about the table itself.
    public static func check(_ table: CaptureHistory) -> [DataWarning] {
        var warnings: [DataWarning] = []
        let names = table.listNames
        let total = table.observedTotal
        if total < fewCasesThreshold {
            warnings.append(DataWarning(kind: .fewCases,
                message: "Only \(total) cases were observed; an estimate from so few is very uncertain."))
        }
        for list in 0..<table.listCount where table.listTotal(list) < smallListThreshold {
            warnings.append(DataWarning(kind: .smallList,
                message: "List \(names[list]) has only \(table.listTotal(list)) cases."))
        }
        let isolated = ExistenceCheck.isolatedLists(table)
        for list in isolated {
            warnings.append(DataWarning(kind: .isolatedList,
                message: "List \(names[list]) shares no case with any other list; the data cannot show how it depends on them."))
        }
        for term in InteractionTerm.allPairs(listCount: table.listCount) where table.overlap(term.lists) == 0 {
            let lists = term.lists.lists
            if isolated.contains(lists[0]) || isolated.contains(lists[1]) { continue }
            warnings.append(DataWarning(kind: .emptyOverlap,
                message: "Lists \(names[lists[0]]) and \(names[lists[1]]) share no case; a \(term.name(listNames: names)) term "
                    + "would be left out of the fit, as in SparseMSE."))
        }
        let recaptured = table.allPatterns.filter { $0.pattern.listCount >= 2 }.reduce(0) { $0 + $1.count }
        if recaptured < fewOverlapsThreshold {
            warnings.append(DataWarning(kind: .fewOverlaps,
                message: "Only \(recaptured) cases are on more than one list; the estimate rests on those overlaps."))
        }
        let cells = table.allPatterns
        let empty = cells.filter { $0.count == 0 }.count
        if table.listCount >= 3 && empty * 2 > cells.count {
            warnings.append(DataWarning(kind: .sparseTable,
                message: "\(empty) of the \(cells.count) observable patterns have no case; the table is sparse."))
        }
        return warnings
    }

    /// Warnings about a fit and its interval.
    static func check(fit: ModelFit, interval: ConfidenceInterval, bootstrap: BootstrapResult?) -> [DataWarning] {
        var warnings: [DataWarning] = []
        if !fit.droppedTerms.isEmpty {
            let names = fit.droppedTerms.map { $0.name(listNames: fit.listNames) }.joined(separator: ", ")
            warnings.append(DataWarning(kind: .droppedTerms,
                message: "The model's terms \(names) have empty overlaps; their cells were dropped from the fit (SparseMSE's rule)."))
        }
        if let bootstrap, bootstrap.failedReplicates > 0 {
            warnings.append(DataWarning(kind: .bootstrapFailures,
                message: "\(bootstrap.failedReplicates) of \(bootstrap.replicates.count) bootstrap replicates had no finite estimate "
                    + "and count as unbounded."))
        }
        if !interval.upper.isFinite {
            warnings.append(DataWarning(kind: .unboundedInterval,
                message: "The data do not bound the total from above at this confidence level."))
        }
        return warnings
    }
}
