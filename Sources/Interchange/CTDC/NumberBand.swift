import CaseModel
import Foundation

/// A whole-number range as CTDC writes them: `18--20`, `48+`, `2014-2018`, `2019`.
public struct NumberBand: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The smallest number in the band.
    public let lowerBound: Int
    /// `nil` for an open band such as `48+`.
    public let upperBound: Int?

    /// `nil` when the upper bound is below the lower one.
    public init?(lowerBound: Int, upperBound: Int?) {
        if let upperBound, upperBound < lowerBound { return nil }
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// Reads `N`, `N+`, `N--M`, `N-M` or `N–M` (en dash, as CTDC's codebook
    /// prints), ignoring spaces and a trailing note in parentheses: `0--12 (0-1 yr)`.
    public init?(parsing text: String) {
        // Bytes, not Characters: this runs for every age and year cell of large files.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next(), byte != UInt8(ascii: "(") {
            switch byte {
            case 0x20, 0x09: continue
            case 0xE2:
                // U+2013 and U+2014 (E2 80 93 / E2 80 94) read as a hyphen.
                guard iterator.next() == 0x80, let last = iterator.next(), last == 0x93 || last == 0x94 else { return nil }
                bytes.append(UInt8(ascii: "-"))
            default: bytes.append(byte)
            }
        }
        var index = 0
        func number() -> Int? {
            let start = index
            var value = 0
            while index < bytes.count, index - start < 9, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            return index > start ? value : nil
        }
        guard let lower = number() else { return nil }
        if index == bytes.count {
            self.init(lowerBound: lower, upperBound: lower)
            return
        }
        if index == bytes.count - 1, bytes[index] == UInt8(ascii: "+") {
            self.init(lowerBound: lower, upperBound: nil)
            return
        }
        let dashStart = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard (1...2).contains(index - dashStart), let upper = number(), index == bytes.count else { return nil }
        self.init(lowerBound: lower, upperBound: upper)
    }

    /// Whether `value` lies in the band.
    public func contains(_ value: Int) -> Bool {
        value >= lowerBound && (upperBound.map { value <= $0 } ?? true)
    }

    /// The age group of everyone in an age band; unknown if it straddles 18.
    public var ageGroup: AgeGroup {
        AgeGroup(ages: lowerBound...(upperBound ?? Int.max))
    }

    /// CTDC's spelling: `18--20`, `48+`, `2019`.
    public var description: String {
        guard let upperBound else { return "\(lowerBound)+" }
        return upperBound == lowerBound ? "\(lowerBound)" : "\(lowerBound)--\(upperBound)"
    }

    public static func < (lhs: NumberBand, rhs: NumberBand) -> Bool {
        (lhs.lowerBound, lhs.upperBound ?? Int.max) < (rhs.lowerBound, rhs.upperBound ?? Int.max)
    }
}
