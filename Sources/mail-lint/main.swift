import MailLintCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// SIGPIPE would kill the process when a pipe reader (`| head`) goes away; write() then
// returns EPIPE instead, and the output layer stops writing.
signal(SIGPIPE, SIG_IGN)
// Large arrays go back to the system when freed, whatever was read before them.
AllocatorSettings.apply()
// Before anything opens a file: a closed standard descriptor is held on /dev/null.
let standardInputWasClosed = StandardDescriptors.holdClosedOnes()
let output = StandardOutput()
let status = MailLintCommand.run(
    Array(CommandLine.arguments.dropFirst()), output: output,
    standardInput: StandardDescriptors.standardInput(wasClosed: standardInputWasClosed))
output.flush()
exit(status)
