using SecRules.Facts;
using SecRules.Findings;
using SecRules.Rulesets.Tests.Support;
using static SecRules.Rulesets.Tests.Support.Build;

namespace SecRules.Rulesets.Tests.Obligations;

public class RelyOnSharedResourceAssessmentTests
{
    private const string Obligation = "rely-on-shared-resource-assessment";

    private static Finding Evaluate(string version, SecurityAssessment[] assessments, params NonCompliance[] nonCompliances) =>
        Evaluation.Single(
            new FactSet
            {
                Parties = [User()],
                SharedResourceProviders = [new SharedResourceProvider { Id = "SRP1", Name = "Platform" }],
                UserSystems = [NewSystem("S1", "2017-06-01"), NewSystem("S2", "2019-05-01", provider: "SRP1")],
                Assessments = assessments,
                NonCompliances = nonCompliances,
            },
            "2019-06-30", version, Obligation, "S2");

    private static SecurityAssessment OfProvider(string? status = null) => new()
    {
        Id = "A9",
        Subject = "SRP1",
        AssessmentKind = AssessmentKind.Full,
        ReportIssued = Date("2019-01-20"),
        AssuranceStatus = status,
        StatusAssigned = status is null ? null : Date("2019-02-01"),
    };

    [TestCase("post-secmp0044")]
    [TestCase("post-secmp0057")]
    [TestCase("post-mp091")]
    public void SatisfactoryProviderAssessment_CoversTheSystemAndSaysItReliesOnIt(string version)
    {
        var finding = Evaluate(version, [OfProvider("Approved")]);

        finding.Outcome.Should().Be(Outcome.Compliant);
        finding.Message.Should().Be("P1 relies on SRP1's assessment A9 (report 2019-01-20) for S2; it is satisfactory.");
    }

    [TestCase("post-secmp0044")]
    [TestCase("post-secmp0057")]
    public void ProviderAssessmentWithAnUnremediedMaterialNonCompliance_IsABreach(string version)
    {
        var finding = Evaluate(version, [OfProvider()], new NonCompliance { Id = "NC9", Assessment = "A9", Clause = "G5.14", Material = true });

        finding.Outcome.Should().Be(Outcome.Breach);
        finding.Message.Should().Contain("material non-compliance NC9 unremedied");
    }

    [Test]
    public void ProviderStatusThatDoesNotAllowReliance_IsABreach()
    {
        Evaluate("post-secmp0057", [OfProvider("Provisionally Approved")]).Outcome.Should().Be(Outcome.Breach);
    }

    [Test]
    public void OwnAssessmentCoveringTheSystem_IsCompliantWhateverTheProvider()
    {
        var own = new SecurityAssessment { Id = "A5", Subject = "P1", AssessmentKind = AssessmentKind.AdHoc, ReportIssued = Date("2019-06-01"), Covers = ["S2"] };

        Evaluate("post-secmp0057", [OfProvider("Provisionally Approved"), own]).Message.Should().StartWith("S2 is covered by P1's own assessment A5");
    }

    [Test]
    public void NoProviderAssessment_IsNotApplicable()
    {
        Evaluate("post-secmp0057", []).Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Test]
    public void BeforeSecmp0044_HasNoEffect()
    {
        Evaluate("pre-secmp0044", [OfProvider("Approved")]).Outcome.Should().Be(Outcome.NotApplicable);
    }
}
