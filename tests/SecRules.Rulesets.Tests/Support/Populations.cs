using FsCheck;
using FsCheck.Fluent;
using SecRules.Facts;

namespace SecRules.Rulesets.Tests.Support;

/// <summary>
/// Random sound populations for property tests: several Parties, Shared Resource Providers used by
/// several of them, and every other kind of fact. Now and then a reference crosses Parties (a Panel
/// notice served on one Party about another's system, an assessment covering another Party's
/// system), so that partitioning meets every case it must get right.
/// </summary>
public static class Populations
{
    private static readonly DateOnly Start = new(2016, 6, 1);
    private static readonly string[] StatusNames = ["Approved", "Approved subject to conditions", "Provisionally Approved", "Deferred", "Rejected", "Unheard of"];
    private static readonly string[] PartyObligations = ["initial-assessment-before-user-entry", "annual-assessment-cycle", "inform-shared-resource-users", "report-sms-count-six-monthly"];
    private static readonly string[] SystemObligations = ["notify-ssc-of-subsequent-user-system", "review-deferred-system-at-next-assessment", "rely-on-shared-resource-assessment"];

    /// <summary>Gets the arbitrary populations FsCheck draws from.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Population> Arbitrary() => Arb.From(Population());

    private static Gen<Population> Population() =>
        from partyCount in Gen.Choose(1, 6)
        from providerCount in Gen.Choose(0, 3)
        from evaluation in Gen.Elements(new DateOnly(2019, 6, 30), new DateOnly(2020, 9, 30), new DateOnly(2021, 12, 31))
        from parties in Gen.CollectToList(Enumerable.Range(1, partyCount), index => Party($"P{index}"))
        let providers = Enumerable.Range(1, providerCount).Select(index => new SharedResourceProvider { Id = $"SRP{index}", Name = $"Provider {index}" }).ToList()
        from systems in Systems(parties, providers)
        from assessments in Assessments(parties, providers, systems)
        from nonCompliances in NonCompliances(assessments, systems)
        from notifications in Notifications(systems)
        from decisions in Decisions(notifications, systems, assessments)
        from requests in Requests(parties, notifications, decisions, systems, assessments)
        from reports in SmsCountReports(parties)
        from information in Information(parties, assessments)
        let facts = new FactSet
        {
            Parties = parties,
            SharedResourceProviders = providers,
            UserSystems = systems,
            Assessments = assessments,
            NonCompliances = nonCompliances,
            SscNotifications = notifications,
            SscDecisions = decisions,
            SscRequests = requests,
            SmsCountReports = reports,
            SharedResourceUserInformation = information,
        }
        from notices in PanelNotices(facts)
        select new Population(facts with { PanelNotices = notices }, evaluation);

    private static Gen<List<T>> UpTo<T>(int most, Gen<T> item) =>
        from count in Gen.Choose(0, most)
        from items in Gen.ListOf(item, count)
        select items.ToList();

    private static Gen<DateOnly> Date() => Gen.Choose(0, 2000).Select(days => Start.AddDays(days));

    private static Gen<DateOnly?> MaybeDate() => Gen.Frequency((1, Gen.Constant((DateOnly?)null)), (3, Date().Select(date => (DateOnly?)date)));

    private static Gen<FactTime> Time() =>
        from date in Date()
        from hour in Gen.Frequency((2, Gen.Constant(-1)), (1, Gen.Choose(8, 10)))
        select hour < 0 ? new FactTime(date) : new FactTime(date, new TimeOnly(hour, 0));

    private static Gen<T> Pick<T>(IReadOnlyList<T> items) => Gen.Elements(items.ToArray());

    private static Gen<string?> Sometimes(List<string> ids, int weight = 1) =>
        ids.Count == 0 ? Gen.Constant((string?)null) : Gen.Frequency((1, Gen.Constant((string?)null)), (weight, Pick(ids).Select(id => (string?)id)));

    // Mostly one of the ids close to the fact (of its own Party), sometimes any.
    private static Gen<string?> Nearby(List<string> own, List<string> all) =>
        all.Count == 0 ? Gen.Constant((string?)null)
        : own.Count == 0 ? Sometimes(all)
        : Gen.Frequency((2, Gen.Constant((string?)null)), (4, Pick(own).Select(id => (string?)id)), (1, Pick(all).Select(id => (string?)id)));

    private static Gen<Party> Party(string id) =>
        from category in Gen.Elements(Enum.GetValues<PartyCategory>())
        from domestic in Gen.Elements(0, 120_000, 250_001)
        from nonDomestic in Gen.Elements(0, 0, 60_000)
        from entered in MaybeDate()
        select new Party { Id = id, Name = $"Party {id}", Category = category, DomesticPremises = domestic, NonDomesticPremises = nonDomestic, UserEntryCompleted = entered };

