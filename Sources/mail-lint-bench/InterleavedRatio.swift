import Foundation

/// The HTML analysis against the bare libxml2 parse, measured pass against pass: each
/// repetition times one bare pass and then one analysis pass over the same documents, and
/// the ratio of the two is taken there. A machine that speeds up or slows down between
/// stages (frequency, a neighbour's load) moves both halves of a pair alike, so the median
/// of the pairs' ratios is steadier than the ratio of two stages' medians.
enum InterleavedRatio {
    /// The ratios (analysis time / bare time) of `repetitions` pairs, sorted.
    static func measure(repetitions: Int, bare: () -> Void, analysis: () -> Void) -> [Double] {
        var ratios: [Double] = []
        for _ in 0..<repetitions {
            let start = DispatchTime.now().uptimeNanoseconds
            bare()
            let middle = DispatchTime.now().uptimeNanoseconds
            analysis()
            let end = DispatchTime.now().uptimeNanoseconds
            ratios.append(Double(end - middle) / Double(max(1, middle - start)))
        }
        return ratios.sorted()
    }
}
