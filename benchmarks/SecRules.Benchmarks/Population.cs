using SecRules.Facts;

namespace SecRules.Benchmarks;

/// <summary>
/// A population of Users as a large supplier of data would send it: each Party with three User
/// Systems (one from one of ten Shared Resource Providers, so each provider serves a tenth of the
/// Parties), notifications, an initial and an annual assessment, and SMS count reports; each
/// provider assessed, and its Users informed.
/// </summary>
internal static class Population
{
    private const int Providers = 10;
    private static readonly DateOnly Entry = new(2017, 6, 1);

    /// <summary>The date populations are evaluated at.</summary>
    public static readonly DateOnly EvaluationDate = new(2020, 6, 30);

    /// <summary>Builds a population of <paramref name="parties"/> Parties.</summary>
    public static FactSet Of(int parties)
    {
        var categories = Enum.GetValues<PartyCategory>();
        var facts = new Lists();
        for (var provider = 1; provider <= Providers; provider++)
        {
            facts.Providers.Add(new SharedResourceProvider { Id = $"SRP{provider}", Name = $"Provider {provider}" });
            facts.Assessments.Add(new SecurityAssessment
            {
                Id = $"SRP{provider}-A", Subject = $"SRP{provider}", AssessmentKind = AssessmentKind.Full,
                Fieldwork = new DateOnly(2019, 9, 1), ReportIssued = new DateOnly(2019, 9, 20), ResponseDue = new DateOnly(2019, 10, 20), ResponseSubmitted = new DateOnly(2019, 10, 10),
            });
        }

        for (var index = 1; index <= parties; index++)
        {
            var party = $"P{index}";
            facts.Parties.Add(new Party { Id = party, Name = $"Party {index}", Category = categories[index % categories.Length], DomesticPremises = 1_000 * (index % 400), UserEntryCompleted = Entry });
            facts.Systems.Add(new UserSystem { Id = $"{party}-S1", Owner = party, FirstEmployed = new FactTime(Entry) });
            facts.Systems.Add(new UserSystem { Id = $"{party}-S2", Owner = party, FirstEmployed = new FactTime(new DateOnly(2019, 5, 1)) });
            facts.Systems.Add(new UserSystem { Id = $"{party}-S3", Owner = party, SharedResourceProvider = $"SRP{(index % Providers) + 1}", FirstEmployed = new FactTime(new DateOnly(2019, 7, 1)) });
            facts.Notifications.Add(new SscNotification { Id = $"{party}-N2", Party = party, UserSystem = $"{party}-S2", Sent = new FactTime(new DateOnly(2019, 4, 1)) });
            facts.Assessments.Add(new SecurityAssessment
            {
                Id = $"{party}-A1", Subject = party, AssessmentKind = AssessmentKind.Full, Initial = true,
                Fieldwork = new DateOnly(2017, 3, 10), ReportIssued = new DateOnly(2017, 3, 31), ResponseDue = new DateOnly(2017, 4, 28), ResponseSubmitted = new DateOnly(2017, 4, 20),
                AssuranceStatus = "Approved", StatusAssigned = new DateOnly(2017, 5, 12),
            });
            facts.Assessments.Add(new SecurityAssessment
            {
                Id = $"{party}-A2", Subject = party, AssessmentKind = AssessmentKind.Verification,
                Fieldwork = new DateOnly(2018, 9, 1), ReportIssued = new DateOnly(2018, 9, 20), ResponseDue = new DateOnly(2018, 10, 20), ResponseSubmitted = index % 3 == 0 ? null : new DateOnly(2018, 10, 15),
            });
            facts.Reports.Add(new SmsCountReport { Id = $"{party}-R1", Party = party, Submitted = new DateOnly(2019, 12, 15) });
            if (index % 2 == 0)
            {
                facts.Information.Add(new SharedResourceUserInformation { Id = $"{party}-I", Assessment = $"SRP{(index % Providers) + 1}-A", Party = party, Given = new DateOnly(2019, 10, 1) });
            }
        }

        return new FactSet
        {
            Parties = facts.Parties,
            SharedResourceProviders = facts.Providers,
            UserSystems = facts.Systems,
            Assessments = facts.Assessments,
            SscNotifications = facts.Notifications,
            SmsCountReports = facts.Reports,
            SharedResourceUserInformation = facts.Information,
        };
    }

    private sealed class Lists
    {
        public List<Party> Parties { get; } = [];

        public List<SharedResourceProvider> Providers { get; } = [];

        public List<UserSystem> Systems { get; } = [];

        public List<SecurityAssessment> Assessments { get; } = [];

        public List<SscNotification> Notifications { get; } = [];

        public List<SmsCountReport> Reports { get; } = [];

        public List<SharedResourceUserInformation> Information { get; } = [];
    }
}
