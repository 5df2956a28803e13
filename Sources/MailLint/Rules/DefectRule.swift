/// A rule that reports parser defects of some kinds: the one mechanism through which every
/// deviation MailParser tolerates reaches the user. Each `DefectKind` belongs to exactly one
/// such rule (a test checks it).
public protocol DefectRule: Rule {
    /// The defect kinds this rule reports.
    static var defectKinds: Set<DefectKind> { get }

    /// Whether to report `defect` (default: always). Rules narrow this with their options
    /// or the configuration.
    func shouldReport(_ defect: ParseDefect, in context: LintContext, options: RuleOptions) -> Bool

    /// The diagnostic message for `defect`.
    func message(for defect: ParseDefect) -> String
}

extension DefectRule {
    /// Reports every defect of the rule's kinds, at the defect's own range.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        context.defects.filter { Self.defectKinds.contains($0.kind) && shouldReport($0, in: context, options: options) }
            .map { defect in
                Finding(
                    .bytes(defect.range, part: defect.partPath, header: defect.headerName), message(for: defect),
                    evidence: [Evidence("found", defect.evidence)])
            }
    }

    /// Reports every defect.
    public func shouldReport(_ defect: ParseDefect, in context: LintContext, options: RuleOptions) -> Bool { true }
}
