using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G3 to G6 as assessments find them: every non-compliance an assessor reports (G8.22 lists actual or
/// potential non-compliances, with no materiality filter) is a breach of the clause it cites, for as
/// long as it lasted, whether or not it was later remedied and whatever its materiality. The
/// assessment is the evidence; materiality matters only to an Event of Default, and remedying is
/// the separate duty <see cref="RemedyNonComplianceAsCommitted"/>.
/// </summary>
internal sealed class ComplyWithG3ToG6(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "comply-with-g3-to-g6";

    /// <summary>The id this obligation had when a non-compliance was judged by its remedy alone.</summary>
    public const string FormerId = "remedy-material-non-compliance";

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new ComplyWithG3ToG6(obligation, version))
    {
        FormerIds = [FormerId],
    };

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

    /// <summary>Gets the date an assessment found what it reports: its fieldwork, or failing that its report.</summary>
    public static DateOnly? FoundOn(SecurityAssessment assessment) => assessment.Fieldwork ?? assessment.ReportIssued;

    /// <summary>Describes a non-compliance for a message, for example "non-compliance NC1 with G3.5 in S2, found by A5".</summary>
    public static string Describe(NonCompliance nonCompliance, SecurityAssessment assessment) =>
        Invariant($"non-compliance {nonCompliance.Id} with {nonCompliance.Clause}{(nonCompliance.UserSystem is { } system ? " in " + system : string.Empty)}, found by {assessment.Id}");

    private Finding Assess(DateOnly evaluationDate, NonCompliance nonCompliance, SecurityAssessment assessment, bool ofProvider)
    {
        var what = Describe(nonCompliance, assessment);
        var citation = new Citation(nonCompliance.Clause, Version.Id);
        if (FoundOn(assessment) is not { } found)
        {
            return Conclude(Outcome.Undetermined, nonCompliance,
                Invariant($"{Phrases.Capitalised(what)}: the facts give neither the fieldwork nor the report date of {assessment.Id}, so whether it had been found by the evaluation date is not known."),
                [assessment],
                missingFacts: [Invariant($"the fieldwork date of {assessment.Id} (fieldwork) or the date its report was issued (report-issued)")],
                citation: citation);
        }

        if (found > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, nonCompliance,
                Invariant($"{Phrases.Capitalised(what)} is found on {found:yyyy-MM-dd}, after the evaluation date."),
                [assessment], citation: citation);
        }

        var materiality = nonCompliance.Material switch
        {
            true => "The assessment found it material.",
            false => "The assessment found it not material, which bears only on an Event of Default.",
            null => "The facts do not say whether the assessment found it material.",
        };
        var remedied = nonCompliance.Remedied is { } date && date <= evaluationDate ? date : (DateOnly?)null;
        var period = remedied is { } end
            ? Invariant($"from at least {found:yyyy-MM-dd} until it was remedied on {end:yyyy-MM-dd}")
            : Invariant($"from at least {found:yyyy-MM-dd}, and still unremedied at the evaluation date");
        // G3 to G6 bind Users; which User's obligation a finding in a provider's own assessment
        // breaches, if any, was not read.
        if (ofProvider)
        {
            return Conclude(Outcome.Undetermined, nonCompliance,
                Invariant($"{Phrases.Capitalised(what)}, an assessment of the Shared Resource Provider {assessment.Subject}, {period}. G3 to G6 bind Users, and which User's obligation it breaches, if any, is not known. {materiality}"),
                [assessment],
                missingFacts: [Invariant($"which User's obligation under {nonCompliance.Clause} a non-compliance found in {assessment.Subject}'s own assessment breaches (the legal text of SECMP0044 was not available)")],
                citation: citation, remedied: remedied);
        }

        return Conclude(Outcome.Breach, nonCompliance,
            Invariant($"{Phrases.Capitalised(what)}: a breach of {nonCompliance.Clause} {period}, on the evidence of {assessment.Id}. {materiality}"),
            [assessment], citation: citation, remedied: remedied);
    }
}
