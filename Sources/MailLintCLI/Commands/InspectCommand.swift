import MailLint
import MailParser

/// `mail-lint inspect`: how MailLint reads each message — header facts, the leaf parts with
/// their positions, and every defect — as a readable tree or as JSON Lines.
struct InspectCommand: Subcommand {
    static let name = "inspect"
    static let usage = "mail-lint inspect [--format <format>] [--links] <path> ..."

    static let help = """
        OVERVIEW: Show how MailLint reads messages: addresses, subject, MIME parts, defects.

        USAGE: \(usage)

        ARGUMENTS:
          <path>                  .eml files, mbox files, Maildir folders, directories
                                  (walked recursively), or - for standard input.

        OPTIONS:
          --format <format>       text (a readable tree) or json (JSON Lines, one object
                                  per message, or per link with --links; keys in
                                  Docs/OutputFormats.md). (default: text)
          --links                 Show every link of the HTML parts and templates: its
                                  text, whether a reader sees it and why not, its font
                                  size, colours and contrast.
          -h, --help              Show help information.

        EXIT STATUS:
          0  every input was read
          2  a usage error, or an input could not be read (the others are still shown)

        """

    static let specification = ParsedArguments.Specification(valueOptions: ["format"], flags: ["help", "links"])

    let format: String
    let links: Bool
    let paths: [String]

    init(arguments: ParsedArguments) throws(UsageError) {
        format = try arguments.choice("format", ["text", "json"], default: "text")
        links = arguments.flags.contains("links")
        paths = arguments.positional
        guard !paths.isEmpty else { throw UsageError("missing expected argument '<path> ...'") }
    }

    func run(output: CommandOutput, standardInput: () -> Result<[UInt8], FileReadError>) -> Int32 {
        var failed = false
        for source in InputExpander.expand(paths) {
            if links, case .html(let path) = source {
                do throws(FileReadError) {
                    let bytes = try FileInput.readAll(path)
                    writeLinks(of: HTMLPart(template: bytes), file: path, messageIndex: nil, output: output)
                } catch {
                    output.writeError(InputProblem(path: path, message: error.reason, isError: true).rendered)
                    failed = true
                }
                continue
            }
            if case .html(let path) = source {
                output.writeError("note: \(path): an HTML template; 'mail-lint inspect --links' shows its links\n")
                continue
            }
            let problems = InputReader.forEachMessage(in: source, standardInput: standardInput) { input in
                let message = MessageParser.parse(input.bytes, origin: input.origin)
                if links {
                    let context = LintContext(message: message, file: input.file, messageIndex: input.messageIndex)
                    for html in context.htmlParts {
                        writeLinks(of: html, file: input.file, messageIndex: input.messageIndex, output: output)
                    }
                    return
                }
                let description = MessageDescription(input, message: message)
                output.write(format == "json" ? description.json.serialized + "\n" : Self.renderText(description))
            }
            for problem in problems {
                output.writeError(problem.rendered)
                failed = failed || problem.isError
            }
        }
        return failed ? ExitStatus.inputError : ExitStatus.success
    }

    private func writeLinks(of html: HTMLPart, file: String, messageIndex: Int?, output: CommandOutput) {
        if format == "json" {
            for link in html.analysis.links {
                output.write(
                    LinkDescription.json(link, in: html, file: file, messageIndex: messageIndex).serialized + "\n")
            }
            return
        }
        var heading = file
        if let index = messageIndex { heading += " (message \(index))" }
        if let part = html.part { heading += " part \(part.path)" }
        output.write("\(heading): \(html.analysis.links.count) link\(html.analysis.links.count == 1 ? "" : "s")\n")
        for link in html.analysis.links { output.write(LinkDescription.text(link, in: html)) }
    }

    static func renderText(_ description: MessageDescription) -> String {
        var out = description.file
        if let index = description.messageIndex { out += " (message \(index))" }
        out += "\n"
        func mailboxes(_ label: String, _ list: [Mailbox]) {
            guard !list.isEmpty else { return }
            let rendered = list.map { mailbox in
                mailbox.displayName.map { "\($0) <\(mailbox.address)>" } ?? mailbox.address
            }
            out += "  \(label): \(rendered.joined(separator: ", "))\n"
        }
        mailboxes("from", description.from)
        mailboxes("reply-to", description.replyTo)
        mailboxes("sender", description.sender)
        mailboxes("to", description.to)
        if let subject = description.subject { out += "  subject: \(subject)\n" }
        if let id = description.messageID { out += "  message-id: \(id)\n" }
        if !description.datePresent { out += "  date: (missing)\n" }
        out += "  parts:\n"
        for part in description.parts {
            var facts = [part.contentType]
            if let charset = part.charset { facts.append("charset=\(charset)") }
            if let encoding = part.transferEncoding { facts.append(encoding) }
            if let disposition = part.disposition { facts.append(disposition) }
            if let filename = part.filename { facts.append("\"\(filename)\"") }
            facts.append("\(part.size) bytes")
            out += "    \(part.path.padding(6)) \(facts.joined(separator: "  "))  (line \(part.location.line))\n"
        }
        if !description.defects.isEmpty {
            out += "  defects:\n"
            for defect in description.defects {
                var place = "\(defect.location.line):\(defect.location.column)"
                if let header = defect.header {
                    place += " \(header)"
                } else if let part = defect.part {
                    place += " part \(part)"
                }
                out += "    \(place): \(defect.kind): \(defect.evidence)\n"
            }
        }
        return out
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
