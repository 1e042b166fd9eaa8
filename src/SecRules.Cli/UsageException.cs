namespace SecRules.Cli;

/// <summary>A command line that parses but asks for something impossible, such as two exclusive options.</summary>
/// <param name="message">What was wrong and what was expected, in one line.</param>
internal sealed class UsageException(string message) : Exception(message);
