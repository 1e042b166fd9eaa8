using SecRules.Findings;
using SecRules.Input;

namespace SecRules.Scenarios;

/// <summary>One line of the diff between an expectation and the findings of an evaluation.</summary>
/// <param name="Side">Whether the line is expected, actual, or both.</param>
/// <param name="Obligation">The obligation's id.</param>
/// <param name="Subject">The id of the fact the finding is about.</param>
/// <param name="State">
/// The outcome as scenario files write it (<c>breach</c>), or for a finding expected to be absent
/// <c>absent</c>, or <c>no</c> and the outcome (<c>no breach</c>) when only that outcome must be absent.
/// </param>
/// <param name="Message">For a finding actually made, its message; otherwise null.</param>
public sealed record ExpectationDiffLine(DiffSide Side, string Obligation, string Subject, string State, string? Message)
{
    /// <summary>Gets the character that starts the line: a space, <c>-</c> or <c>+</c>.</summary>
    public char Marker => Side switch
    {
        DiffSide.Expected => '-',
        DiffSide.Actual => '+',
        _ => ' ',
    };

    internal static ExpectationDiffLine Of(DiffSide side, ExpectedFinding expected) =>
        new(side, expected.Obligation, expected.SubjectText, expected.Outcome is { } outcome ? EnumText.Of(outcome) : "present", null);

    internal static ExpectationDiffLine Absent(DiffSide side, ExpectedFinding absent) =>
        new(side, absent.Obligation, absent.SubjectText, absent.Outcome is { } outcome ? "no " + EnumText.Of(outcome) : "absent", null);

    internal static ExpectationDiffLine Of(DiffSide side, Finding finding) =>
        new(side, finding.Obligation, finding.Subject.Id, EnumText.Of(finding.Outcome), finding.Message);
}
