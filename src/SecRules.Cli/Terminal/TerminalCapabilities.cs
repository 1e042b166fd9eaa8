namespace SecRules.Cli.Terminal;

/// <summary>
/// What the streams a command writes to can show: colour on standard output, and progress redrawn
/// in place on standard error. Both only on a terminal, so that files and pipes get plain text.
/// </summary>
/// <param name="Colour">Whether standard output is a terminal that shows colour, and <c>NO_COLOR</c> is not set.</param>
/// <param name="InteractiveError">Whether standard error is a terminal, where a progress line can be redrawn in place.</param>
internal sealed record TerminalCapabilities(bool Colour, bool InteractiveError)
{
    /// <summary>Gets the capabilities of streams that are not terminals: plain text, progress as lines.</summary>
    public static TerminalCapabilities None { get; } = new(false, false);

    /// <summary>Detects what the process's console streams are, honouring <c>NO_COLOR</c> (https://no-color.org) and <c>TERM=dumb</c>.</summary>
    public static TerminalCapabilities Detect() =>
        Of(Environment.GetEnvironmentVariable, Console.IsOutputRedirected, Console.IsErrorRedirected);

    /// <summary>Decides the capabilities from the environment and whether each stream is redirected to a file or pipe.</summary>
    public static TerminalCapabilities Of(Func<string, string?> environment, bool outputRedirected, bool errorRedirected)
    {
        var dumb = environment("TERM") == "dumb";
        var noColour = !string.IsNullOrEmpty(environment("NO_COLOR"));
        return new(!outputRedirected && !dumb && !noColour, !errorRedirected && !dumb);
    }
}
