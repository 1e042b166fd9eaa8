using System.Globalization;
using SecRules.Exploration;
using SecRules.Rulesets.Exploration;
using SecRules.Findings;
using SecRules.Impact;
using SecRules.Scenarios;
using SecRules.Tests.Shared;
using SecRules.Versioning;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Exploration;

public class ExplorerTests
{
    private const string Notification = "notify-ssc-of-subsequent-user-system";

    // Enough generated scenarios, spread over the whole space, for every value of every dimension to
    // appear many times; the full space is for the command line and the benchmark.
    private const long Limit = 2_000;

    // The whole space, but for dimensions the SECMP0057 duty does not read, each held at one value:
    // small enough to explore in full here, so that the smallest scenario of each class is found.
    private static readonly Lazy<ExplorationResult> Secmp0057 = new(() =>
    {
        var from = SectionG.Rulesets.Get("post-secmp0044");
        var to = SectionG.Rulesets.Get("post-secmp0057");
        var space = SectionGSpace.For(SectionG.Rulesets, from, to)
            .Restrict("party-category", ["small supplier"])
            .Restrict("premises", ["249,999 domestic premises"])
            .Restrict("srp-assessment", ["none"])
            .Restrict("annual-assessment", ["none"]);
        return Explorer.Explore(SectionG.Engine, from, to, space);
    });

    private static ExplorationResult Explore(RulesetVersion from, RulesetVersion to, int? threads = null) =>
        Explorer.Explore(SectionG.Engine, from, to, SectionGSpace.For(SectionG.Rulesets, from, to),
            new ExplorationOptions { Limit = Limit, MaxDegreeOfParallelism = threads });

    private static DifferenceClass Class(ExplorationResult result, Outcome? before, Outcome? after) =>
        result.Classes.Should().ContainSingle(found => found.Transition == new OutcomeTransition(Notification, before, after)).Subject;

    [Test]
    public void Explore_Secmp0044ToSecmp0057_FindsTheSecondSystemEmployedWithoutNotification()
    {
        var found = Class(Secmp0057.Value, Outcome.NotApplicable, Outcome.Breach);

        found.Scenarios.Should().BePositive();
        var facts = found.Example.Facts;
        facts.UserSystems.Should().HaveCount(2, "the smallest scenario has only the first and the second User System");
        facts.SscNotifications.Should().BeEmpty();
        facts.UserSystems[1].FirstEmployed!.Value.Date.Should().BeOnOrAfter(Date("2019-02-28"));
        found.ExampleChange.Before!.Citation.RulesetVersion.Should().Be("post-secmp0044");
        found.ExampleChange.After!.Citation.RulesetVersion.Should().Be("post-secmp0057");
    }

