using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G3 to G6 as found by assessments: a material non-compliance must be remedied by its remedy date.
/// The finding cites the clause the assessment found breached. A deferral by the SSC of the review of
/// a second User System does not excuse it.
/// </summary>
internal sealed class RemedyMaterialNonCompliance(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "remedy-material-non-compliance";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new RemedyMaterialNonCompliance(obligation, version));

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
        var what = Invariant($"non-compliance {nonCompliance.Id} with {nonCompliance.Clause}{(nonCompliance.UserSystem is { } system ? " in " + system : string.Empty)}, found by {assessment.Id}");
        var citation = new Citation(nonCompliance.Clause, Version.Id);
        if (!nonCompliance.Material)
        {
            return Conclude(Outcome.NotApplicable, nonCompliance,
                Invariant($"The assessment did not find {what} material; it is answered through the Response and remediation plan, not this duty."),
                [assessment], citation: citation);
        }

        var deadline = Deadline.Judge(nonCompliance.RemedyBy, nonCompliance.Remedied, evaluationDate);
        var message = deadline.State switch
        {
            DeadlineState.MetOnTime => Invariant($"The material {what} was remedied on {deadline.Done:yyyy-MM-dd}, by {deadline.Due:yyyy-MM-dd}."),
            DeadlineState.MetLate => Invariant($"The material {what} was remedied on {deadline.Done:yyyy-MM-dd}, after its remedy date ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Missed => Invariant($"The material {what} was still unremedied after its remedy date ({deadline.Due:yyyy-MM-dd})."),
            DeadlineState.Pending => Invariant($"The material {what} must be remedied by {deadline.Due:yyyy-MM-dd}, which has not passed."),
            DeadlineState.MetWithoutDueDate => Invariant($"The material {what} was remedied on {deadline.Done:yyyy-MM-dd}."),
            _ => Invariant($"The material {what} is not remedied, and the date by which it must be is not known."),
        };
        return Conclude(deadline.Outcome, nonCompliance, message, [assessment],
            missingFacts: deadline.State == DeadlineState.DueDateUnknown ? [Invariant($"the date by which {nonCompliance.Id} must be remedied (remedy-by)")] : null,
            citation: citation);
    }
}
