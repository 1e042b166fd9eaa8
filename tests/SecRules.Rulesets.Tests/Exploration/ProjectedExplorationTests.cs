using SecRules.Exploration;
using SecRules.Rulesets.Exploration;
using SecRules.Scenarios;
using SecRules.Tests.Shared;
using SecRules.Versioning;

namespace SecRules.Rulesets.Tests.Exploration;

/// <summary>
/// Explore evaluates each rule once per distinct projection of the scenarios onto the facts it
/// reads; these tests hold that to evaluating every scenario with every rule, class for class and
/// count for count, on parts of the space small enough to evaluate both ways.
/// </summary>
public class ProjectedExplorationTests
{
    private static IEnumerable<TestCaseData> Comparisons()
    {
        var library = SectionG.Rulesets;
        var secmp0044 = library.Get("post-secmp0044");
        var secmp0057 = library.Get("post-secmp0057");
        var draft = library.ApplyDrafts(library.Latest, [library.ReadModification(RepositoryPaths.Of("drafts/notification-large-suppliers-only.yaml"))]);

        yield return new TestCaseData(secmp0044, secmp0057, Restricted(secmp0044, secmp0057, ("party-category", "other user"), ("premises", "50,001 non-domestic premises"), ("user-entry", "completed before its first User System")), null)
            .SetArgDisplayNames("post-secmp0044 to post-secmp0057, Other Users with 50,001 non-domestic premises in full");
        yield return new TestCaseData(secmp0044, secmp0057, SectionGSpace.For(library, secmp0044, secmp0057), 1_500L)
            .SetArgDisplayNames("post-secmp0044 to post-secmp0057, spread over the whole space");
        yield return new TestCaseData(library.Versions[0], library.Latest, SectionGSpace.For(library, library.Versions[0], library.Latest), 1_500L)
            .SetArgDisplayNames("pre-secmp0044 to post-mp091, whose Assurance Status names differ");
        yield return new TestCaseData(library.Latest, draft, SectionGSpace.For(library, library.Latest, draft), 1_500L)
            .SetArgDisplayNames("post-mp091 to a draft");
    }

    [TestCaseSource(nameof(Comparisons))]
    public void Explore_Projected_GivesWhatEvaluatingEveryScenarioWithEveryRuleGives(RulesetVersion from, RulesetVersion to, ScenarioSpace space, long? limit)
    {
        var projected = Explorer.Explore(SectionG.Engine, from, to, space, new ExplorationOptions { Limit = limit });
        var exhaustive = Explorer.Explore(SectionG.Engine, from, to, space, new ExplorationOptions { Limit = limit, Exhaustive = true });

        exhaustive.Classes.Should().NotBeEmpty("the comparison must have differences to compare");
        (projected.Explored, projected.Evaluated, projected.Differing).Should().Be((exhaustive.Explored, exhaustive.Evaluated, exhaustive.Differing));
        Describe(projected).Should().Equal(Describe(exhaustive));
        projected.Dimensions.Should().BeEquivalentTo(exhaustive.Dimensions, options => options.WithStrictOrdering());
    }

    private static ScenarioSpace Restricted(RulesetVersion from, RulesetVersion to, params (string Dimension, string Value)[] only) =>
        only.Aggregate(SectionGSpace.For(SectionG.Rulesets, from, to), (space, restriction) => space.Restrict(restriction.Dimension, [restriction.Value]));

    private static List<string> Describe(ExplorationResult result) =>
    [
        .. result.Classes.Select(found => string.Join(
            Environment.NewLine,
            $"{found.Transition.Obligation}: {found.Transition.Describe()} in {found.Scenarios} scenarios",
            $"example change: {found.ExampleChange} ({found.ExampleChange.Before?.Message} / {found.ExampleChange.After?.Message})",
            string.Join("; ", found.ExampleValues.Select(value => $"{value.Dimension}={value.Value}")),
            string.Join("; ", found.ValuesTaken.Select(taken => $"{taken.Dimension}: {string.Join(", ", taken.Values)} but not {string.Join(", ", taken.Missing)}")),
            ScenarioWriter.Write(found.Example))),
    ];
}
