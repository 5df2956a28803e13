import Foundation
import MailLint

/// `mail-lint milter --listen unix:/run/mail-lint/milter.sock`: a long-running milter
/// (Sendmail milter protocol 6) that Postfix (`smtpd_milters`) or Sendmail
/// (`INPUT_MAIL_FILTER`) asks about every message; the verdict goes into the SMTP reply.
struct MilterCommand: Subcommand {
    static let name = "milter"
    static let usage = "mail-lint milter --listen <unix:PATH|inet:HOST:PORT> [<options>]"

    static let help = """
        OVERVIEW: Run as a milter: lint every message a mail server hands over and answer
        with the action the configuration gives its most severe finding.

        USAGE: \(usage)

        OPTIONS:
          --listen <address>      unix:/path/to/socket, inet:HOST:PORT or inet:PORT
                                  (127.0.0.1). A host that is not loopback needs
                                  --allow-remote.
          --allow-remote          Allow --listen on an address other hosts can reach.
          --config <file>         The configuration file: rules, and the "milter" object
                                  (an action per severity: reject, tempfail, quarantine,
                                  accept-with-header, report-only; fallback; limits).
                                  (default: the nearest .mail-lint.json)
          --log-format <format>   text or json: one line per message on standard error.
                                  (default: text)
          --idle-timeout <s>      Close a connection silent for this many seconds.
                                  (default: 600)
          -h, --help              Show help information.

        SIGNALS:
          SIGTERM, SIGINT  stop accepting, finish the open connections, exit 0
          SIGHUP           read the configuration again (a broken file keeps the old one)

        EXIT STATUS:
          0  stopped by a signal
          2  a usage or configuration error, or the address cannot be listened on

        """

    static let specification = ParsedArguments.Specification(
        valueOptions: ["listen", "config", "log-format", "idle-timeout"], flags: ["help", "allow-remote"])

    var address: MilterListenAddress
    var configurationPath: String?
    var logFormat: MilterLog.Format
    var idleTimeout: Int

    init(arguments: ParsedArguments) throws(UsageError) {
        guard let listen = arguments.value("listen") else {
            throw UsageError("missing --listen (unix:/path/to/socket or inet:127.0.0.1:PORT)")
        }
        guard arguments.positional.isEmpty else {
            throw UsageError("milter takes no paths: it reads messages from the mail server")
        }
        address = try MilterListenAddress(listen, allowRemote: arguments.flags.contains("allow-remote"))
        configurationPath = arguments.value("config")
        logFormat = MilterLog.Format(rawValue: try arguments.choice("log-format", ["text", "json"], default: "text"))!
        if let text = arguments.value("idle-timeout") {
            guard let seconds = Int(text), seconds >= 1 else {
                throw UsageError("the value '\(text)' is invalid for '--idle-timeout' (a whole number of seconds)")
            }
            idleTimeout = seconds
        } else {
            idleTimeout = 600
        }
    }

    /// The linter and gate settings from the configuration file, or why it cannot be used.
    static func loadSetup(path: String?) -> Result<MilterServer.Setup, ConfigurationError> {
        var configuration = Configuration()
        if let path = path ?? ConfigurationLoader.find(from: FileManager.default.currentDirectoryPath) {
            do {
                configuration = try ConfigurationLoader.load(path: path, rules: BuiltInRules.all)
            } catch {
                return .failure(error)
            }
        }
        return .success(
            MilterServer.Setup(linter: Linter(configuration: configuration), settings: configuration.gate))
    }

    func run(output: CommandOutput, standardInput: () -> Result<[UInt8], FileReadError>) -> Int32 {
        let setup: MilterServer.Setup
        switch Self.loadSetup(path: configurationPath) {
        case .success(let loaded): setup = loaded
        case .failure(let error):
            output.writeError("error: configuration: \(error.description)\n")
            return ExitStatus.inputError
        }
        let log = MilterLog.standardError(format: logFormat)
        let server = MilterServer(address: address, setup: setup, log: log, idleTimeoutSeconds: idleTimeout)
        do {
            try server.start()
        } catch {
            output.writeError("error: milter: \(error.description)\n")
            return ExitStatus.inputError
        }
        let path = configurationPath
        let signals = MilterSignals(
            stop: { signal in
                log.event("signal", "\(signal): finishing the open connections")
                server.stop()
            },
            reload: {
                switch Self.loadSetup(path: path) {
                case .success(let loaded):
                    server.reload(loaded)
                    log.event("reload", "configuration read again")
                case .failure(let error):
                    log.event("reload", "the configuration cannot be used; the old one stays: \(error.description)")
                }
            })
        server.run()
        withExtendedLifetime(signals) {}
        return ExitStatus.success
    }
}

/// The daemon's signal handling, through dispatch sources (the handlers run on a queue, not
/// inside the signal). SIGPIPE is ignored: a closed connection is an error return.
final class MilterSignals {
    private let sources: [any DispatchSourceSignal]

    init(stop: @escaping @Sendable (String) -> Void, reload: @escaping @Sendable () -> Void) {
        signal(SIGPIPE, SIG_IGN)
        var sources: [any DispatchSourceSignal] = []
        for (number, name) in [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT"), (SIGHUP, "SIGHUP")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { number == SIGHUP ? reload() : stop(name) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }
}
