using SecRules.Core.Tests.Support;
using SecRules.Engine;
using SecRules.Facts;
using SecRules.Findings;

namespace SecRules.Core.Tests.Engine;

public class ComplianceEngineTests
{
    private static readonly FactSet Facts = new()
    {
        Parties = [new Party { Id = "P1", Name = "One", Category = PartyCategory.SmallSupplier }, new Party { Id = "P2", Name = "Two", Category = PartyCategory.OtherUser }],
    };

    private static readonly DateOnly Date = new(2019, 6, 30);

    [Test]
    public void Evaluate_ObligationNotYetInForce_GivesNotApplicableNamingTheModification()
    {
        var engine = new ComplianceEngine(TestRulesets.Load());

        var findings = engine.Evaluate(Facts, Date, "v0").Findings.Where(finding => finding.Obligation == "beta").ToList();

        findings.Should().HaveCount(2).And.OnlyContain(finding => finding.Outcome == Outcome.NotApplicable);
        findings[0].Message.Should().Be("Not in force in v0: introduced by M1, in force from 2018-08-22.");
    }

    [Test]
    public void Evaluate_EachVersion_RulesReadThatVersionsParametersAndCiteItsClause()
    {
        var engine = new ComplianceEngine(TestRulesets.Load());

        var v0 = engine.Evaluate(Facts, Date, "v0").Findings.First(finding => finding.Obligation == "alpha");
        var v1 = engine.Evaluate(Facts, Date, "v1").Findings.First(finding => finding.Obligation == "alpha");

        v0.Message.Should().Be("from 2018-01-01 within 10 days");
        v0.Citation.Should().Be(new Citation("A1.1", "v0"));
        v1.Message.Should().Be("from 2018-01-01 within 15 days");
        v1.Citation.Should().Be(new Citation("A1.2", "v1"));
    }

    [Test]
    public void Evaluate_Findings_AreInObligationThenSubjectOrder()
    {
        var engine = new ComplianceEngine(TestRulesets.Load());

        var findings = engine.Evaluate(Facts, Date, "v2").Findings;

        findings.Select(finding => $"{finding.Obligation} {finding.Subject.Id}").Should()
            .Equal("alpha P1", "alpha P2", "beta P1", "beta P2", "gamma P1", "gamma P2");
    }

    [Test]
    public void Evaluate_Receipt_NamesEngineRulesetHashAndDate()
    {
        var library = TestRulesets.Load();
        var engine = new ComplianceEngine(library);

        var receipt = engine.Evaluate(Facts, Date, "v1").Receipt;

        receipt.Should().Be(new ExecutionReceipt(ComplianceEngine.EngineVersion, "v1", library.Get("v1").ContentHash, Date));
        ComplianceEngine.EngineVersion.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Test]
    public void Evaluate_UnsoundFacts_Throws()
    {
        var engine = new ComplianceEngine(TestRulesets.Load());
        var facts = new FactSet { UserSystems = [new UserSystem { Id = "S1", Owner = "nobody" }] };

        var act = () => engine.Evaluate(facts, Date, "v0");

        act.Should().Throw<ArgumentException>().WithMessage("*user-systems[0].owner: unknown party 'nobody'*");
    }

    [Test]
    public void Evaluate_ManyThreadsAtOnce_GiveTheSameFindingsAsOneThread()
    {
        var engine = new ComplianceEngine(TestRulesets.Load());
        var library = engine.Rulesets;
        var expected = library.Versions.ToDictionary(version => version.Id, version => Describe(engine.Evaluate(Facts, Date, version).Findings));

        var results = new System.Collections.Concurrent.ConcurrentBag<(string Version, string Findings)>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, index =>
        {
            var version = library.Versions[index % library.Versions.Count];
            results.Add((version.Id, Describe(engine.Evaluate(Facts, Date, version).Findings)));
        });

        results.Should().HaveCount(200).And.OnlyContain(result => result.Findings == expected[result.Version]);
    }

    private static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(finding => $"{finding} {finding.Message}"));
}
