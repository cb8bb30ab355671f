import Foundation
import Storage

/// Pages of finished items (Closed, FalseAlarm), newest first by arrival, across
/// alerts and reports: keyset paging on (received, id), which stays right while
/// items arrive and move, unlike offsets.
///
/// The exact order is decided here, on the dates as the database reads them
/// back, because SQLite stores a date with more precision than it reads back
/// (`SQLiteNIO` rounds to the microsecond): a bound compared in SQL can miss the
/// row it came from, or a row in the same microsecond. So SQL only narrows, with
/// a millisecond of slack, and a page is cut only where the rows fetched are
/// known to hold everything newer (see ``newest(after:count:fetch:)``).
enum OperatorQueueKeyset {
    /// Where a page ends: the last item shown.
    struct Position: Hashable, Sendable {
        var receivedAt: Date
        var id: UUID

        /// The cursor token. The time is written as the shortest text that reads
        /// back to the same `Double`, so the position survives the round trip exactly.
        var token: String {
            Cursor(key: String(receivedAt.timeIntervalSinceReferenceDate), id: id.uuidString).token
        }

        init(receivedAt: Date, id: UUID) {
            self.receivedAt = receivedAt
            self.id = id
        }

        /// Reads a token made by ``token``; nil for none; a token not made here is a 400.
        init?(token: String?) throws {
            guard let cursor = try Cursor.parse(token) else { return nil }
            guard let seconds = Double(cursor.key), seconds.isFinite, let id = UUID(uuidString: cursor.id) else { throw CursorError.invalid }
            self.init(receivedAt: Date(timeIntervalSinceReferenceDate: seconds), id: id)
        }

        /// Newest first; the id breaks ties so that the order is total.
        static func precedes(_ a: Position, _ b: Position) -> Bool {
            a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id.uuidString > b.id.uuidString
        }
    }

    /// More than any rounding between what is stored and what is read back.
    static let slack: TimeInterval = 0.001

    /// The first `count` items after `cursor` in ``Position/precedes(_:_:)`` order.
    ///
    /// `fetch(before, limit)` returns up to `limit` rows received before `before` (all when
    /// nil), newest first as SQL sorts them. Every row SQL did not return is at most as new
    /// as the last one it did (give or take the rounding), so the rows newer than that, plus
    /// the slack, are complete; when fewer than `count` of them follow the cursor, it fetches
    /// more. Many items in the same millisecond only make it ask again.
    static func newest<Item>(after cursor: Position?, count: Int, position: (Item) -> Position,
                             fetch: (_ before: Date?, _ limit: Int) async throws -> [Item]) async throws -> [Item] {
        var limit = count + 8
        while true {
            let rows = try await fetch(cursor.map { $0.receivedAt.addingTimeInterval(slack) }, limit)
            let after = rows.filter { row in cursor.map { Position.precedes($0, position(row)) } ?? true }
                .sorted { Position.precedes(position($0), position($1)) }
            guard rows.count == limit, let last = rows.last else { return Array(after.prefix(count)) }
            let complete = after.prefix { position($0).receivedAt > position(last).receivedAt.addingTimeInterval(slack) }
            if complete.count >= count { return Array(complete.prefix(count)) }
            limit *= 2
        }
    }
}
