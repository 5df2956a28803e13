/// How measured values are written in diagnostics.
enum Measurement {
    /// A CSS length in px, with at most two decimals ("7", "8.33").
    static func pixels(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        if hundredths.truncatingRemainder(dividingBy: 100) == 0 { return String(Int(hundredths / 100)) }
        return ratio(value)
    }

    /// A number with two decimals ("4.50").
    static func ratio(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
