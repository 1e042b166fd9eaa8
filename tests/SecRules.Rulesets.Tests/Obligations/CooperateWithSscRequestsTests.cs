using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

[TestFixtureSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
public class CooperateWithSscRequestsTests(string version)
{
    private const string Obligation = "cooperate-with-ssc-requests";

    private static FactSet Request(string? due, string? complied) => new()
    {
        Parties = [User()],
        SscRequests = [new SscRequest { Id = "R1", Party = "P1", Made = Date("2019-05-01"), Due = due is null ? null : Date(due), Complied = complied is null ? null : Date(complied) }],
    };

    private Finding Evaluate(string? due, string? complied, string date = "2019-09-30") =>
        Evaluation.Single(Request(due, complied), date, version, Obligation, "R1");

    [Test]
    public void CompliedByTheDateSet_IsCompliant()
    {
        var finding = Evaluate("2019-06-01", "2019-05-20");

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Citation.Should().Be(new Citation("G8.13", version));
        finding.Provenance.Should().Be(Provenance.Seed);
    }

    [Test]
    public void IgnoredForThreeMonths_IsABreach()
    {
        Evaluate("2019-06-01", null).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void CompliedLate_IsABreach()
    {
        Evaluate("2019-06-01", "2019-06-10").Message.Should().Contain("9 day(s) after the date set");
    }

    [Test]
    public void DateNotYetReached_IsNotApplicable()
    {
        Evaluate("2019-06-01", null, date: "2019-05-15").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void NoDateSet_IsUndetermined()
    {
        Evaluate(null, null).MissingFacts.Should().Equal("the date by which the SSC asked P1 to comply with R1 (due)");
    }

    [Test]
    public void MadeOnTheEvaluationDate_IsJudged()
    {
        Evaluate("2019-06-01", null, date: "2019-05-01").Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void MadeAfterTheEvaluationDate_IsNotJudged()
    {
        Evaluation.Findings(Request("2019-06-01", null), "2019-04-30", version).Should().NotContain(finding => finding.Obligation == Obligation);
    }
}
