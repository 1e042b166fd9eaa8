using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// Remediation: a non-compliance an assessment found is remedied by the date the User committed to in
/// its User Security Assessment Response or remediation plan (or the SSC set). A duty of practice
/// (SECAS, 2019) kept separate from the breach itself, which <see cref="ComplyWithG3ToG6"/> reports
/// whatever the remedy; materiality plays no part here.
/// </summary>
internal sealed class RemedyNonComplianceAsCommitted(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "remedy-non-compliance-as-committed";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new RemedyNonComplianceAsCommitted(obligation, version));

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        NonCompliance nonCompliance = null!;
        SecurityAssessment assessment = null!;

        When()
            .Match(() => evaluation)
            .Match(() => nonCompliance)
            .Match(() => assessment, candidate => candidate.Id == nonCompliance.Assessment);

        Then()
            .Yield(_ => Assess(evaluation.Date, nonCompliance, assessment));
    }

    private Finding Assess(DateOnly evaluationDate, NonCompliance nonCompliance, SecurityAssessment assessment)
    {
        var what = ComplyWithG3ToG6.Describe(nonCompliance, assessment);
        if (ComplyWithG3ToG6.FoundOn(assessment) is { } found && found > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, nonCompliance,
                Invariant($"{Phrases.Capitalised(what)} is found on {found:yyyy-MM-dd}, after the evaluation date, so no remedy is yet due."),
                [assessment]);
        }

        var deadline = Deadline.Judge(nonCompliance.RemedyBy, nonCompliance.Remedied, evaluationDate);
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"{Phrases.Capitalised(what)} was remedied on {deadline.Done:yyyy-MM-dd}, by the date committed to ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.MetLate => Invariant($"{Phrases.Capitalised(what)} was remedied on {deadline.Done:yyyy-MM-dd}, {deadline.DaysLate} day(s) after the date committed to ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Missed => Invariant($"{Phrases.Capitalised(what)} was still unremedied after the date committed to ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Pending => Invariant($"{Phrases.Capitalised(what)} is to be remedied by {deadline.Due:yyyy-MM-dd}, which has not passed."),
            DeadlineState.MetWithoutDueDate => Invariant($"{Phrases.Capitalised(what)} was remedied on {deadline.Done:yyyy-MM-dd}; the facts give no date committed to, so whether that was in time is not known."),
            _ => Invariant($"{Phrases.Capitalised(what)} is not remedied, and the date by which the User committed to remedy it is not known."),
        };
        return Conclude(deadline.Outcome, nonCompliance, message, [assessment],
            missingFacts: deadline.IsDueDateMissing ? [Invariant($"the date by which {nonCompliance.Id} is to be remedied, as the Response or remediation plan committed (remedy-by)")] : null,
            remedied: deadline.State == DeadlineState.MetLate ? deadline.Done : null);
    }
}
