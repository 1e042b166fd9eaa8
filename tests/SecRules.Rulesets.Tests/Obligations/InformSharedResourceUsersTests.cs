using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using SecRules.Versioning;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class InformSharedResourceUsersTests
{
    private const string Obligation = "inform-shared-resource-users";

    private const string OneMonthDeadline = """
        id: DRAFT-ONE-MONTH
        title: Information within a month
        implemented: 2019-06-01
        provenance: INFERRED
        summary: Sets a deadline for G10.8 information.
        changes:
          - amend:
              id: inform-shared-resource-users
              parameters:
                due-within: { value: 1 month, provenance: INFERRED, note: a drafter's proposal }
        """;

    private static FactSet Facts(string? report = "2019-01-20", params SharedResourceUserInformation[] information) => new()
    {
        Parties = [User("P1"), User("P2"), User("P3")],
        SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
        UserSystems =
        [
            NewSystem("S1", "2018-01-01", owner: "P1", provider: "SRP1"),
            NewSystem("S2", "2018-01-01", owner: "P2", provider: "SRP1"),
            NewSystem("S3", "2019-03-01", owner: "P3", provider: "SRP1"),
        ],
        Assessments = [new SecurityAssessment { Id = "A9", Subject = "SRP1", AssessmentKind = AssessmentKind.Full, ReportIssued = report is null ? null : Date(report) }],
        SharedResourceUserInformation = information,
    };

    private static SharedResourceUserInformation Given(string party, string date) =>
        new() { Id = $"I-{party}", Assessment = "A9", Party = party, Given = Date(date) };

    private static Finding For(IEnumerable<Finding> findings, string party) =>
        findings.Single(finding => finding.Obligation == Obligation && finding.Facts.Any(fact => fact.Id == party));

    private static IReadOnlyList<Finding> Evaluate(FactSet facts, string version) => Evaluation.Findings(facts, "2019-06-30", version);

    private static IReadOnlyList<Finding> Evaluate(FactSet facts, RulesetVersion version) =>
        SectionG.Engine.Evaluate(facts, Date("2019-06-30"), version).Findings;

    [Test]
    public void TheFindingIsAboutTheProvidersAssessment_NotTheUserOwedTheInformation()
    {
        var finding = For(Evaluate(Facts(), "post-secmp0057"), "P2");

        finding.Subject.Should().Be(new FactRef(FactKind.Assessment, "A9"));
        finding.Facts.Select(fact => fact.Id).Should().Equal("A9", "SRP1", "P2", "S2");
        finding.Message.Should().Contain("owed by the Shared Resource Provider (SRP1, INFERRED)");
    }

    [Test]
    public void WithNoDeadlineKnown_InformationGivenOrNot_IsUndeterminedNamingTheDeadline()
    {
        var findings = Evaluate(Facts(information: Given("P1", "2019-03-01")), "post-secmp0044");

        For(findings, "P1").Outcome.Should().Be(Outcome.Undetermined);
        For(findings, "P1").Message.Should().Contain("was given its information on 2019-03-01; no deadline for it is known");
        var missing = For(findings, "P2");
        missing.Outcome.Should().Be(Outcome.Undetermined);
        missing.MissingFacts.Should().Equal("the period within which G10.8 information is due (due-within; the sources give none)");
        findings.Should().NotContain(finding => finding.Obligation == Obligation && finding.Outcome == Outcome.Breach);
    }

    [Test]
    public void ADrafterSDeadline_MakesLateAndMissingInformationBreaches()
    {
        var drafted = Drafting.Apply("post-secmp0057", OneMonthDeadline);

        var findings = Evaluate(Facts(information: Given("P1", "2019-03-01")), drafted);

        For(findings, "P1").Outcome.Should().Be(Outcome.Breach);
        For(findings, "P1").Remedied.Should().Be(Date("2019-03-01"));
        For(findings, "P2").Outcome.Should().Be(Outcome.Breach);
        For(findings, "P2").Message.Should().Contain("had not been given its information by 2019-02-20; it is owed by the Shared Resource Provider (SRP1, INFERRED)");
    }

    [Test]
    public void ADrafterSDeadline_InformationGivenOnTheLastDay_IsCompliant()
    {
        var drafted = Drafting.Apply("post-secmp0057", OneMonthDeadline);

        For(Evaluate(Facts(information: Given("P1", "2019-02-20")), drafted), "P1").Outcome.Should().Be(Outcome.Compliant);
    }

    [Test]
    public void UserThatBeganToUseTheProviderAfterTheAssessment_IsNotASharedResourceUserForIt()
    {
        var finding = For(Evaluate(Facts(), "post-secmp0057"), "P3");

        finding.Outcome.Should().Be(Outcome.NotApplicable);
        finding.Message.Should().Contain("P3 began to use SRP1 only after its assessment A9 reported on 2019-01-20 (S3 first employed on 2019-03-01)")
            .And.Contain("not to be a Shared Resource User for that assessment");
    }

    [Test]
    public void UserThatHadNotYetBegunToUseTheProvider_IsUndeterminedNamingItsArrangement()
    {
        var facts = Facts() with { UserSystems = [.. Facts().UserSystems.Take(2), NewSystem("S3", null, owner: "P3", provider: "SRP1", planned: "2019-12-01")] };

        var finding = For(Evaluate(facts, "post-secmp0057"), "P3");

        finding.Outcome.Should().Be(Outcome.Undetermined);
        finding.Message.Should().Contain("P3 had not begun to use SRP1 when its assessment A9 reported on 2019-01-20 (S3 planned for 2019-12-01)");
        finding.MissingFacts.Should().Equal("the date P3's arrangement with SRP1 under G10.2 began (the facts record only the use of its systems)");
    }

    [Test]
    public void ReportDateUnknown_IsUndeterminedForEveryUserOfTheProvider()
    {
        var findings = Evaluate(Facts(report: null), "post-secmp0057").Where(finding => finding.Obligation == Obligation).ToList();

        findings.Should().HaveCount(3).And.OnlyContain(finding => finding.Outcome == Outcome.Undetermined);
        findings[0].MissingFacts.Should().Equal("the date the report of A9 was issued (report-issued)");
    }

    [Test]
    public void ReportAfterTheEvaluationDate_GivesNoFindingYet()
    {
        Evaluate(Facts(report: "2019-07-15"), "post-secmp0057").Should().NotContain(finding => finding.Obligation == Obligation);
    }

    [Test]
    public void BeforeSecmp0044_TheDutyIsNotInForce()
    {
        var findings = Evaluate(Facts(), "pre-secmp0044").Where(finding => finding.Obligation == Obligation).ToList();

        findings.Should().HaveCount(3).And.OnlyContain(finding => finding.Outcome == Outcome.NotApplicable);
    }
}
