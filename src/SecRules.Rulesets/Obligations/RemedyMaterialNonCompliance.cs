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

        DateOnly? remedied = nonCompliance.Remedied is { } date && date <= evaluationDate ? date : null;
        if (nonCompliance.RemedyBy is not { } remedyBy)
        {
            return remedied is { } on
                ? Conclude(Outcome.Compliant, nonCompliance, Invariant($"The material {what} was remedied on {on:yyyy-MM-dd}."), [assessment], citation: citation)
                : Conclude(Outcome.Undetermined, nonCompliance,
                    Invariant($"The material {what} is not remedied, and the date by which it must be is not known."),
                    [assessment],
                    missingFacts: [Invariant($"the date by which {nonCompliance.Id} must be remedied (remedy-by)")],
                    citation: citation);
        }

        if (remedied is { } remediedOn)
        {
            return remediedOn <= remedyBy
                ? Conclude(Outcome.Compliant, nonCompliance, Invariant($"The material {what} was remedied on {remediedOn:yyyy-MM-dd}, by {remedyBy:yyyy-MM-dd}."), [assessment], citation: citation)
                : Conclude(Outcome.Breach, nonCompliance,
                    Invariant($"The material {what} was remedied on {remediedOn:yyyy-MM-dd}, after its remedy date ({remedyBy:yyyy-MM-dd})."),
                    [assessment], citation: citation);
        }

        return remedyBy < evaluationDate
            ? Conclude(Outcome.Breach, nonCompliance,
                Invariant($"The material {what} was still unremedied after its remedy date ({remedyBy:yyyy-MM-dd})."),
                [assessment], citation: citation)
            : Conclude(Outcome.NotApplicable, nonCompliance,
                Invariant($"The material {what} must be remedied by {remedyBy:yyyy-MM-dd}, which has not passed."),
                [assessment], citation: citation);
    }
}
