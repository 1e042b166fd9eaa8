using SecRules.Core.Tests.Support;
using SecRules.Input;

namespace SecRules.Core.Tests.Versioning;

public class CalendarYearsTests
{
    private static string Calendar(string years) =>
        "name: Test holidays\ncovers-from: 2016-01-01\ncovers-to: 2018-12-31\nyears:\n" + years + "\nholidays:\n  - { date: 2017-12-25 }\n";

    private static SecRules.Versioning.RulesetLibrary Load(string calendar)
    {
        var files = TestRulesets.Files();
        files["ruleset.yaml"] = TestRulesets.Manifest.Replace("baseline: baseline.yaml", "baseline: baseline.yaml\ncalendar: holidays.yaml", StringComparison.Ordinal);
        files["holidays.yaml"] = calendar;
        return TestRulesets.Load(files);
    }

    [Test]
    public void Years_ThatFollowOnOverTheCoverage_AreRead()
    {
        var library = Load(Calendar("  - { from: 2016, to: 2017, provenance: READ, source: published list }\n  - { from: 2018, to: 2018, provenance: INFERRED, note: computed }"));

        library.Calendar.Years.Select(years => (years.From, years.To)).Should().Equal((2016, 2017), (2018, 2018));
    }

    [TestCase("  - { from: 2016, to: 2016, provenance: READ }\n  - { from: 2018, to: 2018, provenance: READ }", "holidays.yaml:6:5: the years 2018 to 2018 do not follow on; expected a run starting in 2017")]
    [TestCase("  - { from: 2016, to: 2017, provenance: READ }", "the years end in 2017; expected them to run to 2018")]
    public void Years_WithAGapOrShortOfTheCoverage_AreAnError(string years, string expected)
    {
        var act = () => Load(Calendar(years));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain(expected);
    }

    [Test]
    public void FormerIds_ThatNameAnotherObligation_AreRefused()
    {
        var renamed = new SecRules.Engine.ObligationType("delta", (obligation, version) => new ProbeRule(obligation, version), ProbeRule.From, ProbeRule.Within)
        {
            FormerIds = ["beta"],
        };

        var act = () => new SecRules.Engine.ObligationCatalog([ProbeRule.Type("alpha"), ProbeRule.Type("beta"), renamed]);

        act.Should().Throw<ArgumentException>().WithMessage("The former id 'beta' of 'delta' is already in use.*");
    }

    [Test]
    public void FormerIds_ResolveToTheCurrentId()
    {
        var renamed = new SecRules.Engine.ObligationType("delta", (obligation, version) => new ProbeRule(obligation, version), ProbeRule.From, ProbeRule.Within)
        {
            FormerIds = ["old-delta"],
        };

        var catalog = new SecRules.Engine.ObligationCatalog([ProbeRule.Type("alpha"), renamed]);

        catalog.Resolve("old-delta").Should().Be("delta");
        catalog.Resolve("alpha").Should().Be("alpha");
        catalog.Ids.Should().NotContain("old-delta");
    }
}
