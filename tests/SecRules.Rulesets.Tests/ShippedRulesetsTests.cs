using SecRules.Rulesets.Tests.Support;
using SecRules.Tests.Shared;

namespace SecRules.Rulesets.Tests;

public class ShippedRulesetsTests
{
    [Test]
    public void EmbeddedRulesets_HaveTheNamedVersionsWithTheirDates()
    {
        var versions = SectionG.Rulesets.Versions;

        versions.Select(version => version.Id).Should().Equal(Evaluation.AllVersions);
        SectionG.Rulesets.Get("pre-secmp0044").EffectiveFrom.Should().BeNull();
        SectionG.Rulesets.Get("post-secmp0044").EffectiveFrom.Should().Be(new DateOnly(2018, 8, 22));
        SectionG.Rulesets.Get("post-secmp0057").EffectiveFrom.Should().Be(new DateOnly(2019, 2, 28));
        SectionG.Rulesets.Get("post-mp091").EffectiveFrom.Should().Be(new DateOnly(2020, 2, 27));
    }

    [TestCase("2018-08-21", "pre-secmp0044")]
    [TestCase("2018-08-22", "post-secmp0044")]
    [TestCase("2019-02-27", "post-secmp0044")]
    [TestCase("2019-02-28", "post-secmp0057")]
    [TestCase("2020-02-26", "post-secmp0057")]
    [TestCase("2020-02-27", "post-mp091")]
    public void AsOf_ResolvesTheShippedVersionInForce(string date, string expected)
    {
        SectionG.Rulesets.AsOf(Build.Date(date)).Id.Should().Be(expected);
    }

    [Test]
    public void EveryObligationOfTheCatalogue_IsInForceInSomeShippedVersion()
    {
        var everInForce = SectionG.Rulesets.Versions.SelectMany(version => version.InForce).Select(obligation => obligation.Id).ToHashSet();

        SectionG.Catalog.Ids.Should().BeSubsetOf(everInForce);
    }

    [Test]
    public void EveryObligation_HasAClauseOrSaysClauseTbc()
    {
        foreach (var obligation in SectionG.Rulesets.Versions.SelectMany(version => version.Obligations))
        {
            obligation.Clause.Should().MatchRegex(@"^([A-M][0-9]+(\.[0-9]+)?(\([a-z]\))?(, | to )?)+( \(.+\))?$|clause TBC", $"{obligation.Id} must cite a clause or say 'clause TBC'");
        }
    }

    [Test]
    public void FilesOnDisk_LoadToTheSameContentAsTheEmbeddedCopy()
    {
        var fromDisk = SectionG.LoadRulesets(RepositoryPaths.Of("rulesets"));

        fromDisk.Versions.Select(version => version.ContentHash).Should().Equal(SectionG.Rulesets.Versions.Select(version => version.ContentHash));
    }

    [Test]
    public void Compile_EveryVersion_Succeeds()
    {
        foreach (var version in SectionG.Rulesets.Versions)
        {
            var act = () => SectionG.Engine.Compile(version);
            act.Should().NotThrow();
        }
    }
}