    [Test]
    public void Explore_Secmp0044ToSecmp0057_LeavesSystemsFirstEmployedBefore28February2019Unaffected()
    {
        var firstUse = Secmp0057.Value.Dimensions.Single(dimension => dimension.Dimension == "first-use");

        var before = firstUse.Values.Where(value => DateOnly.TryParseExact(value.Label, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date < Date("2019-02-28")).ToList();
        before.Select(value => value.Label).Should().Contain(["2018-08-21", "2018-08-22", "2019-02-27"]);
        before.Should().OnlyContain(value => value.Scenarios > 0 && value.Differing == 0);
        firstUse.Values.Single(value => value.Label == "2019-02-28").Differing.Should().BePositive();
        foreach (var found in Secmp0057.Value.Classes)
        {
            found.ValuesTaken.Single(taken => taken.Dimension == "first-use").Values.Should().NotContain(before.Select(value => value.Label));
        }
    }

    [Test]
    public void Explore_Secmp0044ToSecmp0057_EveryClassIsAboutTheNotificationDuty()
    {
        // The notification duty is not a material obligation on the shipped reading, so a Panel
        // notice on its breach derives no Event of Default risk under either version.
        Secmp0057.Value.Classes.Select(found => found.Transition.Obligation).Distinct()
            .Should().BeEquivalentTo([Notification]);
        Secmp0057.Value.Classes.Where(found => found.Transition.Obligation == Notification)
            .Should().OnlyContain(found => found.Transition.Before == Outcome.NotApplicable);
    }

    [Test]
    public void Explore_EveryExample_IsAScenarioFileThatShowsItsClassWhenEvaluated()
    {
        var result = Secmp0057.Value;
        foreach (var found in result.Classes)
        {
            var scenario = ScenarioReader.Read(found.Example.File, ScenarioWriter.Write(found.Example), SectionG.Catalog.Ids);
            var diff = VersionDiff.Compute(SectionG.Engine, result.Text.From, result.Text.To, [scenario]);

            diff.Scenarios.Single().Changes.Select(change => change.Transition).Should().Contain(found.Transition, found.Example.File);
        }
    }

    [Test]
    public void Explore_EveryExample_IsTheSmallestOfItsClass()
    {
        // The example of the breach class needs a party and two User Systems and nothing else.
        Class(Secmp0057.Value, Outcome.NotApplicable, Outcome.Breach).Example.Facts.All.Should().HaveCount(3);

        // No class of this comparison needs an assessment, a decision or a third User System to show.
        foreach (var found in Secmp0057.Value.Classes)
        {
            var facts = found.Example.Facts;
            facts.UserSystems.Should().HaveCount(2, found.Example.File);
            facts.Assessments.Should().BeEmpty(found.Example.File);
            facts.SscDecisions.Should().BeEmpty(found.Example.File);
            facts.SharedResourceProviders.Should().BeEmpty(found.Example.File);
        }
    }

    [Test]
    public void Explore_OneThreadOrSeveral_GivesTheSameResult()
    {
        var from = SectionG.Rulesets.Get("post-secmp0044");
        var to = SectionG.Rulesets.Get("post-secmp0057");

        var one = Explore(from, to, threads: 1);
        var several = Explore(from, to, threads: 4);

        Summary(several).Should().Equal(Summary(one));
        several.Dimensions.Should().BeEquivalentTo(one.Dimensions, options => options.WithStrictOrdering());
        several.Differing.Should().Be(one.Differing);
    }

    [Test]
    public void Explore_Limit_SpreadsTheScenariosOverEveryValue()
    {
        var result = Explore(SectionG.Rulesets.Get("post-secmp0044"), SectionG.Rulesets.Get("post-secmp0057"));

        result.Explored.Should().Be(Limit);
        result.IsLimited.Should().BeTrue();
        result.Evaluated.Should().BeGreaterThan(Limit, "a Panel notice on each material breach derives more scenarios");
        result.Dimensions.SelectMany(dimension => dimension.Values).Should().OnlyContain(value => value.Scenarios > 0);
    }

    [Test]
    public void Explore_LargeSuppliersOnlyDraft_AffectsEveryCategoryButLargeSuppliers()
    {
        var latest = SectionG.Rulesets.Latest;
        var drafted = SectionG.Rulesets.ApplyDrafts(latest, [SectionG.Rulesets.ReadModification(RepositoryPaths.Of("drafts/notification-large-suppliers-only.yaml"))]);

        var result = Explore(latest, drafted);

        result.Classes.Should().NotBeEmpty();
        result.Classes.Where(found => found.Transition.Obligation == Notification).Should().OnlyContain(found => found.Transition.After == Outcome.NotApplicable);
        foreach (var found in result.Classes)
        {
            found.ValuesTaken.Single(taken => taken.Dimension == "party-category").Values.Should().NotContain("large supplier");
        }
    }

    [Test]
    public void Explore_AVersionAgainstItself_FindsNothing()
    {
        var latest = SectionG.Rulesets.Latest;

        var result = Explore(latest, SectionG.Rulesets.ApplyDrafts(latest, []));

        result.Classes.Should().BeEmpty();
        result.Differing.Should().Be(0);
        result.Evaluated.Should().BeGreaterThanOrEqualTo(Limit);
    }

    [Test]
    public void Explore_RestrictedSpace_ExploresItInFull()
    {
        var result = Secmp0057.Value;

        result.IsLimited.Should().BeFalse();
        result.Explored.Should().Be(result.Space.Count);
        result.Dimensions.Single(dimension => dimension.Dimension == "party-category").Values.Select(value => value.Label).Should().Equal("small supplier");
    }

    [Test]
    public void Restrict_UnknownValue_NamesTheValuesThereAre()
    {
        var space = SectionGSpace.Create([Date("2019-02-28")], [250_000], [50_000]);

        var act = () => space.Restrict("party-category", ["tiny supplier"]);

        act.Should().Throw<KeyNotFoundException>().WithMessage("the dimension 'party-category' has no value 'tiny supplier'; expected one of: large supplier; small supplier; *");
    }

    [Test]
    public void For_ShippedVersions_ExploresFirstUseAroundEveryEffectiveDate()
    {
        var space = SectionGSpace.For(SectionG.Rulesets, SectionG.Rulesets.Versions[0], SectionG.Rulesets.Latest);

        var labels = space.Dimensions.Single(dimension => dimension.Name == "first-use").Values.Select(value => value.Label).ToList();
        foreach (var date in SectionG.Rulesets.Versions.Select(version => version.EffectiveFrom).OfType<DateOnly>())
        {
            labels.Should().Contain([date.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        }

        space.EvaluationDate.Should().BeAfter(SectionG.Rulesets.Latest.EffectiveFrom!.Value);
    }

    [Test]
    public void For_TwoVersions_ExploresPremisesAroundTheLinesTheirSchedulesDraw()
    {
        var baseline = SectionG.Rulesets.Versions[0];

        Premises(SectionGSpace.For(SectionG.Rulesets, baseline, SectionG.Rulesets.Get("post-secmp0044")))
            .Should().Equal("249,999 domestic premises", "250,000 domestic premises", "250,001 domestic premises");
        Premises(SectionGSpace.For(SectionG.Rulesets, baseline, SectionG.Rulesets.Get("post-secmp0057")))
            .Should().Equal(
                "249,999 domestic premises", "250,000 domestic premises", "250,001 domestic premises",
                "49,999 non-domestic premises", "50,000 non-domestic premises", "50,001 non-domestic premises");
    }

    [Test]
    public void For_DraftThatMovesALine_ExploresAroundTheNewLine()
    {
        var draft = Path.Combine(Path.GetTempPath(), $"move-the-line-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(draft, """
            id: DRAFT-LOWER-LINE
            title: Full assessments every year above 200,000 Domestic Premises
            implemented: 2026-06-25
            provenance: INFERRED
            changes:
              - amend:
                  id: annual-assessment-cycle
                  parameters:
                    schedule:
                      value:
                        - { categories: [large-supplier, small-supplier], domestic-premises-above: 200000, years: [full, full, full], provenance: INFERRED }
                        - { categories: [large-supplier, small-supplier, electricity-network, gas-network, other-user], years: [full, verification, self], provenance: INFERRED }
                      provenance: INFERRED
            """);
        try
        {
            var latest = SectionG.Rulesets.Latest;
            var drafted = SectionG.Rulesets.ApplyDrafts(latest, [SectionG.Rulesets.ReadModification(draft)]);

            Premises(SectionGSpace.For(SectionG.Rulesets, latest, drafted))
                .Should().StartWith(["199,999 domestic premises", "200,000 domestic premises", "200,001 domestic premises", "249,999 domestic premises"]);
        }
        finally
        {
            File.Delete(draft);
        }
    }

    private static List<string> Premises(ScenarioSpace space) =>
        [.. space.Dimensions.Single(dimension => dimension.Name == "premises").Values.Select(value => value.Label)];

    private static List<(OutcomeTransition, long, string)> Summary(ExplorationResult result) =>
        [.. result.Classes.Select(found => (found.Transition, found.Scenarios, ScenarioWriter.Write(found.Example)))];
}
