import Foundation

/// `date-invalid`: a Date field that is not an RFC 5322 date-time, or is out of range.
public struct DateInvalidRule: Rule {
    /// What the rule is: id, docs, references, options and examples.
    public static let description = RuleDescription(
        id: "date-invalid",
        summary:
            "the Date is not an RFC 5322 date-time, names the wrong weekday, uses obsolete forms, or is out of range",
        rationale: """
            RFC 5322 §3.3: `[day-of-week ","] day month year hh:mm[:ss] zone`, with a \
            4-digit year and a numeric zone (`+0100`); two-digit years and zone names are \
            obsolete (§4.3: read them, never write them). Yahoo rejects messages whose Date \
            is malformed or out of range, and mail clients sort a message dated in the \
            future to the top of the inbox — a trick filters punish. The rule reports an \
            unreadable date, a weekday that does not match the date, obsolete forms, a date \
            before 1970, and a date more than `max-future-hours` ahead of the time of the lint.
            """,
        defaultSeverity: .error, category: .compliance,
        references: [
            .rfc(5322, "3.3", "date and time specification"), .rfc(5322, "4.3", "obsolete date and time"),
            UnsubscribeReferences.yahoo,
        ],
        options: [
            RuleOption(
                "max-future-hours", .integer, default: .number(24), "how far ahead of now a Date may be (clock skew)")
        ],
        examples: RuleExamples(
            triggering: RuleExample("From: a@x.example\n↓Date: 23/11/2026 09:00\n\nbody\n"),
            RuleExample("From: a@x.example\n↓Date: Mon, 24 Nov 2026 09:00:00 +0000\n\nbody\n"),
            RuleExample("From: a@x.example\n↓Date: Tue, 24 Nov 26 09:00:00 EST\n\nbody\n"),
            RuleExample("From: a@x.example\n↓Date: Sat, 31 Dec 2999 23:59:59 +0000\n\nbody\n"),
            RuleExample("From: a@x.example\n↓Date: 31 Feb 2026 10:00:00 +0100\n\nbody\n"),
            RuleExample("From: a@x.example\n↓Date: Tue, 24 Nov 2026 25:00:00 +0000\n\nbody\n"),
            RuleExample("From: a@x.example\n↓Date: Wed, 31 Dec 1969 23:00:00 +0000\n\nbody\n"),
            passing: RuleExample("From: a@x.example\nDate: Tue, 24 Nov 2026 09:00:00 +0000\n\nbody\n"),
            RuleExample("From: a@x.example\nDate: 1 Jan 2024 00:00 -0500 (EST)\n\nbody\n"),
            RuleExample("From: a@x.example\nDate: Thu,\n 01 Jan 1970 00:00:00 +0000\n\nbody\n"),
            RuleExample("From: a@x.example\nDate: Mon, 29 Feb 2016 12:30:15 +0530\n\nbody\n"),
            RuleExample("From: a@x.example\n\nbody\n")))

    /// Creates the rule.
    public init() {}

    /// The findings on one message.
    public func check(_ context: LintContext, options: RuleOptions) -> [Finding] {
        let now = Int(Date().timeIntervalSince1970)
        let maxFuture = options.integer("max-future-hours") * 3_600
        return context.header.all("Date").compactMap { field in
            let text = field.unfoldedText
            let evidence = [Evidence("value", text)]
            let fix = "write the date as RFC 5322 does: Tue, 24 Nov 2026 09:00:00 +0000"
            switch DateTimeParser.parse(text) {
            case .failure(let error):
                return Finding(
                    .header(field), "the Date is not an RFC 5322 date-time: \(error.reason)", evidence: evidence,
                    fix: fix)
            case .success(let value):
                if let weekday = value.weekday, weekday != value.actualWeekday {
                    return Finding(
                        .header(field), "the Date says \(weekday), but that day is a \(value.actualWeekday)",
                        evidence: evidence, fix: fix)
                }
                if value.secondsSince1970 < 0 {
                    return Finding(
                        .header(field), "the Date is before 1970", evidence: evidence,
                        fix: "date the message when it is sent")
                }
                if value.secondsSince1970 > now + maxFuture {
                    let days = (value.secondsSince1970 - now) / 86_400
                    return Finding(
                        .header(field), "the Date is \(days > 0 ? "\(days) days" : "hours") in the future",
                        evidence: evidence, fix: "date the message when it is sent (check the sending host's clock)")
                }
                if !value.obsolete.isEmpty {
                    return Finding(
                        .header(field), "the Date uses obsolete syntax: \(value.obsolete.joined(separator: ", "))",
                        evidence: evidence, fix: fix)
                }
                return nil
            }
        }
    }
}