    private static Gen<List<UserSystem>> Systems(List<Party> parties, List<SharedResourceProvider> providers) =>
        UpTo(3 * parties.Count,
            from owner in Pick(parties)
            from provider in Sometimes([.. providers.Select(found => found.Id)], weight: 2)
            from employed in Gen.Frequency((1, Gen.Constant((FactTime?)null)), (4, Time().Select(time => (FactTime?)time)))
            from planned in MaybeDate()
            from replaces in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (Owner: owner.Id, Provider: provider, Employed: employed, Planned: employed is null ? planned : null, Replaces: replaces))
        .Select(drawn => drawn.Select((system, index) => new UserSystem
        {
            Id = $"S{index + 1}",
            Owner = system.Owner,
            SharedResourceProvider = system.Provider,
            FirstEmployed = system.Employed,
            PlannedFirstUse = system.Planned,
            Replaces = system.Replaces ? EarlierOfTheSameOwner(drawn.Select(earlier => earlier.Owner).ToList(), index) : null,
        }).ToList());

    private static string? EarlierOfTheSameOwner(List<string> owners, int index)
    {
        for (var earlier = index - 1; earlier >= 0; earlier--)
        {
            if (owners[earlier] == owners[index])
            {
                return $"S{earlier + 1}";
            }
        }

        return null;
    }

    private static Gen<List<SecurityAssessment>> Assessments(List<Party> parties, List<SharedResourceProvider> providers, List<UserSystem> systems)
    {
        string[] subjects = [.. parties.Select(party => party.Id), .. providers.Select(provider => provider.Id), .. providers.Select(provider => provider.Id), .. systems.Select(system => system.Id)];
        return UpTo(3 * parties.Count + (2 * providers.Count),
            from subject in Gen.Elements(subjects)
            from kind in Gen.Elements(Enum.GetValues<AssessmentKind>())
            from initial in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            from fieldwork in MaybeDate()
            from report in MaybeDate()
            from due in MaybeDate()
            from submitted in MaybeDate()
            from status in Gen.Frequency((1, Gen.Constant((string?)null)), (2, Gen.Elements(StatusNames).Select(name => (string?)name)))
            from assigned in Date()
            from covered in Nearby([.. systems.Where(system => system.Id == subject || system.Owner == subject).Select(system => system.Id)], [.. systems.Select(system => system.Id)])
            select new SecurityAssessment
            {
                Id = "A",
                Subject = subject,
                AssessmentKind = kind,
                Initial = initial,
                Fieldwork = fieldwork,
                ReportIssued = report,
                ResponseDue = due,
                ResponseSubmitted = submitted,
                AssuranceStatus = status,
                StatusAssigned = status is null ? null : assigned,
                Covers = covered is null ? [] : [covered],
            })
            .Select(drawn => drawn.Select((assessment, index) => assessment with { Id = $"A{index + 1}" }).ToList());
    }

    private static Gen<List<NonCompliance>> NonCompliances(List<SecurityAssessment> assessments, List<UserSystem> systems) =>
        assessments.Count == 0 ? Gen.Constant(new List<NonCompliance>()) : UpTo(assessments.Count,
            from assessment in Pick(assessments)
            from material in Gen.Elements(true, true, false)
            from system in Nearby([.. systems.Where(found => found.Id == assessment.Subject || found.Owner == assessment.Subject).Select(found => found.Id)], [.. systems.Select(found => found.Id)])
            from remedyBy in MaybeDate()
            from remedied in MaybeDate()
            select new NonCompliance { Id = "NC", Assessment = assessment.Id, Clause = "G3.5", Material = material, UserSystem = system, RemedyBy = remedyBy, Remedied = remedied })
            .Select(drawn => drawn.Select((nonCompliance, index) => nonCompliance with { Id = $"NC{index + 1}" }).ToList());

    private static Gen<List<SscNotification>> Notifications(List<UserSystem> systems) =>
        systems.Count == 0 ? Gen.Constant(new List<SscNotification>()) : UpTo(systems.Count,
            from system in Pick(systems)
            from sent in Time()
            select new SscNotification { Id = "N", Party = system.Owner, UserSystem = system.Id, Sent = sent })
            .Select(drawn => drawn.Select((notification, index) => notification with { Id = $"N{index + 1}" }).ToList());

    // A decision may name an assessment of the notified system's provider, as the SSC's reliance on it.
    private static Gen<List<SscDecision>> Decisions(List<SscNotification> notifications, List<UserSystem> systems, List<SecurityAssessment> assessments) =>
        notifications.Count == 0 ? Gen.Constant(new List<SscDecision>()) : UpTo(notifications.Count,
            from notification in Pick(notifications)
            from decided in Date()
            from kind in Gen.Elements(Enum.GetValues<SscDecisionKind>())
            let provider = systems.Single(system => system.Id == notification.UserSystem).SharedResourceProvider
            let ofProvider = assessments.Where(assessment => provider is not null && assessment.Subject == provider).Select(assessment => assessment.Id).ToList()
            from relied in Nearby(ofProvider, ofProvider)
            select new SscDecision { Id = "D", Notification = notification.Id, Decided = decided < notification.Sent.Date ? notification.Sent.Date : decided, Decision = kind, ProviderAssessment = relied })
            .Select(drawn => drawn.Select((decision, index) => decision with { Id = $"D{index + 1}" }).ToList());

