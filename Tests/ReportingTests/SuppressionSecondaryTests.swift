import Testing
@testable import Reporting

/// Secondary suppression and its audit on small tables of named cells, every expected value worked
/// out by hand in the comments.
@Suite("Secondary suppression")
struct SuppressionSecondaryTests {
    /// ```
    ///          c1   c2 | row
    ///   r1      a=2  b=10 | r1=12
    ///   r2      c=7  d=8  | r2=15
    ///   col    c1=9 c2=18 | t=27
    /// ```
    /// Constraints in this order: r1=a+b, r2=c+d, c1=a+c, c2=b+d, t=r1+r2, t=c1+c2.
    static func twoByTwo() -> AdditiveTable<String> {
        var table = AdditiveTable<String>()
        for (cell, count) in [("a", 2), ("b", 10), ("c", 7), ("d", 8), ("r1", 12), ("r2", 15), ("c1", 9), ("c2", 18), ("t", 27)] {
            table.add(cell, count: count)
        }
        table.require("r1", isSumOf: ["a", "b"])
        table.require("r2", isSumOf: ["c", "d"])
        table.require("c1", isSumOf: ["a", "c"])
        table.require("c2", isSumOf: ["b", "d"])
        table.require("t", isSumOf: ["r1", "r2"])
        table.require("t", isSumOf: ["c1", "c2"])
        return table
    }

    @Test func primarySuppressionAloneLetsTheAuditRecoverTheSmallCell() {
        let table = Self.twoByTwo()
        let published = table.primarySuppression(SuppressionRule())
        // Only a=2 is < 5. A reader computes a = r1 − b = 12 − 10 = 2.
        #expect(published["a"] == .suppressed(.primary))
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published) == ["a": 2])
    }

    @Test func twoByTwoHidesTheWholeInnerRectangle() {
        let table = Self.twoByTwo()
        let published = table.suppression(SuppressionRule())
        // Pass 1: r1 has only a withheld → the smallest positive other part, b=10.
        // r2 has none. c1 has only a → c=7. c2 now has only b → d=8. t=r1+r2, t=c1+c2: none.
        // Pass 2: r2 has c and d; every constraint has 0 or 2 withheld: done.
        // Audit: a+b=12, c+d=15, a+c=9, b+d=18 has rank 3 in 4 unknowns; a=x, b=12−x, c=9−x,
        // d=6+x: no cell is fixed.
        #expect(published == [
            "a": .suppressed(.primary), "b": .suppressed(.secondary), "c": .suppressed(.secondary),
            "d": .suppressed(.secondary), "r1": .count(12), "r2": .count(15), "c1": .count(9),
            "c2": .count(18), "t": .count(27),
        ])
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published).isEmpty)
    }

    /// t = x + y with x=2, y=7, t=9; and m = y + q + r with q = r = 0, m = 7.
    @Test func aLoneWithheldCellAmongZerosTakesItsMarginWithIt() {
        var table = AdditiveTable<String>()
        for (cell, count) in [("x", 2), ("y", 7), ("t", 9), ("q", 0), ("r", 0), ("m", 7)] {
            table.add(cell, count: count)
        }
        table.require("t", isSumOf: ["x", "y"])
        table.require("m", isSumOf: ["y", "q", "r"])

        // Primary only: y = m − q − r = 7 is shown, so x = t − y = 2 is recovered.
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: table.primarySuppression(SuppressionRule())) == ["x": 2])

        let published = table.suppression(SuppressionRule())
        // t=x+y: x alone → y=7. m=y+q+r: y alone, q and r are zero (no positive part) → the
        // margin m=7. Audit: x+y=9, y−m=0 → x = 9 − m, not fixed.
        #expect(published == [
            "x": .suppressed(.primary), "y": .suppressed(.secondary), "t": .count(9),
            "q": .count(0), "r": .count(0), "m": .suppressed(.secondary),
        ])
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published).isEmpty)
    }

    /// t1 = a + b, t2 = a + c, t3 = b + c with a=2, b=6, c=7 (t1=8, t2=9, t3=13).
    ///
    /// The line rule alone withholds a (primary), b (for t1) and c (for t2); then every sum has two
    /// withheld cells, yet three independent equations in three unknowns give a=2, b=6, c=7.
    @Test func theAuditCatchesWhatTheLineRuleMissesAndSuppressionWidens() {
        var table = AdditiveTable<String>()
        for (cell, count) in [("a", 2), ("b", 6), ("c", 7), ("t1", 8), ("t2", 9), ("t3", 13)] {
            table.add(cell, count: count)
        }
        table.require("t1", isSumOf: ["a", "b"])
        table.require("t2", isSumOf: ["a", "c"])
        table.require("t3", isSumOf: ["b", "c"])

        let lineRuleOnly: [String: ReportedValue] = [
            "a": .suppressed(.primary), "b": .suppressed(.secondary), "c": .suppressed(.secondary),
            "t1": .count(8), "t2": .count(9), "t3": .count(13),
        ]
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: lineRuleOnly) == ["a": 2, "b": 6, "c": 7])

        // The first disclosed cell in table order is a; its first sum is t1 = a + b, whose only
        // published cell is t1 = 8 → withheld. Then: a+b−t1=0, a+c=9, b+c=13 — rows
        // (1,1,0,−1), (1,0,1,0), (0,1,1,0) span no unit vector, so nothing is fixed.
        let published = table.suppression(SuppressionRule())
        #expect(published == lineRuleOnly.merging(["t1": .suppressed(.secondary)]) { $1 })
        #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published).isEmpty)
    }

    @Test func aThresholdOfOneOrLessPublishesEveryCount() {
        let table = Self.twoByTwo()
        for rule in [SuppressionRule(threshold: 1), SuppressionRule(threshold: 0), .none] {
            let published = table.suppression(rule)
            #expect(published["a"] == .count(2))
            #expect(published.values.allSatisfy { !$0.isSuppressed })
        }
    }

    @Test func theThresholdIsConfigurable() {
        let table = Self.twoByTwo()
        // With threshold 2 only a count of 1 is small; a=2 is shown and nothing is withheld.
        #expect(table.suppression(SuppressionRule(threshold: 2)).values.allSatisfy { !$0.isSuppressed })
        // With threshold 3, a=2 is small again and the same rectangle is withheld.
        #expect(table.suppression(SuppressionRule(threshold: 3)) == table.suppression(SuppressionRule()))
    }
}
