using NRules.Fluent.Dsl;
using SecRules.Assurance;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G8.40 and the Security Controls Framework: a three-year cycle of User Security Assessments, a full
/// assessment in year 1 and, in years 2 and 3, the kind the schedule gives for the Party's category
/// and premises. When each year falls due is read by the timing readings in the data (fixed cycle
/// years, then the SSC's rolling 12 months from 1 August 2019). A year that ends without an
/// assessment of at least the kind due is a Breach; a schedule cell the sources leave unknown, a
/// premises count the facts do not give, or an assessment without a fieldwork date that may have
/// met the year makes it Undetermined.
/// </summary>
internal sealed class AnnualAssessmentCycle(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "annual-assessment-cycle";

    public static readonly Parameter<AssessmentSchedule> Schedule = Parameter.AssessmentSchedule(
        "schedule",
        "Which assessment each year of the cycle calls for, by Party Category and premises counted at the start of the year.");

    public static readonly Parameter<AssessmentTiming> Timing = Parameter.AssessmentTiming(
        "timing",
        "When each year's assessment falls due: the readings of G8.40, each governing the years whose deadline under it falls on or after its date.");

    public static readonly Parameter<bool> InitialAssessmentCountsForFirstYear = Parameter.Boolean(
        "initial-assessment-counts-for-first-year",
        "Whether the initial Full User Security Assessment, taken before User Entry, is the full assessment of the first cycle's year 1.");

    public static ObligationType Type { get; } = new(
        Id, (obligation, version) => new AnnualAssessmentCycle(obligation, version), Schedule, Timing, InitialAssessmentCountsForFirstYear);

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
    // of its years (a Breach, then an unknown year, then a year met), and the message and missing
    // facts give every year.
    private Finding Assess(DateOnly evaluationDate, Party party, IEnumerable<SecurityAssessment> assessments)
    {
        if ((party.AssessmentCycleStart ?? party.UserEntryCompleted) is not { } first || first > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"{party.Id} has not completed User Entry at the evaluation date, so its assessment cycle has not started."));
        }

        var timeline = new CycleTimeline(party, first, evaluationDate, assessments,
            Obligation.Get(Schedule), Obligation.Get(Timing), Obligation.Get(InitialAssessmentCountsForFirstYear));
        var results = timeline.Years().ToList();
        var outcome = results.Any(result => result.Outcome == Outcome.Breach) ? Outcome.Breach
            : results.Any(result => result.Outcome == Outcome.Undetermined) ? Outcome.Undetermined
            : results.Any(result => result.Outcome == Outcome.Compliant) ? Outcome.Compliant
            : Outcome.NotApplicable;
        var missing = results.Select(result => result.Missing).OfType<string>().ToList();
        var message = string.Join(" ", results.Select(result => result.Message));

        // An assessment without a fieldwork date could fall in any year and move the years after it,
        // so it leaves the outcome open, unless fewer assessments are recorded than whole years have
        // passed: each assessment meets one year at most, so some year then went unmet whatever the dates.
        if (timeline.Undated is { Count: > 0 } undated)
        {
            var names = string.Join(", ", undated.Select(assessment => assessment.Id));
            var recorded = timeline.Dated.Count + undated.Count;
            var years = WholeYears(first, evaluationDate);
            if (recorded < years)
            {
                outcome = Outcome.Breach;
                message += Invariant($" {names} has no fieldwork date, but {years} whole years have passed since the cycle began and only {recorded} {(recorded == 1 ? "assessment is" : "assessments are")} recorded, so at least one year went unmet whatever the dates.");
            }
            else
            {
                outcome = Outcome.Undetermined;
                message += Invariant($" {names} has no fieldwork date; where it falls could change which years are met.");
                missing.Add(Invariant($"the fieldwork date of {names} (fieldwork)"));
            }
        }

        // The cycle is remedied once every missed year has been made up for; a Breach that rests on
        // undated assessments names no year, so no remedy of it can be told.
        var missed = results.Where(result => result.Outcome == Outcome.Breach).ToList();
        var remedied = outcome == Outcome.Breach && timeline.Undated.Count == 0 && missed.TrueForAll(result => result.Remedied is not null)
            ? missed.Max(result => result.Remedied)
            : null;
        return Conclude(outcome, party, message,
            results.SelectMany(result => result.Assessments).Distinct().Concat(timeline.Undated),
            missingFacts: outcome == Outcome.Undetermined ? missing.Distinct() : null,
            remedied: remedied);
    }

    private static int WholeYears(DateOnly from, DateOnly to)
    {
        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }
}
