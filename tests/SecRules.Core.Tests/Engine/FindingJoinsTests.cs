using NRules.Fluent;
using NRules.Fluent.Dsl;
using SecRules.Core.Tests.Support;
using SecRules.Engine.Findings;
using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Core.Tests.Engine;

public class FindingJoinsTests
{
    private static readonly PanelNotice Notice = new()
    {
        Id = "PN1", Party = "P1", Served = new DateOnly(2019, 6, 1), Obligation = "alpha", Subject = "S1", RemedyBy = new DateOnly(2019, 7, 1),
    };

    [Test]
    public void Among_NoticeNamingObligationAndSubject_LetsThroughOnlyTheFindingsItNames()
    {
        var joinable = Joins(new NoticeReader()).Among(type => type == typeof(PanelNotice) ? [Notice] : null);

        joinable(Finding("alpha", "S1", Outcome.Breach)).Should().BeTrue();
        joinable(Finding("alpha", "S2", Outcome.Breach)).Should().BeFalse("no notice names S2");
        joinable(Finding("beta", "S1", Outcome.Breach)).Should().BeFalse("no notice names beta");
        joinable(Finding("alpha", "S1", Outcome.Compliant)).Should().BeFalse("the pattern takes breaches only");
    }

    [Test]
    public void Among_NoFactToJoin_LetsThroughNone()
    {
        var joinable = Joins(new NoticeReader()).Among(type => type == typeof(PanelNotice) ? [] : null);

        joinable(Finding("alpha", "S1", Outcome.Breach)).Should().BeFalse();
    }

    [Test]
    public void Among_FactsOfTheJoinedTypeUnknown_LeavesTheJoinToTheEngine()
    {
        var joinable = Joins(new NoticeReader()).Among(_ => null);

        joinable(Finding("beta", "S9", Outcome.Breach)).Should().BeTrue();
        joinable(Finding("beta", "S9", Outcome.Compliant)).Should().BeFalse();
    }

    [Test]
    public void Among_ConditionThatIsNotAnEqualityOfKeys_IsLeftToTheEngine()
    {
        var joinable = Joins(new PrefixReader()).Among(type => type == typeof(PanelNotice) ? [Notice] : null);

        joinable(Finding("alpha", "S1-extra", Outcome.Breach)).Should().BeTrue();
        joinable(Finding("gamma", "S1", Outcome.Breach)).Should().BeFalse("the obligation is still compared by equality");
    }

    private static FindingJoins Joins(Rule rule) => FindingJoins.Of(new RuleDefinitionFactory().Create([rule]));

    private static Finding Finding(string obligation, string subject, Outcome outcome) => TestFindings.Of(obligation, outcome, new FactRef(FactKind.UserSystem, subject));

    private sealed class NoticeReader : Rule
    {
        public override void Define()
        {
            PanelNotice notice = null!;
            IEnumerable<Finding> breaches = null!;

            When()
                .Match(() => notice)
                .Query(() => breaches, query => query
                    .Match<Finding>(finding => finding.Outcome == Outcome.Breach && finding.Obligation == notice.Obligation && finding.Subject.Id == notice.Subject)
                    .Collect());
            Then()
                .Do(_ => breaches.ToString());
        }
    }

    private sealed class PrefixReader : Rule
    {
        public override void Define()
        {
            PanelNotice notice = null!;
            Finding breach = null!;

            When()
                .Match(() => notice)
                .Match(() => breach, finding => finding.Outcome == Outcome.Breach && finding.Obligation == notice.Obligation
                    && finding.Subject.Id.StartsWith(notice.Subject, StringComparison.Ordinal));
            Then()
                .Do(_ => breach.ToString());
        }
    }
}
