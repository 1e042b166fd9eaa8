namespace SecRules.Input;

/// <summary>
/// The bounds every scenario, ruleset and modification file is read within, so that no input can make
/// a reader run out of memory, overflow its stack or run without end. Input beyond a bound is an
/// <see cref="InvalidInputException"/> naming where the bound was crossed.
/// </summary>
/// <remarks>
/// Each bound is far above anything the formats need: the largest shipped file is under 10 KB, nests
/// eight levels deep and has no list of more than a few dozen items.
/// </remarks>
public static class InputLimits
{
    /// <summary>The largest file read, in bytes (1 MiB).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>How deep lists and mappings may nest inside one another.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most items one list, or keys one mapping, may hold.</summary>
    public const int MaxCollectionItems = 5_000;

    /// <summary>
    /// The most values (scalars, lists and mappings) a document may hold, counting each use of an
    /// alias as a copy of what it names, so that aliases cannot expand a small file into a huge one.
    /// </summary>
    public const int MaxNodes = 50_000;

    /// <summary>The longest a value is quoted in an error message before it is cut.</summary>
    public const int MaxEchoedLength = 60;
}
