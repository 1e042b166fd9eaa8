using NRules.Fluent.Dsl;
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
        IEnumerable<SharedResourceProvider> providers = null!;

        When()
            .Match(() => evaluation)
            .Match(() => nonCompliance)
            .Match(() => assessment, candidate => candidate.Id == nonCompliance.Assessment)
            .Query(() => providers, query => query
                .Match<SharedResourceProvider>(provider => provider.Id == assessment.Subject)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, nonCompliance, assessment, providers.Any()));
    }

    private Finding Assess(DateOnly evaluationDate, NonCompliance nonCompliance, SecurityAssessment assessment, bool ofProvider)
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
        // The duty is the User's; whether a Shared Resource Provider's commitment in its own
        // assessment is one the Code enforces was not read.
        if (ofProvider && deadline.Outcome == Outcome.Breach)
        {
            return Conclude(Outcome.Undetermined, nonCompliance,
                Invariant($"{message} {assessment.Id} assesses the Shared Resource Provider {assessment.Subject}; whether the Code holds a provider to the remedy its own assessment committed to is not known."),
                [assessment],
                missingFacts: [Invariant($"whether {assessment.Subject}, a Shared Resource Provider, is bound to remedy {nonCompliance.Id} as committed (the legal text of SECMP0044 was not available)")]);
        }

        return Conclude(deadline.Outcome, nonCompliance, message, [assessment],
            missingFacts: deadline.IsDueDateMissing ? [Invariant($"the date by which {nonCompliance.Id} is to be remedied, as the Response or remediation plan committed (remedy-by)")] : null,
            remedied: deadline.State == DeadlineState.MetLate ? deadline.Done : null);
    }
}
