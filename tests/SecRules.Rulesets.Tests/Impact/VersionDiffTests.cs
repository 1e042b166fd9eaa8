using SecRules.Findings;
using SecRules.Impact;
using SecRules.Scenarios;
using SecRules.Tests.Shared;
using SecRules.Versioning;

namespace SecRules.Rulesets.Tests.Impact;

public class VersionDiffTests
{
    private const string Notification = "notify-ssc-of-subsequent-user-system";
    private const string Reliance = "rely-on-shared-resource-assessment";

    private static IReadOnlyList<Scenario> ShippedScenarios() =>
        [.. Directory.GetFiles(RepositoryPaths.Of("examples"), "*.yaml").Order(StringComparer.Ordinal).Select(file => ScenarioReader.ReadFile(file))];

    private static VersionDiff Diff(RulesetVersion from, RulesetVersion to) =>
        VersionDiff.Compute(SectionG.Engine, from, to, ShippedScenarios());

    [Test]
    public void Compute_Secmp0044ToSecmp0057_ChangesOnlyTheNotificationDutyInTheExamples()
    {
        var diff = Diff(SectionG.Rulesets.Get("post-secmp0044"), SectionG.Rulesets.Get("post-secmp0057"));

        diff.Text.ModificationsAdded.Select(modification => modification.Id).Should().Equal("SECMP0057", "SECMP0059");
        diff.Text.Obligations.Select(obligation => obligation.Obligation).Should().Equal(
            "annual-assessment-cycle", Notification, "review-deferred-system-at-next-assessment");
        var changes = diff.Scenarios.SelectMany(scenario => scenario.Changes).ToList();
        changes.Should().NotBeEmpty();
        changes.Where(change => change.Obligation == Notification).Should().NotBeEmpty()
            .And.OnlyContain(change => change.Kind == FindingChangeKind.OutcomeChanged && change.OutcomeBefore == Outcome.NotApplicable,
                "before SECMP0057 the duty is not in force");
        changes.Where(change => change.Obligation != Notification).Should().OnlyContain(change => change.Obligation == Reliance,
            "SECMP0057 adds the notification duty, and with it the SSC's decision on whether a second system may rely on its provider's assessment");
        diff.Summary.Select(summary => summary.Obligation).Should().Equal(Notification, Reliance);
    }

    [Test]
    public void Compute_Secmp0044ToSecmp0057_OverTheScenarioLibrary_ChangesOnlyWhatTheFebruary2019ReleaseTouches()
    {
        var library = ScenarioFiles.ReadAll([RepositoryPaths.Of("scenarios")], SectionG.Rulesets);

        var diff = VersionDiff.Compute(SectionG.Engine, SectionG.Rulesets.Get("post-secmp0044"), SectionG.Rulesets.Get("post-secmp0057"), library);

        diff.Summary.Select(summary => summary.Obligation).Distinct().Should().BeEquivalentTo(
            [Notification, "review-deferred-system-at-next-assessment", "annual-assessment-cycle", Reliance, "event-of-default-risk"],
            "SECMP0057 adds the first two and the SSC's say on reliance for a second system, SECMP0059 changes the schedule, and a Panel notice on a breach of the new notification duty can now raise a risk; nothing else differs");
    }

    [Test]
    public void Compute_Secmp0044ToSecmp0057_CitesEachVersionOnItsSide()
    {
        var diff = Diff(SectionG.Rulesets.Get("post-secmp0044"), SectionG.Rulesets.Get("post-secmp0057"));

        var seed = diff.Scenarios.Single(scenario => scenario.Scenario.File.EndsWith("seed-second-user-system-from-srp.yaml", StringComparison.Ordinal));
        var change = seed.Changes.Should().ContainSingle().Subject;
        change.Subject.Id.Should().Be("S2");
        change.Transition.Should().Be(new OutcomeTransition(Notification, Outcome.NotApplicable, Outcome.Breach));
        change.Before!.Citation.RulesetVersion.Should().Be("post-secmp0044");
        change.After!.Citation.RulesetVersion.Should().Be("post-secmp0057");
    }

    [Test]
    public void Compute_Secmp0044ToSecmp0057_LeavesEveryOtherFindingAsItWas()
    {
        var diff = Diff(SectionG.Rulesets.Get("post-secmp0044"), SectionG.Rulesets.Get("post-secmp0057"));

        foreach (var scenario in diff.Scenarios)
        {
            var before = scenario.Before.Findings.Where(finding => finding.Obligation is not (Notification or Reliance)).Select(finding => (finding.Obligation, finding.Subject, finding.Outcome));
            var after = scenario.After.Findings.Where(finding => finding.Obligation is not (Notification or Reliance)).Select(finding => (finding.Obligation, finding.Subject, finding.Outcome));
            after.Should().Equal(before, scenario.Scenario.File);
        }
    }

    [Test]
    public void Compute_EveryVersionAgainstItselfWithAnEmptyDraft_IsEmpty()
    {
        foreach (var version in SectionG.Rulesets.Versions)
        {
            var diff = Diff(version, SectionG.Rulesets.ApplyDrafts(version, []));

            diff.IsEmpty.Should().BeTrue(version.Id);
            diff.Summary.Should().BeEmpty();
            diff.Scenarios.Should().HaveCount(ShippedScenarios().Count);
        }
    }

    [Test]
    public void Compute_DraftThatRestatesAParameter_IsEmpty()
    {
        var path = Path.Combine(Path.GetTempPath(), $"restating-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            id: DRAFT-RESTATE
            title: Restates the minimum notice
            implemented: 2026-06-25
            provenance: INFERRED
            changes:
              - amend:
                  id: notify-ssc-of-subsequent-user-system
                  parameters:
                    minimum-notice: { value: 0 days, provenance: INFERRED, note: Unchanged. }
            """);
        try
        {
            var latest = SectionG.Rulesets.Latest;
            var drafted = SectionG.Rulesets.ApplyDrafts(latest, [SectionG.Rulesets.ReadModification(path)]);

            Diff(latest, drafted).IsEmpty.Should().BeTrue();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Compute_LargeSuppliersOnlyDraft_TurnsTheSmallSuppliersFindingsNotApplicable()
    {
        // A small supplier's second system then falls outside SECMP0057, so whether it may rely on
        // its provider's assessment no longer waits on the SSC.
        var latest = SectionG.Rulesets.Latest;
        var drafted = SectionG.Rulesets.ApplyDrafts(latest, [SectionG.Rulesets.ReadModification(RepositoryPaths.Of("drafts/notification-large-suppliers-only.yaml"))]);

        var diff = Diff(latest, drafted);

        var changes = diff.Scenarios.SelectMany(scenario => scenario.Changes).ToList();
        changes.Where(change => change.Obligation == Notification).Should().NotBeEmpty().And.OnlyContain(change => change.OutcomeAfter == Outcome.NotApplicable);
        changes.Should().OnlyContain(change => change.Obligation == Notification || change.Obligation == Reliance);
        diff.Text.Obligations.Single().Differences.Single().Field.Should().Be("parameter applies-to-categories");
    }
}
