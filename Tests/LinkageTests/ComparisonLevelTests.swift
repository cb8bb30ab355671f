import Testing
@testable import Linkage

/// Expected levels follow the definitions in `DateLevels`, `PhoneComparison`
/// and `NameLevels` (written out by hand for each case).
@Suite("Comparison levels")
struct ComparisonLevelTests {
    func date(_ a: String, _ b: String) -> Int {
        func parts(_ text: String) -> (Int, Int, Int) {
            guard let date = LinkageDate(iso: text) else { return (0, 0, 0) }
            return (date.year, date.month ?? 0, date.day ?? 0)
        }
        let x = parts(a), y = parts(b)
        return DateComparison.level(year: (x.0, y.0), month: (x.1, y.1), day: (x.2, y.2))
    }

    @Test("Birth-date levels, including day/month swap and partial dates")
    func birthDates() {
        #expect(date("1990-05-12", "1990-05-12") == 1)   // exact
        #expect(date("1990-05", "1990-05-12") == 2)      // year-month, day unknown
        #expect(date("1990-05-12", "1990-12-05") == 3)   // swapped
        #expect(date("1990-05-12", "1990-05-13") == 4)   // day typo
        #expect(date("1990", "1990-05-12") == 5)         // year only
        #expect(date("1990-05-12", "1990-07-01") == 6)   // same year, month differs
        #expect(date("1990-05-12", "1991-05-12") == 7)   // same month-day
        #expect(date("1990-05", "1991-02") == 8)         // year ± 1
        #expect(date("1990-05-12", "1975-01-30") == 9)
        #expect(date("", "1990-05-12") == 0)             // unknown is neutral
        #expect(date("1990-13-01", "1990-05-12") == 0)   // malformed counts as unknown
    }

    @Test("Partial dates parse at their precision")
    func partialDates() {
        #expect(LinkageDate(iso: "1990")?.precision == 1)
        #expect(LinkageDate(iso: "1990-05")?.precision == 2)
        #expect(LinkageDate(iso: "1990-05-12") == LinkageDate(year: 1990, month: 5, day: 12))
        #expect(LinkageDate(iso: "12/05/1990") == nil)
        #expect(LinkageDate(iso: "") == nil)
    }

    @Test("Phone one edit: dropped, wrong or transposed digit; not two edits")
    func phoneOneEdit() {
        #expect(PhoneComparison.withinOneEdit("+447700900123", "+44770090123"))   // dropped digit
        #expect(PhoneComparison.withinOneEdit("+447700900123", "+447700900132"))  // transposed
        #expect(PhoneComparison.withinOneEdit("+447700900123", "+447700900128"))  // wrong last digit
        #expect(!PhoneComparison.withinOneEdit("+447700900123", "+447700900456"))
        #expect(!PhoneComparison.withinOneEdit("+447700900123", "+4477009001"))   // two dropped
        #expect(!PhoneComparison.withinOneEdit("+447700900123", "+337700900123")) // country code differs
    }

    @Test("Deletion variants of two one-edit numbers intersect (the blocking key)")
    func phoneVariants() {
        let a = "+447700900123", transposed = "+447700900213", dropped = "+44770090123"
        let variantsA = Set(PhoneNormalizer.deletionVariants(a))
        #expect(!variantsA.isDisjoint(with: PhoneNormalizer.deletionVariants(transposed)))
        #expect(variantsA.contains(dropped))
    }

    @Test("Name levels on hand-made records")
    func nameLevels() {
        let records = [
            LinkageRecord(id: "1", source: "a", givenName: "Oleksandr", familyName: "Kharchenko"),
            LinkageRecord(id: "2", source: "b", givenName: "Олександр", familyName: "Харченко"),
            LinkageRecord(id: "3", source: "b", givenName: "Oleksandr", familyName: "Harchenko"),
            LinkageRecord(id: "4", source: "c", givenName: "Kharchenko", familyName: "Oleksandr"),
            LinkageRecord(id: "5", source: "c", givenName: "Sasha", familyName: "Kharchenko"),
            LinkageRecord(id: "6", source: "c", givenName: "Maria", familyName: "García López"),
            LinkageRecord(id: "7", source: "c", givenName: "Maria", familyName: "Garcia"),
            LinkageRecord(id: "8", source: "c", givenName: "Oleksandr", familyName: ""),
        ]
        let comparator = PlaintextComparator(table: FeatureTable.build(from: records))
        func levels(_ i: Int, _ j: Int) -> (UInt8, UInt8) {
            let vector = comparator.compare(i, j)
            return (vector.levels[0], vector.levels[1])
        }
        #expect(levels(0, 0) == (1, 1))
        #expect(levels(0, 1).0 <= 2 && levels(0, 1).1 <= 2)    // Cyrillic meets its romanisation
        #expect(levels(0, 2).1 == 2)                           // kh / h fold together
        #expect(levels(0, 3) == (1, 1))                        // swapped order read crosswise
        // Nickname and one-of-two surnames: the phonetic codes include those
        // of formal names and of each token (NameParts.codes), so these meet
        // at the Double Metaphone level, ahead of the token-subset level.
        #expect((5...6).contains(levels(0, 4).0))
        #expect((5...6).contains(levels(5, 6).1))
        #expect(levels(0, 5).1 > 6)                            // unrelated names: no agreement

        #expect(levels(0, 7).1 == 0)                           // missing family name is neutral
    }
}
