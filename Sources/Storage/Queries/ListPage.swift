/// One page of a list, and the cursor for the next page.
public struct ListPage<Item: Sendable>: Sendable {
    public var items: [Item]
    /// `nil` on the last page.
    public var nextCursor: String?

    public init(items: [Item], nextCursor: String?) {
        self.items = items
        self.nextCursor = nextCursor
    }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> ListPage<T> {
        ListPage<T>(items: try items.map(transform), nextCursor: nextCursor)
    }
}

/// How many rows a list may ask for.
public enum PageSize {
    public static let `default` = 50
    public static let maximum = 200

    /// Clamps a requested size into 1…``maximum``, using ``default`` when none is given.
    public static func clamp(_ requested: Int?) -> Int {
        min(max(requested ?? Self.default, 1), maximum)
    }
}
