using SecRules.Core.Tests.Support;
using SecRules.Engine;
using SecRules.Findings;
using SecRules.Scenarios;

namespace SecRules.Core.Tests.Scenarios;

// The probe rules give one Compliant finding per party for each obligation in force: beta from v1,
// gamma until v2 retires it.
public class ScenarioCoverageTests
{
    private static readonly ComplianceEngine Engine = new(TestRulesets.Load());

    private static readonly Scenario TwoParties = Scenario("two.yaml", "P1", "P2");
    private static readonly Scenario OneParty = Scenario("one.yaml", "P3");
    private static readonly Scenario NoParty = Scenario("none.yaml");

    [Test]
    public void Measure_Scenarios_CountsEachScenarioOncePerObligationAndOutcome()
    {
        var coverage = ScenarioCoverage.Measure(Engine, [TwoParties, OneParty, NoParty]);

        var alpha = Obligation(coverage, "v1", "alpha");
        alpha.CountOf(Outcome.Compliant).Should().Be(2, "two scenarios have parties, one of them two");
        alpha.ScenariosWith(Outcome.Compliant).Should().Equal("two.yaml", "one.yaml");
        alpha.CountOf(Outcome.Breach).Should().Be(0);
        alpha.IsReached.Should().BeTrue();
        coverage.Scenarios.Should().Equal("two.yaml", "one.yaml", "none.yaml");
    }

    [Test]
    public void Measure_EveryVersion_ListsOnlyTheObligationsInForceThere()
    {
        var coverage = ScenarioCoverage.Measure(Engine, [OneParty]);

        coverage.Versions.Select(version => version.Version.Id).Should().Equal("v0", "v1", "v2");
        coverage.Versions.Select(version => string.Join(" ", version.Obligations.Select(obligation => obligation.Obligation.Id)))
            .Should().Equal("alpha gamma", "alpha beta gamma", "alpha beta");
    }

    [Test]
    public void Measure_NoScenarioWithParties_ReportsEveryObligationAndClauseUnreached()
    {
        var v0 = ScenarioCoverage.Measure(Engine, [NoParty]).Versions[0];

        v0.UnreachedObligations.Select(obligation => obligation.Obligation.Id).Should().Equal("alpha", "gamma");
        v0.UnreachedClauses.Should().Equal("A1.1", "G1");
    }

    [Test]
    public void Measure_OnlyCompliantFindings_ReportsEveryObligationWithoutBreach()
    {
        var v2 = ScenarioCoverage.Measure(Engine, [TwoParties]).Versions[2];

        v2.UnreachedObligations.Should().BeEmpty();
        v2.ObligationsWithoutBreach.Select(obligation => obligation.Obligation.Id).Should().Equal("alpha", "beta");
    }

    [Test]
    public void Measure_ClauseListingTwoClauses_CountsEachAndReachesEachThroughAnyObligation()
    {
        var engine = new ComplianceEngine(TestRulesets.LoadWith("baseline.yaml",
            TestRulesets.Baseline.Replace("clause: A1.1", "clause: A1.1; G1", StringComparison.Ordinal)));

        var unreached = ScenarioCoverage.Measure(engine, [NoParty]).Versions[0];
        var reached = ScenarioCoverage.Measure(engine, [OneParty]).Versions[0];

        unreached.Obligations[0].Clauses.Should().Equal("A1.1", "G1");
        unreached.UnreachedClauses.Should().Equal("A1.1", "G1");
        reached.UnreachedClauses.Should().BeEmpty();
    }

    private static ObligationCoverage Obligation(ScenarioCoverage coverage, string version, string obligation) =>
        coverage.Versions.Single(candidate => candidate.Version.Id == version).Obligations.Single(candidate => candidate.Obligation.Id == obligation);

    private static Scenario Scenario(string file, params string[] parties) =>
        ScenarioReader.Read(file, $"""
            scenario: {file}
            evaluation-date: 2019-06-30
            parties: [{string.Join(", ", parties.Select(id => $"{{ id: {id}, name: {id}, category: other-user }}"))}]
            """);
}
