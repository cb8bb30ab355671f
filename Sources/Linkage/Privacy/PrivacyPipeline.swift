import Foundation

/// Privacy-preserving linkage: agencies run ``encode(records:key:)`` and send
/// the encodings (``EncodingCSV``); the central site runs
/// ``link(encodings:options:progress:)`` without the key. Blocking,
/// training, scoring and clustering are the plain-text ones.
public enum PrivacyPipeline {
    /// At the agency.
    public static func encode(records: [LinkageRecord], key: any KeyedHash,
                              defaultCountryCode: String = "44") -> [EncodedRecord] {
        var encoder = PrivacyEncoder(key: key)
        encoder.phoneNormalizer = PhoneNormalizer(defaultCountryCode: defaultCountryCode)
        return encoder.encode(records)
    }

    /// At the central site.
    public static func link(encodings: [EncodedRecord], options: LinkageOptions = LinkageOptions(),
                            progress: LinkageProgress? = nil, times: LinkageSummary.PhaseTimes = .init()) -> LinkageResult {
        var times = times
        var clock = ContinuousClock.now
        progress?("blocking", 0, encodings.count)
        let table = EncodedTable(encodings)
        var keys: [UInt64] = [], offsets = [0]
        for record in encodings {
            keys.append(contentsOf: record.blockingKeys)
            offsets.append(keys.count)
        }
        let blocking = BlockingIndex(recordCount: encodings.count, keys: keys, offsets: offsets,
                                     sortKeys: encodings.map(\.sortKey),
                                     maxBlockSize: options.blockSizeCap(recordCount: encodings.count), window: options.window)
        progress?("blocking", encodings.count, encodings.count)
        times.blocking = LinkageResult.seconds(since: clock)
        clock = ContinuousClock.now
        let engine = LinkageEngine(comparator: EncodedComparator(table: table), blocking: blocking,
                                   recordIDs: encodings.map(\.id), options: options)
        return LinkagePipeline.finish(engine: engine, mode: "privacy-preserving", times: times, progress: progress)
    }

    /// Both sides in one process, through the CSV form the agencies send
    /// (for the benchmark): load, encode (reported as "features"), write the
    /// encodings to CSV text and read them back, link.
    public static func linkCSVThroughEncoding(csvPath: String, secret: [UInt8], options: LinkageOptions = LinkageOptions(),
                                              progress: LinkageProgress? = nil) throws -> LinkageResult {
        var times = LinkageSummary.PhaseTimes()
        var clock = ContinuousClock.now
        progress?("load", 0, 1)
        let records = try RecordCSV.read(path: csvPath)
        times.load = LinkageResult.seconds(since: clock)
        clock = ContinuousClock.now
        progress?("encode", 0, records.count)
        let encodings = encode(records: records, key: HMACSHA256(key: secret), defaultCountryCode: options.defaultCountryCode)
        var reader = LinkageCSVReader(text: EncodingCSV.csv(encodings))
        let received = try EncodingCSV.read(&reader)
        progress?("encode", records.count, records.count)
        times.features = LinkageResult.seconds(since: clock)
        return link(encodings: received, options: options, progress: progress, times: times)
    }
}
