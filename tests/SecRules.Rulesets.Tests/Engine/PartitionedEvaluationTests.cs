using System.Diagnostics.CodeAnalysis;
using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace SecRules.Rulesets.Tests.Engine;

/// <summary>
/// The engine evaluates a population Party by Party; these tests hold it to what one NRules session
/// holding every fact gives, finding for finding and in the same order.
/// </summary>
public class PartitionedEvaluationTests
{
    [Property(Arbitrary = [typeof(Populations)], MaxTest = 150, QuietOnSuccess = true)]
    [SuppressMessage("Structure", "NUnit1027", Justification = "FsCheck draws the population.")]
    public void Evaluate_RandomPopulation_GivesWhatOneSessionWithEveryFactGives(Population population)
    {
        foreach (var version in SectionG.Rulesets.Versions)
        {
            var partitioned = SectionG.Engine.Evaluate(population.Facts, population.EvaluationDate, version).Findings;

            Describe(partitioned).Should().Equal(Describe(OneSession(population.Facts, population.EvaluationDate, version)), $"under {version.Id}");
        }
    }

    [TestCaseSource(typeof(Evaluation), nameof(Evaluation.AllVersions))]
    public void Evaluate_ProviderSharedByTwoParties_ReportsItsOwnFindingsOnceAndEachPartysOwn(string version)
    {
        var facts = new FactSet
        {
            Parties = [User("P1"), User("P2"), User("P3")],
            SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Shared Platform Ltd" }],
            UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2018-09-01", provider: "SRP1"), NewSystem("S3", "2018-10-01", owner: "P2", provider: "SRP1")],
            Assessments =
            [
                new SecurityAssessment
                {
                    Id = "A1", Subject = "SRP1", AssessmentKind = AssessmentKind.Full, Fieldwork = Date("2019-01-10"),
                    ReportIssued = Date("2019-01-20"), ResponseDue = Date("2019-02-20"),
                },
            ],
            NonCompliances = [new NonCompliance { Id = "NC1", Assessment = "A1", Clause = "G5.1", Material = true, RemedyBy = Date("2019-03-20") }],
            SharedResourceUserInformation = [new SharedResourceUserInformation { Id = "I1", Assessment = "A1", Party = "P1", Given = Date("2019-01-25") }],
            PanelNotices = [new PanelNotice { Id = "PN1", Party = "P2", Served = Date("2019-04-01"), Obligation = "comply-with-g3-to-g6", Subject = "NC1", RemedyBy = Date("2019-05-01") }],
        };
        var date = Date("2019-06-30");
        var ruleset = SectionG.Rulesets.Get(version);

        var findings = SectionG.Engine.Evaluate(facts, date, ruleset).Findings;

        Describe(findings).Should().Equal(Describe(OneSession(facts, date, ruleset)));
        findings.Where(finding => finding.Subject.Id is "A1" or "NC1")
            .Select(finding => $"{finding.Obligation} {finding.Subject.Id} {finding.Concerning?.Id}".TrimEnd())
            .Should().Equal(
                "assessment-response-by-ssc-date A1",
                "comply-with-g3-to-g6 NC1",
                "remedy-non-compliance-as-committed NC1",
                "inform-shared-resource-users A1 P1",
                "inform-shared-resource-users A1 P2");
        findings.Where(finding => finding.Obligation == "rely-on-shared-resource-assessment").Select(finding => finding.Subject.Id)
            .Should().Equal("S2", "S3");
        // Which User's obligation a finding in the provider's own assessment breaches is not known, so
        // neither is the risk the notice on P2 follows; it is still reported once, with P2.
        findings.Where(finding => finding.Obligation == "event-of-default-risk").Select(finding => (finding.Subject.Id, finding.Outcome))
            .Should().Equal(("P2", Outcome.Undetermined));
    }

    private static IReadOnlyList<Finding> OneSession(FactSet facts, DateOnly date, SecRules.Versioning.RulesetVersion version)
    {
        var session = SectionG.Engine.OpenSession(version, date);
        session.Insert(facts.All);
        session.Fire();
        return session.Findings();
    }

    private static List<string> Describe(IEnumerable<Finding> findings) =>
    [
        .. findings.Select(finding => string.Join(" | ",
            finding.Obligation, finding.Outcome, finding.Subject, finding.Citation, finding.Provenance, finding.Message,
            string.Join(", ", finding.Facts), string.Join("; ", finding.MissingFacts),
            string.Join("; ", finding.Conditions.Select(condition => $"{condition.Condition} {condition.Status} {condition.Basis}")))),
    ];
}
