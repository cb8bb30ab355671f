/// One victim in one year, as a key.
struct VictimYear: Hashable, Sendable {
    var year: Int
    var victimKey: Int
}
