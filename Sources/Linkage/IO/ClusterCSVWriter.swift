import Foundation

/// Writes `record_id,cluster_id`, one row per record, singletons included.
public enum ClusterCSVWriter {
    /// Quotes a field only when RFC 4180 requires it.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The CSV text for `recordIDs` and their cluster numbers.
    public static func csv(recordIDs: [String], clusterOf: [Int32]) -> String {
        var text = "record_id,cluster_id\n"
        text.reserveCapacity(recordIDs.count * 28)
        for (index, id) in recordIDs.enumerated() {
            text += escape(id)
            text += ","
            text += String(clusterOf[index])
            text += "\n"
        }
        return text
    }

    public static func write(recordIDs: [String], clusterOf: [Int32], to path: String) throws {
        try Data(csv(recordIDs: recordIDs, clusterOf: clusterOf).utf8).write(to: URL(fileURLWithPath: path))
    }
}
