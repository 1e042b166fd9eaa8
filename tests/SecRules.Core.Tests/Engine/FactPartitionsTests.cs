using SecRules.Engine.Partitioning;
using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Core.Tests.Engine;

public class FactPartitionsTests
{
    private static readonly Party P1 = new() { Id = "P1", Name = "One", Category = PartyCategory.SmallSupplier };
    private static readonly Party P2 = new() { Id = "P2", Name = "Two", Category = PartyCategory.OtherUser };
    private static readonly SharedResourceProvider Provider = new() { Id = "SRP1", Name = "Shared Platform Ltd" };
    private static readonly SecurityAssessment ProviderAssessment = new() { Id = "A9", Subject = "SRP1", AssessmentKind = AssessmentKind.Full };
    private static readonly NonCompliance ProviderFinding = new() { Id = "NC9", Assessment = "A9", Clause = "G5.1" };

    [Test]
    public void Of_PartiesThatNameNothingInCommon_EvaluateApartWithWhatBelongsToEach()
    {
        var facts = new FactSet
        {
            Parties = [P1, P2],
            UserSystems = [System("S1", "P1"), System("S2", "P2")],
            Assessments = [new SecurityAssessment { Id = "A1", Subject = "S2", AssessmentKind = AssessmentKind.AdHoc }],
            NonCompliances = [new NonCompliance { Id = "NC1", Assessment = "A1", Clause = "G3.5" }],
            SscNotifications = [new SscNotification { Id = "N1", Party = "P2", UserSystem = "S2", Sent = new FactTime(new DateOnly(2019, 5, 1)) }],
            SscDecisions = [new SscDecision { Id = "D1", Notification = "N1", Decided = new DateOnly(2019, 5, 10), Decision = SscDecisionKind.AdHocReview }],
        };

        var parts = FactPartitions.Of(facts).Parts;

        Ids(parts).Should().Equal("P1 S1", "P2 S2 A1 NC1 N1 D1");
    }

    [Test]
    public void Of_ProviderSharedByTwoParties_IsCopiedIntoBothAndReportedByTheFirst()
    {
        var facts = new FactSet
        {
            Parties = [P1, P2],
            SharedResourceProviders = [Provider],
            UserSystems = [System("S1", "P1", "SRP1"), System("S2", "P2", "SRP1")],
            Assessments = [ProviderAssessment],
            NonCompliances = [ProviderFinding],
        };

        var partitions = FactPartitions.Of(facts);

        Ids(partitions.Parts).Should().Equal("P1 SRP1 S1 A9 NC9", "P2 SRP1 S2 A9 NC9");
        partitions.Reports(0, About(FactKind.Assessment, "A9")).Should().BeTrue();
        partitions.Reports(1, About(FactKind.Assessment, "A9")).Should().BeFalse();
        partitions.Reports(1, About(FactKind.NonCompliance, "NC9")).Should().BeFalse();
        partitions.Reports(1, About(FactKind.UserSystem, "S2")).Should().BeTrue();
    }

    [Test]
    public void Of_InformationAboutAProvidersAssessment_BringsTheProviderToThePartyInformed()
    {
        var facts = new FactSet
        {
            Parties = [P1, P2],
            SharedResourceProviders = [Provider],
            UserSystems = [System("S1", "P1", "SRP1")],
            Assessments = [ProviderAssessment],
            SharedResourceUserInformation = [new SharedResourceUserInformation { Id = "I1", Assessment = "A9", Party = "P2", Given = new DateOnly(2019, 2, 1) }],
        };

        Ids(FactPartitions.Of(facts).Parts).Should().Equal("P1 SRP1 S1 A9", "P2 SRP1 A9 I1");
    }

    [Test]
    public void Reports_FindingAboutASharedFactConcerningOneParty_ComesFromThatPartysPartOnly()
    {
        var facts = new FactSet
        {
            Parties = [P1, P2],
            SharedResourceProviders = [Provider],
            UserSystems = [System("S1", "P1", "SRP1"), System("S2", "P2", "SRP1")],
            Assessments = [ProviderAssessment],
        };

        var partitions = FactPartitions.Of(facts);
        var toSecondParty = About(FactKind.Assessment, "A9", concerning: new FactRef(FactKind.Party, "P2"));

        partitions.Reports(0, toSecondParty).Should().BeFalse();
        partitions.Reports(1, toSecondParty).Should().BeTrue();
    }

    [Test]
    public void Of_NoticeAboutAnotherPartysSystem_EvaluatesBothPartiesTogether()
    {
        var facts = new FactSet
        {
            Parties = [P1, P2, P1 with { Id = "P3" }],
            UserSystems = [System("S1", "P1"), System("S2", "P2")],
            PanelNotices =
            [
                new PanelNotice
                {
                    Id = "PN1", Party = "P1", Served = new DateOnly(2019, 6, 1), Obligation = "notify-ssc-of-subsequent-user-system",
                    Subject = "S2", RemedyBy = new DateOnly(2019, 7, 1),
                },
            ],
        };

        Ids(FactPartitions.Of(facts).Parts).Should().Equal("P1 P2 S1 S2 PN1", "P3");
    }

    [Test]
    public void Of_ProviderNoPartyNames_EvaluatesInALastPart()
    {
        var facts = new FactSet
        {
            Parties = [P1, P2],
            SharedResourceProviders = [Provider],
            UserSystems = [System("S1", "P1")],
            Assessments = [ProviderAssessment],
        };

        Ids(FactPartitions.Of(facts).Parts).Should().Equal("P1 S1", "P2", "SRP1 A9");
    }

    [Test]
    public void Of_OneParty_IsOnePartHoldingEveryFact()
    {
        var facts = new FactSet
        {
            Parties = [P1],
            SharedResourceProviders = [Provider],
            UserSystems = [System("S1", "P1")],
            Assessments = [ProviderAssessment],
        };

        var partitions = FactPartitions.Of(facts);

        Ids(partitions.Parts).Should().Equal("P1 SRP1 S1 A9");
        partitions.Reports(0, About(FactKind.Assessment, "A9")).Should().BeTrue();
    }

    private static UserSystem System(string id, string owner, string? provider = null) =>
        new() { Id = id, Owner = owner, SharedResourceProvider = provider, FirstEmployed = new FactTime(new DateOnly(2018, 1, 1)) };

    private static Finding About(FactKind kind, string id, FactRef? concerning = null) => new()
    {
        Obligation = "inform-shared-resource-users",
        Outcome = Outcome.Compliant,
        Subject = new FactRef(kind, id),
        Concerning = concerning,
        Citation = new Citation("G", "v"),
        Provenance = Provenance.Read,
        Message = "m",
    };

    private static List<string> Ids(IReadOnlyList<IReadOnlyList<IFact>> parts) =>
        [.. parts.Select(part => string.Join(" ", part.Select(fact => fact.Id)))];
}
