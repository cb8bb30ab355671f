import KnowledgeSearch
import SQLKit

/// Builds one SQL statement from fragments that each number their placeholders
/// from 1 (`?1` on SQLite, `$1` on PostgreSQL), renumbering as it appends so
/// the compiled query and the caller's own values can be mixed freely.
struct StatementBuilder {
    let prefix: Character
    private(set) var sql = ""
    private(set) var binds: [any Encodable & Sendable] = []

    init(postgres: Bool) {
        prefix = postgres ? "$" : "?"
    }

    /// Appends SQL text that has no placeholders of its own.
    mutating func append(_ text: String) {
        sql += text
    }

    /// Appends a placeholder for `value`.
    mutating func bind(_ value: any Encodable & Sendable) {
        binds.append(value)
        sql += "\(prefix)\(binds.count)"
    }

    /// Appends a compiled fragment, shifting its placeholder numbers past the
    /// values bound so far. Fragments hold only identifiers, keywords and
    /// placeholders (user text is always bound), so every `?`/`$` followed by
    /// digits is a placeholder.
    mutating func append(_ fragment: BoundSQL) {
        let offset = binds.count
        var characters = fragment.sql.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            guard character == prefix, let next = pending, next.isASCII, next.isNumber else {
                sql.append(character)
                continue
            }
            var digits = ""
            while let digit = pending, digit.isASCII, digit.isNumber {
                digits.append(digit)
                pending = characters.next()
            }
            sql += "\(prefix)\(Int(digits)! + offset)"
        }
        for value in fragment.bindings {
            switch value {
            case .text(let text): binds.append(text)
            case .integer(let number): binds.append(number)
            }
        }
    }

    /// The statement, to run with `SQLDatabase.raw("\(statement)")`.
    var statement: PreparedStatement { PreparedStatement(sql: sql, binds: binds) }
}

/// Finished SQL text with its values, serialised as written.
struct PreparedStatement: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds.append(contentsOf: binds)
    }
}

extension StatementBuilder {
    /// The placeholder of the value bound last, to use the same value twice
    /// without sending it twice.
    var lastPlaceholder: String { "\(prefix)\(binds.count)" }
}
