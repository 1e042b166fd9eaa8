using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Scenarios;

/// <summary>
/// One finding an expectation names: an obligation, the id of the fact it is about, and the outcome.
/// Under <see cref="Expectation.Absent"/> the outcome is optional: without one, no finding of the
/// obligation for the subject may be there at all.
/// </summary>
/// <param name="Obligation">The obligation's id, for example <c>notify-ssc-of-subsequent-user-system</c>.</param>
/// <param name="Subject">The id of the fact the finding is about (a party, a User System, an assessment...).</param>
/// <param name="Outcome">The outcome, or null for an absent finding of any outcome.</param>
/// <param name="Position">Where the scenario file writes it.</param>
public sealed record ExpectedFinding(string Obligation, string Subject, Outcome? Outcome, SourcePosition Position)
{
    /// <summary>
    /// Gets the id of another fact the finding must name among its facts, or null: several findings
    /// can share a subject (a provider's assessment owes information to each of its Shared Resource
    /// Users), and this picks the one about a given User.
    /// </summary>
    public string? Concerning { get; init; }

    /// <summary>Gets whether <paramref name="finding"/> is of this obligation and subject, and of this outcome when one is given.</summary>
    /// <param name="finding">An actual finding.</param>
    /// <returns>True when the finding fits.</returns>
    public bool Matches(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Obligation == Obligation
            && finding.Subject.Id == Subject
            && (Outcome is not { } outcome || finding.Outcome == outcome)
            && (Concerning is not { } other || (finding.Concerning is { } concern ? concern.Id == other : finding.Facts.Any(fact => fact.Id == other)));
    }

    /// <summary>Formats the finding as <c>obligation subject outcome</c> (<c>subject concerning id</c> when it names one), the outcome written as in scenario files.</summary>
    /// <returns>The formatted finding.</returns>
    public override string ToString() => Outcome is { } outcome ? $"{Obligation} {SubjectText} {EnumText.Of(outcome)}" : $"{Obligation} {SubjectText}";

    /// <summary>Gets the subject as diffs print it: its id, and the fact it concerns when one is named.</summary>
    internal string SubjectText => Concerning is { } other ? $"{Subject} concerning {other}" : Subject;
}
