import Foundation
import Synchronization

/// A clock the tests move by hand, so back-off is not waited for.
final class TestClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date()) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    func advance(days: Int) { advance(by: Double(days) * 86_400) }
}
