using NRules.Fluent;
using NRules.Fluent.Dsl;
using SecRules.Core.Tests.Support;
using SecRules.Engine.Findings;
using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Core.Tests.Engine;

public class FindingReadersTests
{
    [Test]
    public void Of_RuleMatchingBreachesOfOneObligation_LetsThroughOnlyThose()
    {
        var isRead = FindingReaders.Of(new RuleDefinitionFactory().Create([new BreachReader()]));

        isRead(Finding("alpha", Outcome.Breach)).Should().BeTrue();
        isRead(Finding("alpha", Outcome.Compliant)).Should().BeFalse();
        isRead(Finding("beta", Outcome.Breach)).Should().BeFalse();
    }

    [Test]
    public void Of_RulesMatchingNoFinding_LetThroughNone()
    {
        var isRead = FindingReaders.Of(new RuleDefinitionFactory().Create([new PartyReader()]));

        isRead(Finding("alpha", Outcome.Breach)).Should().BeFalse();
    }

    private static Finding Finding(string obligation, Outcome outcome) => TestFindings.Of(obligation, outcome, new FactRef(FactKind.Party, "P1"));

    private sealed class BreachReader : Rule
    {
        public override void Define()
        {
            Finding breach = null!;
            Party party = null!;

            When()
                .Match(() => breach, finding => finding.Outcome == Outcome.Breach, finding => finding.Obligation == "alpha")
                .Match(() => party, candidate => candidate.Id == breach.Subject.Id);
            Then()
                .Do(_ => party.ToString());
        }
    }

    private sealed class PartyReader : Rule
    {
        public override void Define()
        {
            Party party = null!;

            When().Match(() => party);
            Then().Do(_ => party.ToString());
        }
    }
}
