import Foundation

/// The JSON layout of the knowledge import: an array of records in the API's
/// `KnowledgeRecord` form, each optionally with `sourceId`, `publish` and
/// `attachment`. Each element is decoded on its own, so one bad record is
/// reported with its position and the others still import.
public enum KnowledgeJSONLayout {
    /// The records of `data`, each a row or its problem.
    /// - Throws: `KnowledgeImportProblem` (row 0) when the file is not a JSON array at all.
    public static func read(_ data: Data) throws -> [KnowledgeImportOutcome] {
        let elements: [Any]
        do {
            guard let array = try JSONSerialization.jsonObject(with: data) as? [Any] else {
                throw KnowledgeImportProblem(row: 0, column: "", value: "", message: "the file must hold a JSON array of records")
            }
            elements = array
        } catch let problem as KnowledgeImportProblem {
            throw problem
        } catch {
            throw KnowledgeImportProblem(row: 0, column: "", value: "", message: "not valid JSON: \(error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        return elements.enumerated().map { index, element in
            let row = index + 1
            guard let object = element as? [String: Any], let json = try? JSONSerialization.data(withJSONObject: object) else {
                return .rejected([KnowledgeImportProblem(row: row, column: "", value: "", message: "expected a JSON object")])
            }
            do {
                let record = try decoder.decode(KnowledgeRecord.self, from: json)
                return .record(KnowledgeImportRow(row: row, record: record, sourceID: object["sourceId"] as? String,
                                                   publish: object["publish"] as? Bool, attachment: object["attachment"] as? String))
            } catch let error as DecodingError {
                return .rejected([problem(row: row, error)])
            } catch {
                return .rejected([KnowledgeImportProblem(row: row, column: "", value: "", message: "\(error)")])
            }
        }
    }

    /// A decoding error as a row problem naming the JSON path.
    static func problem(row: Int, _ error: DecodingError) -> KnowledgeImportProblem {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return KnowledgeImportProblem(row: row, column: path(context.codingPath + [key]), value: "", message: "is required")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return KnowledgeImportProblem(row: row, column: path(context.codingPath), value: "", message: context.debugDescription)
        @unknown default:
            return KnowledgeImportProblem(row: row, column: "", value: "", message: "\(error)")
        }
    }
}
