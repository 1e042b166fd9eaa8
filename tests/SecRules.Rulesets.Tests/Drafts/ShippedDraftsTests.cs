using SecRules.Facts;
using SecRules.Findings;
using SecRules.Tests.Shared;
using SecRules.Versioning;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Drafts;

public class ShippedDraftsTests
{
    private const string Obligation = "notify-ssc-of-subsequent-user-system";

    private static RulesetVersion Drafted(string draft) =>
        SectionG.Rulesets.ApplyDrafts(
            SectionG.Rulesets.Get("post-secmp0057"),
            [SectionG.Rulesets.ReadModification(RepositoryPaths.Of($"drafts/{draft}.yaml"))]);

    private static Finding NotifyFinding(RulesetVersion version, FactSet facts) =>
        SectionG.Engine.Evaluate(facts, Date("2019-06-30"), version).Findings
            .Single(finding => finding.Obligation == Obligation && finding.Subject.Id == "S2");

    private static FactSet SecondSystem(string employed, string notified, PartyCategory category = PartyCategory.SmallSupplier) => new()
    {
        Parties = [User(category: category)],
        UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", employed)],
        SscNotifications = [Notification("N1", "S2", notified)],
    };

    [Test]
    public void EveryShippedDraft_AppliesOverTheLatestVersionAndStartsWithItsSchema()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.Of("drafts"), "*.yaml"))
        {
            File.ReadLines(path).First().Should().Be("# yaml-language-server: $schema=../schemas/modification.schema.json", path);
            var draft = SectionG.Rulesets.ReadModification(path);
            var drafted = SectionG.Rulesets.ApplyDrafts(SectionG.Rulesets.Latest, [draft]);
            drafted.ContentHash.Should().NotBe(SectionG.Rulesets.Latest.ContentHash, $"{path} changes the text");
        }
    }

    [TestCase("2019-04-15", Outcome.Compliant)]
    [TestCase("2019-04-16", Outcome.Breach)]
    public void MinimumNotice_TenWorkingDaysOverEaster_CountsOnlyWorkingDays(string notified, Outcome expected)
    {
        // First use on Wednesday 1 May 2019. Ten Working Days before it, skipping Good Friday (19
        // April), Easter Monday (22 April) and two weekends, is Monday 15 April; fourteen calendar
        // days before would be 17 April.
        var finding = NotifyFinding(Drafted("minimum-notice-10-working-days"), SecondSystem("2019-05-01", notified));

        finding.Outcome.Should().Be(expected);
        finding.Citation.RulesetVersion.Should().Be("post-secmp0057+DRAFT-MINIMUM-NOTICE");
    }

    [Test]
    public void MinimumNotice_LateNotice_SaysWhenItWasDue()
    {
        var finding = NotifyFinding(Drafted("minimum-notice-10-working-days"), SecondSystem("2019-05-01", "2019-04-26"));

        finding.Message.Should().Contain("less than 10 working days before it began to employ S2 on 2019-05-01; the notification was due by 2019-04-15");
    }

    [Test]
    public void MinimumNotice_WithoutTheDraft_AnyNoticeBeforeFirstUseComplies()
    {
        NotifyFinding(SectionG.Rulesets.Get("post-secmp0057"), SecondSystem("2019-05-01", "2019-04-30")).Outcome.Should().Be(Outcome.Compliant);
    }

    [TestCase(PartyCategory.LargeSupplier, Outcome.Breach)]
    [TestCase(PartyCategory.SmallSupplier, Outcome.NotApplicable)]
    [TestCase(PartyCategory.OtherUser, Outcome.NotApplicable)]
    public void LargeSuppliersOnly_SecondSystemWithoutNotice_IsABreachOnlyForALargeSupplier(PartyCategory category, Outcome expected)
    {
        var facts = new FactSet
        {
            Parties = [User(category: category)],
            UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01")],
        };

        NotifyFinding(Drafted("notification-large-suppliers-only"), facts).Outcome.Should().Be(expected);
    }

    [Test]
    public void InformationDeadline_TurnsLateAndMissingInformationIntoBreaches()
    {
        var scenario = Scenarios.ScenarioReader.ReadFile(RepositoryPaths.Of("scenarios/shared-resources/users-at-assessment-time.yaml"), SectionG.Rulesets);

        var findings = SectionG.Engine.Evaluate(scenario.Facts, scenario.EvaluationDate, Drafted("information-within-one-month")).Findings
            .Where(finding => finding.Obligation == "inform-shared-resource-users")
            .ToDictionary(finding => finding.Facts.Single(fact => fact.Kind == FactKind.Party).Id, finding => finding.Outcome);

        findings.Should().Equal(new Dictionary<string, Outcome>
        {
            ["PA"] = Outcome.Compliant,
            ["QU"] = Outcome.Breach,
            ["RI"] = Outcome.Breach,
            ["SL"] = Outcome.NotApplicable,
        });
    }
}
