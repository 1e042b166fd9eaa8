using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Impact;

/// <summary>
/// An obligation and its outcome before and after a change of text: the key by which differing
/// findings are grouped into classes. A null outcome means there was no finding on that side.
/// </summary>
/// <param name="Obligation">The id of the obligation.</param>
/// <param name="Before">The outcome before, or null when there was no finding.</param>
/// <param name="After">The outcome after, or null when there is no finding.</param>
public readonly record struct OutcomeTransition(string Obligation, Outcome? Before, Outcome? After)
{
    /// <summary>Formats the outcomes as <c>before -> after</c>, writing a missing finding as <c>(none)</c>.</summary>
    /// <returns>The formatted outcomes.</returns>
    public string Describe() => $"{Name(Before)} -> {Name(After)}";

    /// <summary>Gets how an outcome, or its absence, is written.</summary>
    /// <param name="outcome">The outcome, or null for no finding.</param>
    /// <returns>The outcome as scenario files write it, or <c>(none)</c>.</returns>
    public static string Name(Outcome? outcome) => outcome is { } present ? EnumText.Of(present) : "(none)";
}
