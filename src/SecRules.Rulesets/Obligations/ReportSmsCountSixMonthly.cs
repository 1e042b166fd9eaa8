using NRules.Fluent.Dsl;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Versioning;
using static System.FormattableString;

namespace SecRules.Rulesets.Obligations;

/// <summary>
/// G5.27: a User that relies on a Shared Resource Provider tells SECAS, every six months, how many
/// Smart Metering Systems are in its portfolio. The reporting periods run from the later of the
/// duty's start, the User's entry and its first use of a Shared Resource Provider.
/// </summary>
internal sealed class ReportSmsCountSixMonthly(Obligation obligation, RulesetVersion version)
    : ObligationRule(obligation, version)
{
    public const string Id = "report-sms-count-six-monthly";

    public static readonly Parameter<DateOnly> ReportingStarts = Parameter.Date(
        "reporting-starts",
        "The date from which reporting periods can start.");

    public static readonly Parameter<Period> Interval = Parameter.Interval(
        "interval",
        "How often the count is reported.");

    public static readonly Parameter<DateOnly> KnownInForceBy = Parameter.Date(
        "known-in-force-by",
        "The date by which a source shows the duty in force: a period that ended before it is missed for certain only when the duty's start is read, not inferred.");

    public static ObligationType Type { get; } = new(Id, (obligation, version) => new ReportSmsCountSixMonthly(obligation, version), ReportingStarts, Interval, KnownInForceBy);

    public override void Define()
    {
        EvaluationContext evaluation = null!;
        Party party = null!;
        IEnumerable<UserSystem> shared = null!;
        IEnumerable<SmsCountReport> reports = null!;

        When()
            .Match(() => evaluation)
            .Match(() => party)
            .Query(() => shared, query => query
                .Match<UserSystem>(system => system.Owner == party.Id && system.SharedResourceProvider != null
                    && ((system.FirstEmployed != null && system.FirstEmployed.Value.Date <= evaluation.Date)
                        || (system.FirstEmployed == null && system.PlannedFirstUse == null)))
                .Collect()
                .Where(systems => systems.Any()))
            .Query(() => reports, query => query
                .Match<SmsCountReport>(report => report.Party == party.Id && report.Submitted <= evaluation.Date)
                .Collect());

        Then()
            .Yield(_ => Assess(evaluation.Date, party, shared, reports));
    }

    private Finding Assess(DateOnly evaluationDate, Party party, IEnumerable<UserSystem> shared, IEnumerable<SmsCountReport> reports)
    {
        var systems = shared.Where(system => system.FirstEmployed is not null).OrderBy(system => system.FirstEmployed!.Value.Date).ToList();
        var unknownStart = shared.Where(SystemStart.IsUnknown).OrderBy(system => system.Id, StringComparer.Ordinal).ToList();
        if (party.UserEntryCompleted is not { } entered || entered > evaluationDate)
        {
            return Conclude(Outcome.NotApplicable, party,
                Invariant($"{party.Id} uses a Shared Resource Provider but is not yet a User, so it is not a Live DCC User that must report."),
                [.. systems, .. unknownStart]);
        }

        if (systems.Count == 0)
        {
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{party.Id} has User Systems from a Shared Resource Provider, but when it began to use them is not known, so when its reporting periods began is not known."),
                [.. unknownStart],
                missingFacts: [.. unknownStart.Select(SystemStart.Missing)]);
        }

        var interval = Obligation.Get(Interval);
        var start = new[] { Obligation.Get(ReportingStarts), entered, systems[0].FirstEmployed!.Value.Date }.Max();
        var submitted = reports.OrderBy(report => report.Submitted).ToList();
        var missed = new List<(string Text, DateOnly End)>();
        var covering = new List<SmsCountReport>();
        var periodStart = start;
        DateOnly? uncountableFrom = null;
        var pendingEnd = periodStart;
        for (DateOnly periodEnd; ; periodStart = periodEnd)
        {
            if (!interval.TryAfter(periodStart, Version.Calendar, out periodEnd) || periodEnd <= periodStart)
            {
                uncountableFrom = periodStart;
                break;
            }

            if (periodEnd > evaluationDate)
            {
                pendingEnd = periodEnd;
                break;
            }

            var report = submitted.FirstOrDefault(candidate => candidate.Submitted >= periodStart && candidate.Submitted < periodEnd);
            if (report is null)
            {
                missed.Add((Invariant($"{periodStart:yyyy-MM-dd} to {periodEnd.AddDays(-1):yyyy-MM-dd}"), periodEnd.AddDays(-1)));
            }
            else
            {
                covering.Add(report);
            }
        }

        var relies = Invariant($"{party.Id} relies on a Shared Resource Provider since {systems[0].FirstEmployed!.Value.Date:yyyy-MM-dd} ({systems[0].Id})");
        var knownBy = Obligation.Get(KnownInForceBy);
        var startRead = Obligation.ValueOf(ReportingStarts).Provenance == Provenance.Read;
        var certain = missed.Where(period => startRead || period.End >= knownBy).ToList();
        if (certain.Count > 0)
        {
            return Conclude(Outcome.Breach, party,
                Invariant($"{relies} and reported no Smart Metering System count for: {string.Join("; ", missed.Select(period => period.Text))}."),
                [.. systems, .. covering]);
        }

        if (missed.Count > 0)
        {
            // The duty's start is inferred, and a source shows it in force only from a later date.
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{relies} and reported no Smart Metering System count for: {string.Join("; ", missed.Select(period => period.Text))}. Each of those periods ended before {knownBy:yyyy-MM-dd}, the first date a source shows G5.27 in force, and the date it took effect is inferred (reporting-starts, {Input.EnumText.Of(Obligation.ValueOf(ReportingStarts).Provenance)}), so whether the count was then due is not known."),
                [.. systems, .. covering],
                missingFacts: [Invariant($"the date G5.27 took effect (reporting-starts; a source shows it in force by {knownBy:yyyy-MM-dd})")]);
        }

        if (unknownStart.Count > 0)
        {
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{relies}; when it began to use {string.Join(", ", unknownStart.Select(system => system.Id))} is not known, so its reporting may have begun earlier."),
                [.. systems, .. unknownStart, .. covering],
                missingFacts: [.. unknownStart.Select(SystemStart.Missing)]);
        }

        if (uncountableFrom is { } stuck)
        {
            return Conclude(Outcome.Undetermined, party,
                Invariant($"{relies}; its reporting periods of {interval} from {stuck:yyyy-MM-dd} cannot be counted."),
                [.. systems, .. covering],
                missingFacts: [interval.Amount == 0 ? Invariant($"a reporting interval of more than no time (interval)") : Version.Calendar.DescribeMissing(stuck, forward: true)]);
        }

        return covering.Count == 0
            ? Conclude(Outcome.NotApplicable, party,
                Invariant($"{relies}; its first count is due in the period {periodStart:yyyy-MM-dd} to {pendingEnd.AddDays(-1):yyyy-MM-dd}, which has not ended."),
                [.. systems])
            : Conclude(Outcome.Compliant, party,
                Invariant($"{relies} and reported its Smart Metering System count in each of the {covering.Count} period(s) of {interval} since {start:yyyy-MM-dd}."),
                [.. systems, .. covering]);
    }
}
