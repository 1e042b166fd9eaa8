using SecRules.Cli.Terminal;

namespace SecRules.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Terminal">What the two streams can show.</param>
internal sealed record CliOutput(TextWriter Out, TextWriter Error, TerminalCapabilities Terminal);
