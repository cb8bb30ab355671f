import CaseModel
import Testing
@testable import Reporting

/// Properties that hold for any tallies, checked on seeded random ones.
@Suite("Suppression on random GLOTIP tallies")
struct SuppressionRandomTablesTests {
    /// A small linear congruential generator, so every run sees the same tallies.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
    }

    /// Consistent tallies for 2020: one random group grid, with citizenship, detailed forms and
    /// convictions drawn to match it; small counts, so that many cells are suppressed.
    static func tallies(seed: UInt64) -> GLOTIPTallies {
        var random = SeededGenerator(state: seed)
        var tallies = GLOTIPTallies()
        var total = 0
        for sex in GLOTIPSex.categories {
            for age in GLOTIPAge.categories {
                for group in [GLOTIPExploitationGroup.sexualExploitation, .forcedLabour, .otherForms, nil] {
                    let count = Bool.random(using: &random) ? 0 : Int.random(in: 1...8, using: &random)
                    tallies.victimsByGroup[VictimGroupKey(year: 2020, sex: sex, age: age, group: group)] = count
                    total += count
                    let form = ExploitationType.allCases.randomElement(using: &random)!
                    tallies.victimsByForm[VictimFormKey(year: 2020, sex: sex, age: age, form: form), default: 0] += count
                    let stage = JusticeStage.allCases.randomElement(using: &random)!
                    tallies.personsByStage[PersonStageKey(stage: stage, year: 2020, sex: sex, age: age), default: 0] += count
                }
            }
        }
        var left = total
        for code in ["MEX", "GTM", "HND", nil] {
            let share = code == nil ? left : Int.random(in: 0...left, using: &random)
            tallies.victimsByCitizenship[YearCountryKey(year: 2020, country: code)] = share
            left -= share
        }
        let convicted = tallies.personsByStage.filter { $0.key.stage == .convicted }.values.reduce(0, +)
        let sexual = Int.random(in: 0...convicted, using: &random)
        tallies.convictedByGroup = [YearGroupKey(year: 2020, group: .sexualExploitation): sexual, YearGroupKey(year: 2020, group: nil): convicted - sexual]
        let mexicans = Int.random(in: 0...convicted, using: &random)
        tallies.convictedByCitizenship = [YearCountryKey(year: 2020, country: "MEX"): mexicans, YearCountryKey(year: 2020, country: "SLV"): convicted - mexicans]
        return tallies
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func suppressionWithholdsEverySmallCountAndLeavesNothingToSolveFor(seed: UInt64) {
        for table in GLOTIPTables.releaseUnits(Self.tallies(seed: seed), year: 2020) {
            // The builder's sums hold for the true counts.
            for constraint in table.constraints {
                #expect(constraint.parts.map(table.count(of:)).reduce(0, +) == table.count(of: constraint.total))
            }
            for threshold in [3, 5] {
                let rule = SuppressionRule(threshold: threshold)
                let published = table.suppression(rule)
                for (cell, count) in table.counts {
                    if rule.isSmall(count) { #expect(published[cell] == .suppressed(.primary)) }
                    // A zero is never small; the audit step may still withhold one as a last resort.
                    if count == 0 { #expect(published[cell] != .suppressed(.primary)) }
                }
                #expect(SuppressionAudit.disclosures(constraints: table.constraints, published: published).isEmpty)
            }
        }
    }
}
