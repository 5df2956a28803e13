/// How much a finding matters. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    /// Worth knowing; never blocks by default.
    case info
    /// Likely to hurt delivery or the reader; should be fixed.
    case warning
    /// Breaks a standard or a provider requirement; mail may be rejected.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    /// Ordered from least to most severe.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
