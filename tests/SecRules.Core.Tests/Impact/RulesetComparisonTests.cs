using SecRules.Core.Tests.Support;
using SecRules.Impact;

namespace SecRules.Core.Tests.Impact;

public class RulesetComparisonTests
{
    [Test]
    public void Compare_SameVersion_IsEmpty()
    {
        var library = TestRulesets.Load();

        new RulesetComparison(library.Get("v1"), library.Get("v1")).IsEmpty.Should().BeTrue();
        new RulesetComparison(library.Get("v2"), library.ApplyDrafts(library.Get("v2"), [])).Obligations.Should().BeEmpty();
    }

    [Test]
    public void Compare_Modification_ListsTheObligationsItTouchesWithBothSides()
    {
        var library = TestRulesets.Load();

        var differences = new RulesetComparison(library.Get("v0"), library.Get("v1")).Obligations;

        differences.Select(difference => difference.Obligation).Should().Equal("alpha", "beta");
        differences[0].Differences.Should().Equal(
            new TextDifference("clause", "A1.1", "A1.2"),
            new TextDifference("parameter within", "10 days (INFERRED)", "15 days (READ)"));
        differences[1].Differences.Should().Contain(
            new TextDifference("status", "not yet in force: introduced by M1, in force from 2018-08-22", "in force"));
        differences[1].Before!.RulesetVersion.Should().Be("v0");
        differences[1].After!.RulesetVersion.Should().Be("v1");
    }

    [Test]
    public void Compare_Retirement_ShowsTheStatusWithTheReason()
    {
        var library = TestRulesets.Load();

        var difference = new RulesetComparison(library.Get("v1"), library.Get("v2")).Obligations.Should().ContainSingle().Subject;

        difference.Obligation.Should().Be("gamma");
        difference.Differences.Should().Equal(new TextDifference("status", "in force", "retired: retired by M2 from 2019-02-28: folded into alpha"));
    }
}
