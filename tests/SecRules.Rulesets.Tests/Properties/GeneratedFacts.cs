using FsCheck;
using FsCheck.Fluent;
using SecRules.Facts;
using SecRules.Scenarios;

namespace SecRules.Rulesets.Tests.Properties;

/// <summary>
/// A sound fact set about a few Parties, built from a seed FsCheck draws: every kind of fact, each
/// referring only to facts that exist, dates around the versions' effective dates. Printed as the
/// scenario file it is, so that a failing property shows the case in the project's own format.
/// </summary>
/// <param name="Seed">The seed the facts were built from.</param>
/// <param name="Facts">The facts.</param>
/// <param name="EvaluationDate">The date to evaluate them at.</param>
public sealed record GeneratedFacts(int Seed, FactSet Facts, DateOnly EvaluationDate)
{
    private static readonly DateOnly First = new(2016, 1, 1);
    private static readonly DateOnly Last = new(2022, 12, 31);
    private static readonly string[] StatusNames = ["Approved", "Approved with conditions", "Deferred", "Provisionally Approved", "Not a status"];
    private static readonly string[] Obligations = [.. SectionG.Catalog.Types.Select(type => type.Id)];

    /// <summary>Gets the arbitrary FsCheck draws fact sets from.</summary>
    public static Arbitrary<GeneratedFacts> Arbitrary() =>
        Gen.Choose(0, int.MaxValue).Select(Build).ToArbitrary();

    /// <summary>Gets the facts as a scenario, for the writer and the JSON output.</summary>
    public Scenario AsScenario() => new()
    {
        Name = $"Generated from seed {Seed}",
        File = $"generated-{Seed}.yaml",
        EvaluationDate = EvaluationDate,
        Facts = Facts,
    };

    public override string ToString() => ScenarioWriter.Write(AsScenario());

