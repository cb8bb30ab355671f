import Foundation

/// The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that the API
/// needs to describe its bodies, with a checker so tests can prove that real
/// responses match what the document promises.
indirect enum JSONSchema: Sendable {
    case string(format: String? = nil, values: [String]? = nil, description: String? = nil)
    case integer(minimum: Int? = nil, maximum: Int? = nil)
    case number
    case boolean
    case array(JSONSchema)
    /// Properties in order, and which of them are required.
    case object([(String, JSONSchema)], required: [String])
    /// Any JSON object (used for the free-form audit summary).
    case anyObject
    /// `#/components/schemas/<name>`.
    case ref(String)
    /// The value may also be `null`.
    case nullable(JSONSchema)
    /// A table cell: a string or a number.
    case scalar

    static let uuid = JSONSchema.string(format: "uuid")
    static let dateTime = JSONSchema.string(format: "date-time")

    /// The schema as a JSON object for the OpenAPI document.
    var json: [String: Any] {
        switch self {
        case .string(let format, let values, let description):
            var object: [String: Any] = ["type": "string"]
            if let format { object["format"] = format }
            if let values { object["enum"] = values }
            if let description { object["description"] = description }
            return object
        case .integer(let minimum, let maximum):
            var object: [String: Any] = ["type": "integer"]
            if let minimum { object["minimum"] = minimum }
            if let maximum { object["maximum"] = maximum }
            return object
        case .number:
            return ["type": "number"]
        case .boolean:
            return ["type": "boolean"]
        case .scalar:
            return ["type": ["string", "number"]]
        case .array(let items):
            return ["type": "array", "items": items.json]
        case .object(let properties, let required):
            var object: [String: Any] = [
                "type": "object",
                "properties": Dictionary(uniqueKeysWithValues: properties.map { ($0.0, $0.1.json) }),
            ]
            if !required.isEmpty { object["required"] = required }
            return object
        case .anyObject:
            return ["type": "object"]
        case .ref(let name):
            return ["$ref": "#/components/schemas/\(name)"]
        case .nullable(let inner):
            // OpenAPI 3.1: nullability is a second type, or `oneOf` with null for a reference.
            if case .ref = inner { return ["oneOf": [inner.json, ["type": "null"]]] }
            var object = inner.json
            if let type = object["type"] as? String { object["type"] = [type, "null"] }
            if let types = object["type"] as? [String], !types.contains("null") { object["type"] = types + ["null"] }
            return object
        }
    }

    /// The ways `value` breaks this schema; empty when it conforms.
    /// `components` resolves references.
    func violations(of value: JSONValue, at path: String = "$", components: [String: JSONSchema]) -> [String] {
        switch (self, value) {
        case (.nullable, .null):
            return []
        case (.nullable(let inner), _):
            return inner.violations(of: value, at: path, components: components)
        case (.ref(let name), _):
            guard let schema = components[name] else { return ["\(path): unknown schema \(name)"] }
            return schema.violations(of: value, at: path, components: components)
        case (.string(_, let values, _), .string(let string)):
            if let values, !values.contains(string) { return ["\(path): \(string) is not one of \(values)"] }
            return []
        case (.integer(let minimum, let maximum), .number(let number)) where number == number.rounded():
            if let minimum, number < Double(minimum) { return ["\(path): below \(minimum)"] }
            if let maximum, number > Double(maximum) { return ["\(path): above \(maximum)"] }
            return []
        case (.boolean, .bool), (.anyObject, .object), (.number, .number), (.scalar, .string), (.scalar, .number):
            return []
        case (.array(let items), .array(let array)):
            return array.enumerated().flatMap { items.violations(of: $1, at: "\(path)[\($0)]", components: components) }
        case (.object(let properties, let required), .object(let object)):
            var problems = required.filter { object[$0] == nil }.map { "\(path).\($0): required but missing" }
            let known = Dictionary(uniqueKeysWithValues: properties)
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                guard let schema = known[key] else {
                    problems.append("\(path).\(key): not in the documented schema")
                    continue
                }
                problems += schema.violations(of: child, at: "\(path).\(key)", components: components)
            }
            return problems
        default:
            return ["\(path): \(value) does not match \(self.json)"]
        }
    }
}
