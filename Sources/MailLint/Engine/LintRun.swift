import MailParser

/// One run over many messages (one `mail-lint` invocation, one batch of a pipeline): it
/// remembers the values run rules (`RunRule`) keep unique and reports each repeat.
///
/// ```swift
/// var run = LintRun(linter: linter)
/// for (bytes, name) in outgoing {
///     let diagnostics = run.lint(bytes, file: name)  // its own findings and repeats
/// }
/// ```
///
/// To lint in parallel, lint each message's context on any thread, take
/// `linter.runObservations(context)` there too, and hand the observations to
/// `diagnostics(for:)` in input order: the run then reports the same whatever the
/// number of threads.
///
/// Memory grows by about 40 bytes per message with a value (a 64-bit hash of the value and
/// a compact position of its first occurrence): 40 MB for a million messages.
public struct LintRun: Sendable {
    /// The linter whose rules and configuration the run uses.
    public let linter: Linter
    /// The first occurrence of every value met so far, by a hash of rule id and value.
    private var firstSeen: [UInt64: CompactPosition] = [:]
    /// The files of the run, each once, indexed by `CompactPosition.file`.
    private var files: [String] = []
    private var fileIndexes: [String: Int32] = [:]

    /// Where a value first stood, in 16 bytes.
    private struct CompactPosition {
        var file: Int32
        var messageIndex: Int32
        var line: Int32
        var column: Int32
    }

    /// Starts a run with nothing seen.
    public init(linter: Linter) {
        self.linter = linter
    }

    /// Lints one message and adds the repeats of values earlier messages of the run had.
    /// Call it in input order.
    public mutating func lint(
        _ bytes: [UInt8], file: String, messageIndex: Int? = nil, origin: SourceOrigin = .file
    ) -> [Diagnostic] {
        let context = linter.messageContext(bytes, file: file, messageIndex: messageIndex, origin: origin)
        let own = linter.lint(context)
        let repeats = diagnostics(for: linter.runObservations(context))
        return repeats.isEmpty ? own : (own + repeats).sorted(by: Linter.documentOrder)
    }

    /// The diagnostics on the values of one message that an earlier message of the run
    /// already had; remembers the others. Call it once per message, in input order.
    public mutating func diagnostics(for observations: [RunObservation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for observation in observations {
            let description = observation.rule.description
            let key = Self.hash(description.id, observation.value.key)
            guard let first = firstSeen[key] else {
                firstSeen[key] = compact(observation.location)
                continue
            }
            guard !observation.isSuppressed else { continue }
            let finding = observation.rule.init().finding(reusing: observation.value, firstSeen: expand(first))
            diagnostics.append(
                Diagnostic(
                    ruleID: description.id, severity: observation.severity, message: finding.message,
                    location: observation.location, evidence: finding.evidence, fix: finding.fix,
                    notes: finding.notes))
        }
        return diagnostics
    }

    private mutating func compact(_ location: DiagnosticLocation) -> CompactPosition {
        let file: Int32
        if let known = fileIndexes[location.file] {
            file = known
        } else {
            file = Int32(truncatingIfNeeded: files.count)
            files.append(location.file)
            fileIndexes[location.file] = file
        }
        return CompactPosition(
            file: file, messageIndex: Int32(truncatingIfNeeded: location.messageIndex ?? -1),
            line: Int32(truncatingIfNeeded: location.start.line),
            column: Int32(truncatingIfNeeded: location.start.column))
    }

    private func expand(_ position: CompactPosition) -> FirstSeen {
        FirstSeen(
            file: files[Int(position.file)], messageIndex: position.messageIndex < 0 ? nil : Int(position.messageIndex),
            line: Int(position.line), column: Int(position.column))
    }

    /// FNV-1a, 64 bits, over the rule id, a zero byte and the value: stable across runs and
    /// machines, so a (vanishingly rare) collision is at least reproducible.
    static func hash(_ ruleID: String, _ value: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for byte in ruleID.utf8 { add(byte) }
        add(0)
        for byte in value.utf8 { add(byte) }
        return hash
    }
}
