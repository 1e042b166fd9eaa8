using NRules.Fluent.Dsl;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G8 and the Security Controls Framework: a three-year cycle of User Security Assessments, a full
/// assessment in year 1 and, in years 2 and 3, the kind the schedule gives for the Party's category
/// and premises. A cycle year that ends without an assessment of at least the kind due is a Breach;
/// a schedule cell the sources leave unknown makes the year Undetermined.
/// </summary>
internal sealed class AnnualAssessmentCycle(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "annual-assessment-cycle";

    public static readonly Parameter<AssessmentSchedule> Schedule = Parameter.AssessmentSchedule(
        "schedule",
        "Which assessment each year of the cycle calls for, by Party Category and premises counted at the start of the year.");

    public static readonly Parameter<bool> InitialAssessmentCountsForFirstYear = Parameter.Boolean(
        "initial-assessment-counts-for-first-year",
        "Whether the initial Full User Security Assessment, taken before User Entry, is the full assessment of the first cycle's year 1.");

    public static ObligationType Type { get; } = new(
        Id, (obligation, version) => new AnnualAssessmentCycle(obligation, version), Schedule, InitialAssessmentCountsForFirstYear);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        Party party = null!;
        IEnumerable<SecurityAssessment> assessments = null!;

        When()
            .Match(() => evaluation)
            .Match(() => party)
            .Query(() => assessments, query => query
                .Match<SecurityAssessment>(assessment => assessment.Subject == party.Id)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, party, assessments));
    }

    // One finding per Party, however many cycle years have passed: the outcome is the most serious
    // of its years (a Breach, then an unknown schedule cell, then a year met), and the message and
    // missing facts give every year.
    private Finding Assess(DateOnly evaluationDate, Party party, IEnumerable<SecurityAssessment> assessments)
    {
        var years = CycleYear.Of(party).TakeWhile(year => year.Start <= evaluationDate).ToList();
        if (years.Count == 0)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"{party.Id} has not completed User Entry at the evaluation date, so its assessment cycle has not started."));
        }

        var results = years.Select(year => AssessYear(evaluationDate, party, year, assessments)).ToList();
        var outcome = results.Any(result => result.Outcome == Outcome.Breach) ? Outcome.Breach
            : results.Any(result => result.Outcome == Outcome.Undetermined) ? Outcome.Undetermined
            : results.Any(result => result.Outcome == Outcome.Compliant) ? Outcome.Compliant
            : Outcome.NotApplicable;
        return Conclude(outcome, party,
            string.Join(" ", results.Select(result => result.Message)),
            results.SelectMany(result => result.Assessments),
            missingFacts: results.Select(result => result.Missing).OfType<string>());
    }

    private YearResult AssessYear(DateOnly evaluationDate, Party party, CycleYear year, IEnumerable<SecurityAssessment> assessments)
    {
        var period = Invariant($"Year {year.Number} ({year.Start:yyyy-MM-dd} to {year.End.AddDays(-1):yyyy-MM-dd}, year {year.YearOfCycle} of its cycle):");
        var done = assessments
            .Where(assessment => assessment.Fieldwork is { } fieldwork && fieldwork <= evaluationDate && CountsFor(year, assessment, fieldwork))
            .OrderByDescending(assessment => Rank(assessment.AssessmentKind))
            .ThenBy(assessment => assessment.Fieldwork)
            .ToList();
        var best = done.FirstOrDefault();
        if (best is { AssessmentKind: AssessmentKind.Full })
        {
            return new(Outcome.Compliant, Invariant($"{period} {Describe(best)} meets whatever the year calls for."), [best]);
        }

        var premises = party.PremisesOn(year.Start);
        var row = Obligation.Get(Schedule).Find(party.Category, premises, year.Start);
        var category = EnumText.Of(party.Category).Replace('-', ' ');
        var who = Invariant($"{(category[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {category} with {premises.Domestic:N0} domestic and {premises.NonDomestic:N0} non-domestic premises");
        var due = row?.Years[year.YearOfCycle - 1] ?? ScheduledAssessment.Unknown;
        if (due == ScheduledAssessment.Unknown)
        {
            // A running year is judged when it ends; only then does the unknown cell leave the outcome open.
            var why = row?.Note is { } note ? $" ({note.TrimEnd('.')})" : string.Empty;
            return year.HasEndedBy(evaluationDate)
                ? new(Outcome.Undetermined,
                    Invariant($"{period} the sources leave unknown which assessment {who} must take{why}."),
                    done,
                    Invariant($"the assessment kind due in year {year.YearOfCycle} of the cycle for {who} (SCF Part 1, section 4.3)"))
                : new(Outcome.NotApplicable,
                    Invariant($"{period} the sources leave unknown which assessment {who} must take{why}; the year has not ended."),
                    done);
        }

        var provenance = EnumText.Of(row!.Provenance);
        if (best is not null && Rank(best.AssessmentKind) >= Rank(due))
        {
            return new(Outcome.Compliant, Invariant($"{period} a {Describe(due)} is due for {who} [{provenance}]; {Describe(best)} meets it."), [best]);
        }

        var found = best is null ? "no assessment" : Describe(best);
        return year.HasEndedBy(evaluationDate)
            ? new(Outcome.Breach, Invariant($"{period} a {Describe(due)} was due for {who} [{provenance}]; the year ended with {found}."), done)
            : new(Outcome.NotApplicable, Invariant($"{period} a {Describe(due)} is due for {who} [{provenance}] by the end of the year; so far {found}."), done);
    }

    private bool CountsFor(CycleYear year, SecurityAssessment assessment, DateOnly fieldwork) =>
        year.Contains(fieldwork)
        || (year.Number == 1 && assessment.Initial && fieldwork < year.Start && Obligation.Get(InitialAssessmentCountsForFirstYear));

    private static int Rank(AssessmentKind kind) => kind switch
    {
        AssessmentKind.Full => 3,
        AssessmentKind.Verification => 2,
        AssessmentKind.Self => 1,
        _ => 0,
    };

    private static int Rank(ScheduledAssessment due) => due switch
    {
        ScheduledAssessment.Full => 3,
        ScheduledAssessment.Verification => 2,
        _ => 1,
    };

    private static string Describe(ScheduledAssessment due) => due switch
    {
        ScheduledAssessment.Full => "Full User Security Assessment",
        ScheduledAssessment.Verification => "Verification User Security Assessment (or a full one)",
        _ => "User Security Self-Assessment (or a fuller one)",
    };

    private sealed record YearResult(Outcome Outcome, string Message, IReadOnlyList<SecurityAssessment> Assessments, string? Missing = null);

    private static string Describe(SecurityAssessment assessment) =>
        Invariant($"{assessment.Id} ({EnumText.Of(assessment.AssessmentKind)} assessment, fieldwork {assessment.Fieldwork:yyyy-MM-dd})");
}
