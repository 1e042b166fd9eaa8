using PublicApiGenerator;
using SecRules.Engine;
using SecRules.Rulesets;
using SecRules.Testing;
using Snapshooter.NUnit;

namespace SecRules.PublicApi.Tests;

/// <summary>
/// Holds the public API of each shipped library in a reviewed snapshot, so that any change to what
/// other tools compile against shows up in review as a deliberate diff.
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new() { IncludeAssemblyAttributes = false };

    [TestCase(typeof(ComplianceEngine), TestName = "PublicApi_SecRulesCore_MatchesTheReviewedSnapshot")]
    [TestCase(typeof(SectionG), TestName = "PublicApi_SecRulesRulesets_MatchesTheReviewedSnapshot")]
    [TestCase(typeof(ScenarioFixture), TestName = "PublicApi_SecRulesTesting_MatchesTheReviewedSnapshot")]
    public void PublicApi_OfALibrary_MatchesTheReviewedSnapshot(Type typeInLibrary)
    {
        var assembly = typeInLibrary.Assembly;

        var api = assembly.GeneratePublicApi(Options);

        Snapshot.Match(api, $"PublicApi.{assembly.GetName().Name}");
    }

    [Test]
    public void RuleClasses_AreNotPartOfThePublicApi()
    {
        typeof(SectionG).Assembly.GetExportedTypes()
            .Where(type => type.IsSubclassOf(typeof(ObligationRule)))
            .Should().BeEmpty("tools use the catalogue and the engine; the rule classes may change freely");
    }
}
