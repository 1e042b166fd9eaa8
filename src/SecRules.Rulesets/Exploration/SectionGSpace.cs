using System.Globalization;
using SecRules.Exploration;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Input;
using SecRules.Rulesets.Obligations;
using SecRules.Versioning;

namespace SecRules.Rulesets.Exploration;

/// <summary>
/// The scenarios explore generates for the Section G obligations: the facts their rules look at,
/// each varied around the lines the law draws. Every dimension is one entry of <see cref="Create"/>;
/// adding one is adding an entry.
/// </summary>
/// <remarks>
/// Dates are relative to the evaluation date, a year after the last boundary date, so that every
/// deadline a dimension sets has passed. The boundary dates and the premises lines come from the
/// ruleset data, so a new version or a draft that moves a date or a line is explored around it
/// without a change here.
/// </remarks>
public static class SectionGSpace
{
    private const string Subsequent = "subsequent";
    private const string Shared = "shared";
    private const string Notified = "notified";
    private const string ProviderId = "SRP1";
    private static readonly DateOnly FirstSystemDate = new(2017, 6, 1);
    private static readonly TimeOnly FirstUseTime = new(9, 30);


    /// <summary>Gets the space for exploring two versions of a library.</summary>
    /// <param name="library">The library, whose every version's effective date is a boundary.</param>
    /// <param name="from">The first version.</param>
    /// <param name="to">The second version; its date parameters, and the first's, are boundaries too, and the premises lines of both assessment schedules are explored.</param>
    /// <returns>The space.</returns>
    public static ScenarioSpace For(RulesetLibrary library, RulesetVersion from, RulesetVersion to)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var effective = library.Versions.Select(version => version.EffectiveFrom).OfType<DateOnly>();
        var parameters = from.Obligations.Concat(to.Obligations)
            .SelectMany(obligation => obligation.Parameters)
            .Select(parameter => parameter.Value)
            .OfType<DateOnly>();
        var rows = new[] { from, to }
            .Select(version => version.TryGetObligation(AnnualAssessmentCycle.Id, out var cycle) ? cycle.Get(AnnualAssessmentCycle.Schedule).Rows : [])
            .SelectMany(found => found)
            .ToList();
        return Create(
            [.. effective.Concat(parameters).Distinct().Order()],
            Lines(rows.Select(row => row.DomesticPremisesAbove)),
            Lines(rows.Select(row => row.NonDomesticPremisesAbove)));
    }

    /// <summary>Gets the space with first use explored around the given dates, and premises around the given lines.</summary>
    /// <param name="boundaries">The dates a duty starts or changes on; first use is explored the day before and the day itself.</param>
    /// <param name="domesticPremisesLines">The Domestic Premises counts the assessment schedule draws lines at; each is explored just below, at and just above.</param>
    /// <param name="nonDomesticPremisesLines">The Non-Domestic Premises counts it draws lines at, explored likewise.</param>
    /// <returns>The space.</returns>
    public static ScenarioSpace Create(IReadOnlyList<DateOnly> boundaries, IReadOnlyList<int> domesticPremisesLines, IReadOnlyList<int> nonDomesticPremisesLines)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(domesticPremisesLines);
        ArgumentNullException.ThrowIfNull(nonDomesticPremisesLines);
        (string Premises, int Line, Func<Party, int, Party> Set)[] premisesLines =
        [
            .. domesticPremisesLines.Select(line => ("domestic", line, (Func<Party, int, Party>)((party, count) => party with { DomesticPremises = count }))),
            .. nonDomesticPremisesLines.Select(line => ("non-domestic", line, (Func<Party, int, Party>)((party, count) => party with { NonDomesticPremises = count }))),
        ];
        var lines = boundaries.Count > 0 ? boundaries : [new DateOnly(2019, 2, 28)];
        var evaluation = lines.Max().AddYears(1);
        Dimension[] dimensions =
        [
            new("party-category", "The User's Party Category, and the User Role that goes with it.",
                [.. Enum.GetValues<PartyCategory>().Select(category => new DimensionValue(Words(category), builder =>
                    builder.Party = builder.Party with { Category = category, Roles = [RoleOf(category)] }))]),
            new("premises", "The premises the User serves, just below, at and just above each line the assessment regime draws.",
                premisesLines.Length == 0
                    ? [new DimensionValue("no line drawn: 0 domestic and 0 non-domestic premises", builder => builder.Party = NoPremises(builder.Party))]
                    : [.. premisesLines.SelectMany(line => new[] { line.Line - 1, line.Line, line.Line + 1 }.Select(count =>
                        new DimensionValue($"{count.ToString("N0", CultureInfo.InvariantCulture)} {line.Premises} premises", builder =>
                            builder.Party = line.Set(NoPremises(builder.Party), count))))]),
            new("user-entry", "Whether the User completed User Entry (and its initial Full User Security Assessment) before employing any User System.",
            [
                new("completed before its first User System", builder => builder.Party = builder.Party with { UserEntryCompleted = FirstSystemDate }),
                new("not completed"),
            ]),
            new("user-systems", "How many User Systems the User employs, who provides them, and whether a later one replaces the first.",
            [
                new("one, in-house", builder => AddSystem(builder, null, null)),
                new("a second, in-house", builder => AddSystems(builder, (null, null)), Subsequent),
                new("a second, from a Shared Resource Provider", builder => AddSystems(builder, (ProviderId, null)), Subsequent, Shared),
                new("a second, in-house, replacing the first", builder => AddSystems(builder, (null, "S1")), Subsequent),
                new("a second in-house and a third from a Shared Resource Provider", builder => AddSystems(builder, (null, null), (ProviderId, null)), Subsequent, Shared),
            ]),
            new("first-use", "When the second and later User Systems are first employed: the day before and the day each boundary date takes effect, or not yet.",
                [.. lines.SelectMany(line => new[] { line.AddDays(-1), line }).Select(date => new DimensionValue(Date(date), builder => SetFirstUse(builder, date))),
                 new DimensionValue($"not yet, planned for {Date(evaluation.AddMonths(1))}", builder => SetPlannedUse(builder, evaluation.AddMonths(1)))],
                requires: Subsequent),
            new("notification", "When the User notifies the SSC of each later User System, against its first use.",
            [
                new("none"),
                new("a month before first use", builder => Notify(builder, start => new FactTime(start.AddMonths(-1))), Notified),
                new("the day before first use", builder => Notify(builder, start => new FactTime(start.AddDays(-1))), Notified),
                new("on the day of first use, without times", builder => Notify(builder, start => new FactTime(start)), Notified),
                new("on the day of first use, at 08:00, before first use at 09:30", builder => Notify(builder, start => new FactTime(start, new TimeOnly(8, 0)), timed: true), Notified),
                new("on the day of first use, at 10:00, after first use at 09:30", builder => Notify(builder, start => new FactTime(start, new TimeOnly(10, 0)), timed: true), Notified),
                new("three days after first use", builder => Notify(builder, start => new FactTime(start.AddDays(3))), Notified),
            ], requires: Subsequent),
            new("ssc-decision", "What the SSC decides on each notification, and whether the User meets the request for an ad-hoc review by its date.",
            [
                new("none"),
                new("wait for the next annual review", builder => Decide(builder, SscDecisionKind.DeferToNextAnnualReview, null)),
                new("ad-hoc review, request met by its date", builder => Decide(builder, SscDecisionKind.AdHocReview, due => due.AddDays(-5))),
                new("ad-hoc review, request met after its date", builder => Decide(builder, SscDecisionKind.AdHocReview, due => due.AddDays(10))),
                new("ad-hoc review, request not met", builder => Decide(builder, SscDecisionKind.AdHocReview, _ => null)),
            ], requires: Notified),
            new("srp-assessment", "Whether the Shared Resource Provider was assessed, with what outcome, and whether its Users were informed.",
            [
                new("none"),
                new("satisfactory, its Users informed", builder => AssessProvider(builder, finding: false, informed: true)),
                new("satisfactory, its Users not informed", builder => AssessProvider(builder, finding: false, informed: false)),
                new("a material finding, its Users informed", builder => AssessProvider(builder, finding: true, informed: true)),
                new("a material finding, its Users not informed", builder => AssessProvider(builder, finding: true, informed: false)),
            ], requires: Shared),
            new("annual-assessment", "The User's latest annual assessment: whether its Response met the SSC's date, and what it found.",
            [
                new("none"),
                new("Response by the date set", builder => AssessUser(builder, submitted: -5, finding: false)),
                new("Response after the date set", builder => AssessUser(builder, submitted: 10, finding: false)),
                new("no Response", builder => AssessUser(builder, submitted: null, finding: false)),
                new("Response by the date set, a material finding in the newest User System left unremedied", builder => AssessUser(builder, submitted: -5, finding: true)),
                new("a full assessment in year 1 of each cycle and a self-assessment in the others, covering only the first User System", AssessEveryCycleYear),
            ]),
        ];
        FindingDimension[] findingDimensions =
        [
            new("panel-notice", "Whether the Panel served notice to remedy each breach of a material obligation that either version finds.",
                [new FindingDimensionValue("a notice on each material breach, not remedied by its date", NoticeEveryMaterialBreach)]),
        ];
        return new ScenarioSpace(evaluation, dimensions, findingDimensions, whoDimension: "party-category");
    }

    // A line at zero needs no values of its own: every generated User has no premises of one kind
    // (the count set to zero) and some of the other, which puts it on both sides of that line.
    private static int[] Lines(IEnumerable<int?> thresholds) => [.. thresholds.OfType<int>().Where(line => line > 0).Distinct().Order()];

    // Both counts are stated: a count the facts leave out is unknown to the rules, not zero.
    private static Party NoPremises(Party party) => party with { DomesticPremises = 0, NonDomesticPremises = 0 };

    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumText.Of(value).Replace('-', ' ');

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static UserRole RoleOf(PartyCategory category) => category switch
    {
        PartyCategory.LargeSupplier or PartyCategory.SmallSupplier => UserRole.ImportSupplier,
        PartyCategory.ElectricityNetwork => UserRole.ElectricityDistributor,
        PartyCategory.GasNetwork => UserRole.GasTransporter,
        _ => UserRole.OtherUser,
    };

    private static void AddSystem(ScenarioBuilder builder, string? provider, string? replaces)
    {
        if (provider is not null && builder.SharedResourceProviders.Count == 0)
        {
            builder.SharedResourceProviders.Add(new SharedResourceProvider { Id = provider, Name = "Shared Platform Ltd" });
        }

        var id = $"S{builder.UserSystems.Count + 1}";
        builder.UserSystems.Add(new UserSystem
        {
            Id = id,
            Owner = ScenarioBuilder.PartyId,
            SharedResourceProvider = provider,
            Replaces = replaces,
            FirstEmployed = builder.UserSystems.Count == 0 ? new FactTime(FirstSystemDate) : null,
        });
    }

    private static void AddSystems(ScenarioBuilder builder, params (string? Provider, string? Replaces)[] later)
    {
        AddSystem(builder, null, null);
        foreach (var (provider, replaces) in later)
        {
            AddSystem(builder, provider, replaces);
        }
    }

    private static void SetFirstUse(ScenarioBuilder builder, DateOnly date)
    {
        foreach (var system in builder.SubsequentSystems.ToList())
        {
            builder.Replace(system, system with { FirstEmployed = new FactTime(date) });
        }
    }

    private static void SetPlannedUse(ScenarioBuilder builder, DateOnly date)
    {
        foreach (var system in builder.SubsequentSystems.ToList())
        {
            builder.Replace(system, system with { PlannedFirstUse = date });
        }
    }

    private static DateOnly StartOf(UserSystem system) => system.FirstEmployed?.Date ?? system.PlannedFirstUse ?? throw new InvalidOperationException($"{system.Id} has no first use.");

    private static void Notify(ScenarioBuilder builder, Func<DateOnly, FactTime> sent, bool timed = false)
    {
        foreach (var system in builder.SubsequentSystems.ToList())
        {
            if (timed && system.FirstEmployed is { } employed)
            {
                builder.Replace(system, system with { FirstEmployed = employed with { TimeOfDay = FirstUseTime } });
            }

            builder.SscNotifications.Add(new SscNotification
            {
                Id = $"N{builder.SscNotifications.Count + 1}",
                Party = ScenarioBuilder.PartyId,
                UserSystem = system.Id,
                Sent = sent(StartOf(system)),
            });
        }
    }

    private static void Decide(ScenarioBuilder builder, SscDecisionKind kind, Func<DateOnly, DateOnly?>? complied)
    {
        foreach (var notification in builder.SscNotifications.ToList())
        {
            var decision = new SscDecision
            {
                Id = $"D{builder.SscDecisions.Count + 1}",
                Notification = notification.Id,
                Decided = notification.Sent.Date.AddDays(14),
                Decision = kind,
            };
            builder.SscDecisions.Add(decision);
            if (complied is not null)
            {
                var made = decision.Decided.AddDays(1);
                var due = made.AddDays(30);
                builder.SscRequests.Add(new SscRequest
                {
                    Id = $"R{builder.SscRequests.Count + 1}",
                    Party = ScenarioBuilder.PartyId,
                    Made = made,
                    Due = due,
                    Complied = complied(due),
                    Decision = decision.Id,
                    UserSystem = notification.UserSystem,
                });
            }
        }
    }

    private static void AssessProvider(ScenarioBuilder builder, bool finding, bool informed)
    {
        // Restricted to these values, the dimension is the default even where no provider exists.
        if (builder.SharedResourceProviders.Count == 0)
        {
            return;
        }

        var report = builder.EvaluationDate.AddDays(-90);
        Assess(builder, "A2", ProviderId, AssessmentKind.Full, report, submitted: -5, finding ? (Clause: "G5.1", System: null) : null);
        if (informed)
        {
            builder.SharedResourceUserInformation.Add(new SharedResourceUserInformation { Id = "I1", Assessment = "A2", Party = ScenarioBuilder.PartyId, Given = report.AddDays(10) });
        }
    }

    // The cycle starts with the first User System; a full assessment opens each three-year cycle and
    // self-assessments fill the rest, the least any schedule row calls for, so that what a schedule
    // change asks of years 2 and 3 shows in the findings.
    private static void AssessEveryCycleYear(ScenarioBuilder builder)
    {
        var year = 0;
        for (var start = FirstSystemDate; start < builder.EvaluationDate; start = start.AddYears(1), year++)
        {
            builder.Assessments.Add(new SecurityAssessment
            {
                Id = $"Y{year + 1}",
                Subject = ScenarioBuilder.PartyId,
                AssessmentKind = year % 3 == 0 ? AssessmentKind.Full : AssessmentKind.Self,
                Fieldwork = start.AddMonths(3),
                Covers = [builder.UserSystems[0].Id],
            });
        }
    }

    private static void AssessUser(ScenarioBuilder builder, int? submitted, bool finding) =>
        Assess(builder, "A1", ScenarioBuilder.PartyId, AssessmentKind.Verification, builder.EvaluationDate.AddDays(-110), submitted,
            finding ? (Clause: "G3.5", System: builder.UserSystems[^1].Id) : null);

    private static void Assess(ScenarioBuilder builder, string id, string subject, AssessmentKind kind, DateOnly report, int? submitted, (string Clause, string? System)? finding)
    {
        var due = report.AddDays(30);
        builder.Assessments.Add(new SecurityAssessment
        {
            Id = id,
            Subject = subject,
            AssessmentKind = kind,
            Fieldwork = report.AddDays(-10),
            ReportIssued = report,
            ResponseDue = due,
            ResponseSubmitted = submitted is { } days ? due.AddDays(days) : null,
            Covers = subject == ScenarioBuilder.PartyId ? [.. builder.UserSystems.Select(system => system.Id)] : [],
        });
        if (finding is { } found)
        {
            builder.NonCompliances.Add(new NonCompliance
            {
                Id = $"NC{builder.NonCompliances.Count + 1}",
                Assessment = id,
                Clause = found.Clause,
                Material = true,
                UserSystem = found.System,
                RemedyBy = due.AddDays(30),
            });
        }
    }

    // A notice on each breach either version finds of an obligation that version marks material: the
    // M8.1(g) path from a breach to an Event of Default risk, whichever obligation is breached.
    private static bool NoticeEveryMaterialBreach(ScenarioBuilder builder, FindingsOfBothVersions findings)
    {
        var breaches = findings.Before.Where(finding => IsMaterialBreach(finding, findings.From))
            .Concat(findings.After.Where(finding => IsMaterialBreach(finding, findings.To)))
            .Select(finding => (finding.Obligation, finding.Subject))
            .Distinct()
            .OrderBy(breach => breach.Obligation, StringComparer.Ordinal)
            .ThenBy(breach => breach.Subject.Id, StringComparer.Ordinal)
            .ToList();
        foreach (var (obligation, subject) in breaches)
        {
            builder.PanelNotices.Add(new PanelNotice
            {
                Id = $"PN{builder.PanelNotices.Count + 1}",
                Party = subject.Kind == FactKind.Party ? subject.Id : ScenarioBuilder.PartyId,
                Served = builder.EvaluationDate.AddDays(-60),
                Obligation = obligation,
                Subject = subject.Id,
                RemedyBy = builder.EvaluationDate.AddDays(-30),
            });
        }

        return breaches.Count > 0;
    }

    private static bool IsMaterialBreach(Finding finding, RulesetVersion version) =>
        finding.Outcome == Outcome.Breach && version.TryGetObligation(finding.Obligation, out var obligation) && obligation.IsMaterial;
}
