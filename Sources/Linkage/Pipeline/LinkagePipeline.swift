import Foundation

/// The result of a linkage run.
public struct LinkageResult: Sendable {
    public var recordIDs: [String]
    /// Cluster number of each record (same order as `recordIDs`).
    public var clusterOf: [Int32]
    public var reviewCandidates: [ReviewCandidate]
    public var summary: LinkageSummary

    /// Writes `record_id,cluster_id` and records the time taken in the summary.
    public mutating func writeClusters(to path: String) throws {
        let start = ContinuousClock.now
        try ClusterCSVWriter.write(recordIDs: recordIDs, clusterOf: clusterOf, to: path)
        summary.seconds.write = Self.seconds(since: start)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}

/// Entry points used by `link-bench` and the `libertas link` command.
public enum LinkagePipeline {
    /// Links the person CSV at `path` (see ``RecordCSV``) in plain text.
    public static func link(csvPath: String, options: LinkageOptions = LinkageOptions(),
                            progress: LinkageProgress? = nil) throws -> LinkageResult {
        let start = ContinuousClock.now
        progress?("load", 0, 1)
        var records = try RecordCSV.read(path: csvPath)
        progress?("load", records.count, records.count)
        let load = LinkageResult.seconds(since: start)
        let prepared = prepare(records, options: options, progress: progress)
        // The raw strings are not needed once the features are built; this
        // function owns the only copy, so releasing it here lowers the peak
        // memory of blocking and scoring by their size (about a fifth of it
        // on the 1.7-million-record benchmark).
        records = []
        var result = link(prepared, options: options, progress: progress)
        result.summary.seconds.load = load
        return result
    }

    /// Links records already in memory, in plain text.
    public static func link(records: [LinkageRecord], options: LinkageOptions = LinkageOptions(),
                            progress: LinkageProgress? = nil) -> LinkageResult {
        link(prepare(records, options: options, progress: progress), options: options, progress: progress)
    }

    /// Features and ids of the records, with the time taken.
    struct Prepared {
        var table: FeatureTable
        var ids: [String]
        var seconds: Double
    }

    static func prepare(_ records: [LinkageRecord], options: LinkageOptions, progress: LinkageProgress?) -> Prepared {
        let start = ContinuousClock.now
        progress?("features", 0, records.count)
        let table = FeatureTable.build(from: records, phoneNormalizer: PhoneNormalizer(defaultCountryCode: options.defaultCountryCode))
        let ids = records.map(\.id)
        progress?("features", records.count, records.count)
        return Prepared(table: table, ids: ids, seconds: LinkageResult.seconds(since: start))
    }

    static func link(_ prepared: Prepared, options: LinkageOptions, progress: LinkageProgress?) -> LinkageResult {
        var times = LinkageSummary.PhaseTimes()
        times.features = prepared.seconds
        let start = ContinuousClock.now
        let table = prepared.table, count = prepared.ids.count
        progress?("blocking", 0, count)
        let blocking = table.blockingIndex(maxBlockSize: options.blockSizeCap(recordCount: count), window: options.window)
        progress?("blocking", count, count)
        times.blocking = LinkageResult.seconds(since: start)

        let engine = LinkageEngine(comparator: PlaintextComparator(table: table), blocking: blocking, recordIDs: prepared.ids,
                                   options: options)
        return finish(engine: engine, mode: "plaintext", times: times, progress: progress)
    }

    static func finish<C: PairComparator>(engine: LinkageEngine<C>, mode: String, times: LinkageSummary.PhaseTimes,
                                          progress: LinkageProgress?) -> LinkageResult {
        var times = times
        let output = engine.run(progress: progress, times: &times)
        let summary = LinkageSummary(
            mode: mode, records: engine.recordIDs.count, candidatePairs: output.candidatePairs,
            blocking: engine.blocking.statistics, trainingPairs: output.trainingPairs, threshold: engine.options.threshold,
            pairsAboveThreshold: output.pairsAboveThreshold, reviewCandidates: output.reviewCandidates.count,
            clusters: output.clustering.clusterCount, flaggedClusterCount: output.clustering.flagged.count,
            flaggedClusters: Array(output.clustering.flagged.prefix(LinkageSummary.maxListedFlags)),
            parameters: output.parameters, seconds: times)
        return LinkageResult(recordIDs: engine.recordIDs, clusterOf: output.clustering.clusterOf,
                             reviewCandidates: output.reviewCandidates, summary: summary)
    }
}