    private static Gen<List<SscRequest>> Requests(List<Party> parties, List<SscNotification> notifications, List<SscDecision> decisions, List<UserSystem> systems, List<SecurityAssessment> assessments) =>
        UpTo(parties.Count,
            from party in Pick(parties)
            from made in Date()
            from due in MaybeDate()
            from complied in MaybeDate()
            from decision in Nearby([.. decisions.Where(found => notifications.Any(notification => notification.Id == found.Notification && notification.Party == party.Id)).Select(found => found.Id)], [.. decisions.Select(found => found.Id)])
            from system in Nearby([.. systems.Where(found => found.Owner == party.Id).Select(found => found.Id)], [.. systems.Select(found => found.Id)])
            let own = assessments.Where(found => found.Subject == party.Id).Select(found => found.Id).ToList()
            from after in Nearby(own, own)
            from requires in Gen.Elements<AssessmentKind?>(null, AssessmentKind.Full)
            select new SscRequest { Id = "R", Party = party.Id, Made = made, Due = due, Complied = complied, Decision = decision, UserSystem = system, Assessment = after, Requires = requires })
            .Select(drawn => drawn.Select((request, index) => request with { Id = $"R{index + 1}" }).ToList());

    private static Gen<List<SmsCountReport>> SmsCountReports(List<Party> parties) =>
        UpTo(2 * parties.Count,
            from party in Pick(parties)
            from submitted in Date()
            select new SmsCountReport { Id = "SMS", Party = party.Id, Submitted = submitted })
            .Select(drawn => drawn.Select((report, index) => report with { Id = $"SMS{index + 1}" }).ToList());

    private static Gen<List<SharedResourceUserInformation>> Information(List<Party> parties, List<SecurityAssessment> assessments) =>
        assessments.Count == 0 ? Gen.Constant(new List<SharedResourceUserInformation>()) : UpTo(2 * parties.Count,
            from assessment in Nearby([.. assessments.Where(found => found.Subject.StartsWith("SRP", StringComparison.Ordinal)).Select(found => found.Id)], [.. assessments.Select(found => found.Id)])
            from party in Pick(parties)
            from given in Date()
            select new SharedResourceUserInformation { Id = "I", Assessment = assessment ?? assessments[0].Id, Party = party.Id, Given = given })
            .Select(drawn => drawn.Select((information, index) => information with { Id = $"I{index + 1}" }).ToList());

    // Notices name an obligation a subject of their kind can breach, so that Event of Default risks
    // arise. A notice is served on the Party the subject belongs to, as the facts must have it; a
    // subject of no Party (a provider's assessment) may have a notice served on any.
    private static Gen<List<PanelNotice>> PanelNotices(FactSet facts)
    {
        (string Obligation, string Subject)[] breachable =
        [
            .. facts.Parties.SelectMany(party => PartyObligations.Select(obligation => (obligation, party.Id))),
            .. facts.UserSystems.SelectMany(system => SystemObligations.Select(obligation => (obligation, system.Id))),
            .. facts.Assessments.Select(assessment => ("assessment-response-by-ssc-date", assessment.Id)),
            .. facts.Assessments.Select(assessment => ("follow-up-security-assessment", assessment.Id)),
            .. facts.NonCompliances.Select(nonCompliance => ("comply-with-g3-to-g6", nonCompliance.Id)),
            .. facts.NonCompliances.Select(nonCompliance => ("remedy-non-compliance-as-committed", nonCompliance.Id)),
            .. facts.SscRequests.Select(request => ("cooperate-with-ssc-requests", request.Id)),
        ];
        return UpTo(2 * facts.Parties.Count,
            from breach in Gen.Elements(breachable)
            from other in Pick(facts.Parties)
            from served in Date()
            from remedyBy in Date()
            from remedied in MaybeDate()
            select new PanelNotice
            {
                Id = "PN",
                Party = PartyOf(facts, breach.Subject) ?? other.Id,
                Served = served < remedyBy ? served : remedyBy,
                Obligation = breach.Obligation,
                Subject = breach.Subject,
                RemedyBy = served < remedyBy ? remedyBy : served,
                Remedied = remedied,
            })
            .Select(drawn => drawn.Select((notice, index) => notice with { Id = $"PN{index + 1}" }).ToList());
    }

    /// <summary>The Party a fact belongs to, as the fact checks resolve it, or null for a provider's facts.</summary>
    public static string? PartyOf(FactSet facts, string id) =>
        facts.Parties.Any(party => party.Id == id) ? id
        : facts.UserSystems.FirstOrDefault(system => system.Id == id) is { } system ? system.Owner
        : facts.Assessments.FirstOrDefault(assessment => assessment.Id == id) is { } assessment ? PartyOf(facts, assessment.Subject)
        : facts.NonCompliances.FirstOrDefault(nonCompliance => nonCompliance.Id == id) is { } nonCompliance ? PartyOf(facts, nonCompliance.Assessment)
        : facts.SscRequests.FirstOrDefault(request => request.Id == id)?.Party;
}