    public static GeneratedFacts Build(int seed)
    {
        var random = new Random(seed);
        var parties = Enumerable.Range(1, random.Next(1, 4)).Select(index => new Party
        {
            Id = $"P{index}",
            Name = $"Party {index}",
            Category = Pick(random, Enum.GetValues<PartyCategory>()),
            Roles = [.. Enum.GetValues<UserRole>().Where(_ => random.Next(4) == 0)],
            DomesticPremises = Pick(random, [0, 30_000, 240_000, 300_000]),
            NonDomesticPremises = Pick(random, [0, 70_000]),
            UserEntryCompleted = Maybe(random, 8, () => Date(random)),
        }).ToList();
        var providers = Enumerable.Range(1, random.Next(0, 3)).Select(index => new SharedResourceProvider { Id = $"SRP{index}", Name = $"Provider {index}" }).ToList();
        var systems = new List<UserSystem>();
        foreach (var index in Enumerable.Range(1, random.Next(0, 5)))
        {
            var owner = Pick(random, parties).Id;
            var earlier = systems.Where(system => system.Owner == owner).ToList();
            systems.Add(new UserSystem
            {
                Id = $"S{index}",
                Owner = owner,
                SharedResourceProvider = providers.Count > 0 && random.Next(2) == 0 ? Pick(random, providers).Id : null,
                FirstEmployed = Maybe(random, 6, () => Time(random)),
                PlannedFirstUse = Maybe(random, 2, () => Date(random)),
                Replaces = earlier.Count > 0 && random.Next(4) == 0 ? Pick(random, earlier).Id : null,
            });
        }

        var subjects = parties.Select(party => party.Id).Concat(systems.Select(system => system.Id)).Concat(providers.Select(provider => provider.Id)).ToList();
        var assessments = new List<SecurityAssessment>();
        var nonCompliances = new List<NonCompliance>();
        foreach (var index in Enumerable.Range(1, random.Next(0, 4)))
        {
            var status = MaybeText(random, 6, () => Pick(random, StatusNames));
            assessments.Add(new SecurityAssessment
            {
                Id = $"A{index}",
                Subject = Pick(random, subjects),
                AssessmentKind = Pick(random, Enum.GetValues<AssessmentKind>()),
                Initial = random.Next(3) == 0,
                Fieldwork = Maybe(random, 8, () => Date(random)),
                ReportIssued = Maybe(random, 7, () => Date(random)),
                ResponseDue = Maybe(random, 5, () => Date(random)),
                ResponseSubmitted = Maybe(random, 5, () => Date(random)),
                AssuranceStatus = status,
                StatusAssigned = status is null ? Maybe(random, 2, () => Date(random)) : Date(random),
                Covers = [.. systems.Where(_ => random.Next(3) == 0).Select(system => system.Id)],
            });
            nonCompliances.AddRange(Enumerable.Range(1, random.Next(0, 3)).Select(number => new NonCompliance
            {
                Id = $"NC{index}.{number}",
                Assessment = $"A{index}",
                Clause = Pick(random, ["G3.5", "G4.1", "G5.2"]),
                Material = random.Next(2) == 0,
                UserSystem = systems.Count > 0 && random.Next(2) == 0 ? Pick(random, systems).Id : null,
                RemedyBy = Maybe(random, 6, () => Date(random)),
                Remedied = Maybe(random, 4, () => Date(random)),
            }));
        }

        var notifications = systems.Where(_ => random.Next(2) == 0).Select((system, index) => new SscNotification
        {
            Id = $"N{index + 1}",
            Party = system.Owner,
            UserSystem = system.Id,
            Sent = Time(random),
        }).ToList();
        var decisions = notifications.Where(_ => random.Next(2) == 0).Select((notification, index) => new SscDecision
        {
            Id = $"D{index + 1}",
            Notification = notification.Id,
            Decided = Later(Date(random), notification.Sent.Date),
            Decision = Pick(random, Enum.GetValues<SscDecisionKind>()),
        }).ToList();
        var requests = Enumerable.Range(1, random.Next(0, 3)).Select(index => new SscRequest
        {
            Id = $"R{index}",
            Party = Pick(random, parties).Id,
            Made = Date(random),
            Due = Maybe(random, 7, () => Date(random)),
            Complied = Maybe(random, 5, () => Date(random)),
            Decision = decisions.Count > 0 && random.Next(2) == 0 ? Pick(random, decisions).Id : null,
            UserSystem = systems.Count > 0 && random.Next(2) == 0 ? Pick(random, systems).Id : null,
        }).ToList();
        var everything = subjects.Concat(assessments.Select(assessment => assessment.Id)).Concat(nonCompliances.Select(found => found.Id)).ToList();
        var owners = new FactSet { Parties = parties, UserSystems = systems, Assessments = assessments, NonCompliances = nonCompliances, SscRequests = requests };
        // A notice's remedy date is never before it was served: the facts must have it so.
        var notices = Enumerable.Range(1, random.Next(0, 3)).Select(index => (Subject: Pick(random, everything), Served: Date(random), Other: Date(random))).Select((drawn, index) => new PanelNotice
        {
            Id = $"PN{index + 1}",
            Party = Support.Populations.PartyOf(owners, drawn.Subject) ?? Pick(random, parties).Id,
            Served = drawn.Served < drawn.Other ? drawn.Served : drawn.Other,
            Obligation = Pick(random, Obligations),
            Subject = drawn.Subject,
            RemedyBy = Later(drawn.Served, drawn.Other),
            Remedied = Maybe(random, 4, () => Date(random)),
        }).ToList();
        var reports = Enumerable.Range(1, random.Next(0, 3)).Select(index => new SmsCountReport { Id = $"SMS{index}", Party = Pick(random, parties).Id, Submitted = Date(random) }).ToList();
        var information = assessments.Where(assessment => assessment.Subject.StartsWith("SRP", StringComparison.Ordinal) && random.Next(2) == 0)
            .Select((assessment, index) => new SharedResourceUserInformation { Id = $"I{index + 1}", Assessment = assessment.Id, Party = Pick(random, parties).Id, Given = Date(random) })
            .ToList();

        var facts = new FactSet
        {
            Parties = parties,
            SharedResourceProviders = providers,
            UserSystems = systems,
            Assessments = assessments,
            NonCompliances = nonCompliances,
            SscNotifications = notifications,
            SscDecisions = decisions,
            SscRequests = requests,
            PanelNotices = notices,
            SmsCountReports = reports,
            SharedResourceUserInformation = information,
        };
        return new GeneratedFacts(seed, facts, Date(random));
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static DateOnly Later(DateOnly one, DateOnly other) => one > other ? one : other;

    private static T? Maybe<T>(Random random, int inTen, Func<T> value)
        where T : struct => random.Next(10) < inTen ? value() : null;

    private static string? MaybeText(Random random, int inTen, Func<string> value) => random.Next(10) < inTen ? value() : null;

    private static DateOnly Date(Random random) => First.AddDays(random.Next(Last.DayNumber - First.DayNumber + 1));

    private static FactTime Time(Random random) => random.Next(4) == 0
        ? new FactTime(Date(random), new TimeOnly(random.Next(24), random.Next(60)))
        : new FactTime(Date(random));
}
