namespace SecRules.Cli;

/// <summary>The exit codes of the secrules command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work (for evaluate: the scenario was evaluated).</summary>
    public const int Success = 0;

    /// <summary>A condition the user asked to fail on was met (<c>--fail-on</c>), or a check failed.</summary>
    public const int Failed = 1;

    /// <summary>Bad input or usage: a missing or invalid file, an unknown option or id, an --out folder that cannot be written.</summary>
    public const int BadInput = 2;

    /// <summary>The results could not be written: standard output is full or closed.</summary>
    public const int OutputFailed = 3;

    /// <summary>An error in secrules itself, reported in one line rather than as a stack trace.</summary>
    public const int InternalError = 4;
}
